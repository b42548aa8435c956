/**
 * Triage in levels: what the skill says for each, and where each rule comes
 * from. A warning sign never gets a stretch; ordinary soreness gets care and a
 * gentle stretch; a question about warning signs is information, not a symptom.
 * The local emergency number comes from the locale's safety content.
 */
import { capitalise } from "../capitalise";

export interface TriageRule {
  /** What is said: the point first. */
  readonly say: readonly string[];
  /** Where the rule comes from. */
  readonly sources: readonly string[];
}

export const TRIAGE = {
  /** Neck pain after a crash, a fall or a blow to the head; worst-ever headache; fever with a stiff neck; new weakness or clumsiness; trouble walking or balancing; bladder or bowel control; vision or speech. The number is said first. */
  emergency: {
    say: ["This needs care right away, so no stretching today."],
    sources: [
      "NHS, Neck pain: call 999 or go to A&E after a serious accident, or with a stiff neck and fever, or numbness or weakness",
      "Mayo Clinic, Neck pain, When to see a doctor: seek immediate care after an injury such as a car accident, diving accident or fall",
      "Spine-health, Red flags for neck pain: gait trouble, hand clumsiness, and bladder or bowel changes need urgent care",
    ],
  },
  /** Only after an injury: moving an injured neck can make it worse. */
  injury: {
    say: ["Keep your neck as still as you can until you've been checked."],
    sources: ["NHS, Neck pain: after a serious accident, do not move the neck"],
  },
  /** Numbness or tingling into the arm or hand, pain beyond a couple of weeks or getting worse, pain at night, a pop then lasting pain. */
  soon: {
    say: ["That sign is worth having checked, even if the pain itself is mild."],
    sources: [
      "Mayo Clinic, Neck pain: see a doctor for numbness, tingling or weakness in the arms, or pain that persists",
      "NHS, Neck pain: see a GP if the pain does not improve after two weeks",
      "Cervical radiculopathy guidance (Spine-health): stop exercising when symptoms spread into the arm",
      "The source article: stop, and see a professional when pain persists or worsens",
    ],
  },
  /** Dizziness on its own: stop and rest; with any other sign it is an emergency. */
  dizziness: {
    say: ["Stop here and sit down somewhere safe. Rest until it passes, and skip stretching for today."],
    sources: ["NHS, Dizziness: sit or lie down until it passes; get urgent help with other symptoms such as weakness, a severe headache, or vision or speech changes"],
  },
  /** Ordinary soreness or stiffness after training, however strongly put: care and a gentle stretch (answers.ts RELIEF_ANSWER), and the signs that would change that advice. */
  soreness: {
    say: [sorenessCheck("have it checked")],
    sources: [
      "The source article: stop the activity, rest, apply ice, then gentle stretches; see a professional if it persists or worsens",
      "NHS, Neck pain: keep moving gently; most neck pain gets better in a few weeks; see a GP if it does not improve after two weeks",
    ],
  },
} as const satisfies Record<string, TriageRule>;

/**
 * The signs that would change the advice for ordinary soreness, then what to
 * do, in the locale's words ("have it checked", "see your GP or a physio").
 */
export function sorenessCheck(whatToDo: string): string {
  return `If you notice numbness or tingling down your arm, weakness, or it's getting worse after a couple of weeks, ${whatToDo}.`;
}

/**
 * The see-a-doctor-soon signs after who to see ("See a doctor", "See your
 * GP"), and any local line on who can advise when unsure.
 */
export function soonList(seeSomeone: string, ifUnsure = ""): string {
  const list = `${seeSomeone} soon for numbness or tingling into your arm or hand, pain that lasts beyond a couple of weeks or keeps getting worse, pain that wakes you at night, or a pop followed by lasting pain.`;
  return ifUnsure ? `${list} ${ifUnsure}` : list;
}

/** "Is tingling serious", for a see-a-doctor-soon sign: worth `seeingSomeone` ("seeing a doctor") about soon. */
export function aboutSoon(seeingSomeone: string): (sign: string) => string {
  return (sign) => `${capitalise(sign)} is worth ${seeingSomeone} about soon. It isn't an emergency on its own.`;
}

/** When the signs are asked about: information, and the session goes on. */
export const WARNING_SIGNS = {
  soonList: soonList("See a doctor"),
  emergencyList: (number: string) =>
    `Call ${number} for neck pain after a crash, a fall or a blow to the head, a sudden severe headache, a fever with a stiff neck, new weakness or clumsiness, trouble walking, loss of bladder or bowel control, or changes in your vision or speech.`,
  /** "Is tingling serious": that one sign's level. */
  aboutEmergency: (sign: string, number: string) => `${capitalise(sign)} with neck pain needs care right away: call ${number}.`,
  aboutSoon: aboutSoon("seeing a doctor"),
  dizzinessWith: (number: string) => `If it comes with a headache, weakness, numbness, or changes in vision or speech, call ${number} now.`,
  aboutDizziness: (number: string) =>
    `Dizziness on its own: stop, sit down and rest. With a headache, weakness, numbness, or changes in vision or speech, call ${number}.`,
} as const;

