/**
 * Triage in levels: what the skill says for each, and where each rule comes
 * from (the table of signs and combinations: signs.ts). A warning sign never
 * gets a stretch; ordinary soreness gets care and a gentle stretch; a question
 * about warning signs is information, not a symptom. Where to turn differs by
 * locale (CARE, overridden in models/locales); the levels do not.
 */
import { capitalise } from "../capitalise";
import type { RedFlagId, RedFlagLevel } from "../types";
import { signsAt, SIGN_TABLE } from "./signs";

export interface TriageRule {
  /** What is said: the point first. */
  readonly say: readonly string[];
  /** Where the rule comes from. */
  readonly sources: readonly string[];
}

export const TRIAGE = {
  /** Emergency now: after the number, said first. */
  emergency: {
    say: ["This needs care right away, so no stretching today."],
    sources: [
      "NICE CKS, Neck pain: red flags for fracture, myelopathy, infection, malignancy and cervical artery dissection",
      "Canadian C-spine rule: age 65 or over, a dangerous mechanism, or limb symptoms after an injury",
      "NHS: stroke (FAST), heart attack and meningitis signs are a 999 call",
    ],
  },
  /** Only after an injury: moving an injured neck can make it worse. */
  injury: {
    say: ["Keep your neck as still as you can until you've been checked."],
    sources: ["NHS, Neck pain: after a serious accident, do not move the neck"],
  },
  /** Urgent, today: where to go today is the locale's (CARE.today). */
  urgent: {
    say: ["No stretching until you've been seen."],
    sources: [
      "NHS 111: get help today for symptoms that need care but are not life threatening",
      "NICE CKS, Neck pain: infection and myelopathy need same-day assessment",
    ],
  },
  /** A doctor or physio within days. */
  soon: {
    say: ["Until then, go gently, and skip anything that makes your neck worse."],
    sources: [
      "NICE CKS, Neck pain: arm symptoms, malignancy signs, and pain not improving are assessed",
      "NHS, Neck pain: see a GP if the pain does not improve after two weeks; keep moving, and avoid what makes it worse",
    ],
  },
  /** Dizziness on its own: stop and sit or lie down; with other signs, an emergency. */
  dizziness: {
    say: ["Sit or lie down somewhere safe, and rest until it passes. Skip stretching for today."],
    sources: [
      "NHS, Dizziness: sit or lie down until it passes; get urgent help with other symptoms such as weakness, a severe headache, or vision or speech changes",
    ],
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
 * Where to turn, in the locale's own words. `call` is said as a person would
 * ("call triple zero from your phone": Alexa cannot place the call); `callCard`
 * is the same with the digits, for the card.
 */
export const CARE = {
  call: "call nine one one from your phone",
  callCard: "call 911 from your phone",
  /** Urgent, today: where to go. */
  today: "Please get seen today: go to an urgent care clinic, or call your doctor's office for a same-day appointment.",
  /** Within days: who to see. */
  soon: "Please have this checked by a doctor or physical therapist in the next few days.",
  /** "What's the emergency number". */
  numberIs: "In the US, the emergency number is nine one one.",
};

/** Signs in a list, each a phrase that may hold its own "or": "a, b, or c". */
export function signList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" or ");
  return `${items.slice(0, -1).join(", ")}, or ${items[items.length - 1] ?? ""}`;
}

/** At most this many signs in one sentence. */
export const SIGNS_A_SENTENCE = 3;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** How a later sentence of a list of signs begins, once the first has said what to do: varied, and "And for" last. */
const thenFor = (i: number, sentences: number): string =>
  i === sentences - 1 ? "And for" : i % 2 === 1 ? "The same goes for" : "Likewise for";

const listed = (level: RedFlagLevel) => signsAt(level).map((sign) => sign.listed);

/** What would make a sign more urgent, or what to do for it, beyond its level's lines: `call` is CARE.call. */
export const SIGN_NEXT: Readonly<Partial<Record<RedFlagId, (call: string) => readonly string[]>>> = {
  headache: (call) => [
    "A headache on its own after training usually isn't an emergency: rest, drink some water, and skip hard training today.",
    `But ${call} if it came on suddenly and severely, if it comes with a fever and a stiff neck, or with confusion.`,
  ],
  migraine: (call) => [
    "A migraine like your usual ones can be treated the way you usually do: rest somewhere dark and quiet, and skip training today.",
    `But ${call} if this one is different: sudden and severe, with weakness or numbness, or trouble speaking.`,
  ],
  "dead-arm": (call) => [
    "An arm that went dead while you slept on it usually wakes up within a few minutes once you move it.",
    `But ${call} if it stays weak, or your face droops, or your speech changes.`,
  ],
  "stiff-neck": (call) => [
    "A stiff neck after training usually eases in a few days with rest and gentle movement.",
    `Get seen today if you also have a fever, and ${call} if a rash, light hurting your eyes, or confusion come with it.`,
  ],
  "light-sensitivity": (call) => [
    "Light hurting your eyes often comes with a migraine: rest somewhere dark and quiet.",
    `But ${call} if you also have a fever and a stiff neck, or a headache that came on suddenly.`,
  ],
  vomiting: (call) => [
    "Being sick after a very hard session can happen: stop, rest, and sip water.",
    `But ${call} if you also have a fever and a stiff neck, a sudden severe headache, or you hit your head.`,
  ],
  fever: (call) => [`If a stiff neck, a rash that doesn't fade, or confusion come with it, ${call}.`],
  "fever-stiff-neck": (call) => [
    `If a rash that doesn't fade, light hurting your eyes, or confusion come with it, ${call}.`,
  ],
  "minor-bump": (call) => [
    "If you can't turn your head halfway to each side, or the bones down the back of your neck are tender, get seen today.",
    `If numbness, tingling or weakness follow, ${call}.`,
  ],
  "both-hands": (call) => [`If an arm or leg is weak, or you're unsteady on your feet, ${call} now.`],
  "electric-shocks": (call) => [`If an arm or leg is weak, or you're unsteady on your feet, ${call} now.`],
  "cancer-history": () => [
    "Tell them about the cancer, and go today if you're also losing weight or sweating at night.",
  ],
};

/** When the signs are asked about: information, and the session goes on. `call` is CARE.call. */
export const WARNING_SIGNS = {
  care: CARE,
  next: SIGN_NEXT,
  soonList: soonList("See a doctor"),
  /** The most urgent signs: one sentence of at most three. */
  emergencyFirst: (call: string) =>
    `${capitalise(call)} for ${signList(listed("emergency").slice(0, SIGNS_A_SENTENCE))}.`,
  /** "Would you like the other warning signs?": after the first sentence of a list. */
  wantTheRest: "Would you like the other warning signs?",
  /** The other emergency signs, at most three a sentence; the call is said once, not before every three signs. */
  emergencyRest: (call: string) =>
    chunks(listed("emergency").slice(SIGNS_A_SENTENCE), SIGNS_A_SENTENCE).map(
      (part, i, all) => `${i === 0 ? `Also ${call} for` : thenFor(i, all.length)} ${signList(part)}.`,
    ),
  /** After the emergency signs: the offer of the rest, a second short list instead of one long one. */
  wantLaterSigns: "Want the signs that need a doctor today or within days?",
  /** The get-seen-today signs, at most three a sentence (before the see-a-doctor-within-days list). */
  sameDay: chunks(listed("urgent"), SIGNS_A_SENTENCE).map(
    (part, i) => `${i === 0 ? "Get seen the same day for" : "And the same day for"} ${signList(part)}.`,
  ),
  /** "Is tingling serious": that one sign's level. */
  aboutEmergency: (sign: string, call: string) => `${capitalise(sign)} with neck pain needs care right away: ${call}.`,
  aboutUrgent: (sign: string, call: string) => `${capitalise(sign)} needs a doctor today. If it gets worse, ${call}.`,
  aboutSoon: aboutSoon("seeing a doctor"),
  aboutSelfCare: (sign: string) => `${capitalise(sign)} on its own usually isn't an emergency.`,
  dizzinessWith: (call: string) =>
    `If it comes with a headache, weakness, numbness, or changes in vision or speech, ${call} now.`,
  aboutDizziness: (call: string) =>
    `Dizziness on its own: stop, and sit or lie down until it passes. With a headache, weakness, numbness, or changes in vision or speech, ${call}.`,
  /** Said as a person would: "Call triple zero from your phone now." */
  callNow: (call: string) => `${capitalise(call)} now.`,
  ifWorse: (call: string) => `If it gets worse, ${call}.`,
  /** After "a doctor within days": the step between, before the number (not a jump from days to an ambulance). */
  ifWorseSoon: (call: string) =>
    `If it gets much worse, or weakness comes on, get seen today, and if it's sudden and severe, ${call}.`,
  /** Mid-routine, before the level: the stretch stops first. */
  stopStretch: "Stop the stretch now, and ease out of it slowly.",
  /** After "what's the emergency number": when to call it, the most urgent first. */
  whenToCall: (call: string) =>
    `${capitalise(call)} for ${signList(listed("emergency").slice(0, SIGNS_A_SENTENCE))}. I can't place the call myself.`,
  /** A sign not recognised: one or two yes/no questions that lead to a level. */
  screenInjury: "I want to check how urgent this is. Did it start after a fall, a crash, or a blow to the head?",
  screenNerves: "Any numbness, tingling or weakness in your arms or legs?",
  screenReprompt: "Please say yes or no.",
  screenClear:
    "Then it sounds like ordinary soreness, which usually eases with rest and gentle movement. If it lasts beyond a couple of weeks or keeps getting worse, see a doctor.",
} as const;

/**
 * The signs that would change the advice for ordinary soreness, then what to
 * do, in the locale's words ("have it checked", "see your GP or a physio").
 */
export function sorenessCheck(whatToDo: string): string {
  return `If you notice numbness or tingling down your arm, weakness, or it's getting worse after a couple of weeks, ${whatToDo}.`;
}

/**
 * The see-a-doctor-soon signs after who to see ("See a doctor", "See your
 * GP"), and any local line on who can advise when unsure; at most three signs a sentence.
 */
export function soonList(seeSomeone: string, ifUnsure = ""): string {
  const list = `${seeSomeone} within days for numbness or tingling down one arm, pain that wakes you at night, or pain that lasts beyond a couple of weeks. The same goes for weight loss without trying, night sweats, or new neck pain after cancer.`;
  return ifUnsure ? `${list} ${ifUnsure}` : list;
}

/** "Is tingling serious", for a see-a-doctor-soon sign: worth `seeingSomeone` ("seeing a doctor") about soon. */
export function aboutSoon(seeingSomeone: string): (sign: string) => string {
  return (sign) => `${capitalise(sign)} is worth ${seeingSomeone} about within days. It isn't an emergency on its own.`;
}

/** The table's signs, for tests and the printout. */
export { SIGN_TABLE };
