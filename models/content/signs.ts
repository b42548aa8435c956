/**
 * The triage table: every warning sign the skill hears, its level on its own,
 * the combinations that raise it, and the source of each rule. One table for a
 * clinician to review (test/safety/triage-table.test.ts prints it on one page).
 * Where care differs by locale (the number, where to go today), the words are
 * in models/locales; the levels are the same everywhere.
 *
 * Sources, abbreviated in the table:
 * - NICE CKS: NICE Clinical Knowledge Summaries, Neck pain (non-specific), red flags:
 *   malignancy, infection, myelopathy, fracture, cervical artery dissection.
 * - C-spine: the Canadian C-spine rule (Stiell et al., JAMA 2001): age 65 or over,
 *   a dangerous mechanism, or numbness or tingling in the limbs after an injury need
 *   imaging; a simple rear-end collision with no such sign is low risk.
 * - NHS meningitis: NHS, Meningitis, symptoms: fever, stiff neck, a rash that does not
 *   fade under a glass, dislike of bright lights, vomiting, confusion.
 * - FAST: NHS and the Stroke Association, stroke signs: face, arms, speech, time to call.
 * - Heart attack: NHS, Heart attack, symptoms: chest pain that may spread to the arms,
 *   neck, jaw or back, breathlessness, feeling faint.
 * - NHS 111: NHS, When to use 111 / when to go to A&E; NHS, Dizziness; NHS, Neck pain;
 *   NHS, Headaches; NHS, Migraine; NHS, Fever in adults.
 */
import type { RedFlagId, RedFlagLevel } from "../types";

export interface SignRule {
  readonly id: RedFlagId;
  /** The slot value and spoken name: "a drooping eyelid". */
  readonly name: string;
  /** As it is said in a list of signs: "a drooping eyelid". */
  readonly listed: string;
  /** Its level on its own. */
  readonly level: RedFlagLevel;
  /** Why this level, with the source named. */
  readonly source: string;
}

/** Most urgent first within each level: lists are read in this order. */
export const SIGN_TABLE: readonly SignRule[] = [
  // Emergency now: the local number first.
  {
    id: "chest-pain",
    listed: "chest pain spreading to the neck or jaw",
    name: "chest pain spreading to my neck or jaw",
    level: "emergency",
    source: "Heart attack: chest pain spreading to the neck or jaw",
  },
  {
    id: "breathing-swallowing",
    listed: "trouble breathing or swallowing",
    name: "trouble breathing or swallowing",
    level: "emergency",
    source: "NHS 111: severe difficulty breathing or swallowing is a 999 call",
  },
  {
    id: "face-numb",
    listed: "one side of the face going numb or drooping",
    name: "one side of my face is numb",
    level: "emergency",
    source: "FAST: face drooping or numb on one side",
  },
  {
    id: "vision-speech",
    listed: "sudden changes in vision or speech",
    name: "blurred vision or slurred speech",
    level: "emergency",
    source: "FAST: speech; NICE CKS (cervical artery dissection): visual disturbance",
  },
  {
    id: "weakness",
    listed: "new weakness in an arm or leg",
    name: "weakness in my arm",
    level: "emergency",
    source: "FAST: arm weakness; NICE CKS (myelopathy): new weakness",
  },
  {
    id: "fainting",
    listed: "fainting or nearly fainting",
    name: "i fainted",
    level: "emergency",
    source: "Heart attack: feeling faint or collapsing; NHS 111: loss of consciousness is a 999 call",
  },
  {
    id: "injury",
    listed: "neck pain after a crash, a fall or a blow to the head",
    name: "pain after a fall or crash",
    level: "emergency",
    source:
      "C-spine: a dangerous mechanism (a fall from height, a crash at speed, a blow to the head, a weight dropped on the neck); NICE CKS (fracture)",
  },
  {
    id: "older-fall",
    listed: "any fall with neck pain at sixty five or older",
    name: "a fall at sixty five or older",
    level: "emergency",
    source: "C-spine: age 65 or over with neck pain after any injury",
  },
  {
    id: "worst-headache",
    listed: "a sudden, severe headache",
    name: "the worst headache of my life",
    level: "emergency",
    source: "NICE CKS (cervical artery dissection) and NHS Headaches: a sudden, very severe headache",
  },
  {
    id: "eyelid-droop",
    listed: "a drooping eyelid",
    name: "a drooping eyelid",
    level: "emergency",
    source: "NICE CKS (cervical artery dissection): a drooping eyelid or unequal pupils with neck pain",
  },
  {
    id: "confusion",
    listed: "confusion",
    name: "confusion",
    level: "emergency",
    source: "NHS meningitis and FAST: new confusion is a 999 call",
  },
  {
    id: "rash",
    listed: "a rash that doesn't fade when you press a glass on it",
    name: "a rash that doesn't fade",
    level: "emergency",
    source: "NHS meningitis: a rash that does not fade under a glass",
  },
  {
    id: "walking-balance",
    listed: "trouble walking or balancing",
    name: "trouble walking or balancing",
    level: "emergency",
    source: "NICE CKS (myelopathy): unsteady walking, clumsy hands",
  },
  {
    id: "bladder-bowel",
    listed: "losing control of your bladder or bowels",
    name: "loss of bladder or bowel control",
    level: "emergency",
    source: "NICE CKS (myelopathy): bladder or bowel changes",
  },
  // Urgent, today.
  {
    id: "fever-stiff-neck",
    listed: "a fever with a stiff neck",
    name: "a fever and a stiff neck",
    level: "urgent",
    source: "NHS meningitis and NICE CKS (infection): fever with neck stiffness needs assessment the same day",
  },
  {
    id: "fever",
    listed: "a fever with neck pain",
    name: "a fever",
    level: "urgent",
    source: "NICE CKS (infection): fever with neck pain; NHS Fever in adults: get advice today",
  },
  {
    id: "both-hands",
    listed: "pins and needles or clumsiness in both hands",
    name: "pins and needles in both hands",
    level: "urgent",
    source: "NICE CKS (myelopathy): numbness or tingling in both hands",
  },
  {
    id: "electric-shocks",
    listed: "electric shocks down your back when you bend your neck",
    name: "electric shocks when i bend my neck",
    level: "urgent",
    source: "NICE CKS (myelopathy): electric shock feelings down the spine on bending the neck",
  },
  // A doctor or physio within days.
  {
    id: "arm-tingling",
    listed: "numbness or tingling down one arm",
    name: "numbness or tingling in my arm",
    level: "soon",
    source: "NICE CKS (radiculopathy): arm symptoms in one arm need assessment",
  },
  {
    id: "cancer-history",
    listed: "new neck pain after cancer",
    name: "a history of cancer",
    level: "soon",
    source: "NICE CKS (malignancy): a past cancer with new neck pain",
  },
  {
    id: "weight-loss",
    listed: "weight loss without trying",
    name: "weight loss without trying",
    level: "soon",
    source: "NICE CKS (malignancy): unexplained weight loss",
  },
  {
    id: "night-sweats",
    listed: "night sweats",
    name: "night sweats",
    level: "soon",
    source: "NICE CKS (malignancy, infection): night sweats",
  },
  {
    id: "night-pain",
    listed: "pain that wakes you at night",
    name: "pain that wakes me at night",
    level: "soon",
    source: "NICE CKS (malignancy): pain at night that does not ease",
  },
  {
    id: "lasting-pain",
    listed: "pain that lasts beyond a couple of weeks or keeps getting worse",
    name: "pain that won't go away",
    level: "soon",
    source: "NHS Neck pain: see a GP if it has not improved after two weeks",
  },
  {
    id: "pop-then-pain",
    listed: "a pop followed by lasting pain",
    name: "a pop and then pain",
    level: "soon",
    source: "NICE CKS (cervical artery dissection) and NHS Neck pain: a sudden injury with lasting pain is checked",
  },
  {
    id: "minor-bump",
    listed: "neck pain after a minor bump in the car",
    name: "a minor fender bender",
    level: "soon",
    source: "C-spine: a simple rear-end collision with no other sign is low risk; checked if pain lasts",
  },
  // Dizziness: stop, sit or lie down.
  {
    id: "dizziness",
    listed: "dizziness",
    name: "dizziness",
    level: "dizziness",
    source:
      "NHS Dizziness: sit or lie down until it passes; 999 with a headache, weakness, or vision or speech changes",
  },
  // Self-care, with the signs that would change that.
  {
    id: "headache",
    listed: "a headache",
    name: "a headache",
    level: "self-care",
    source: "NHS Headaches: most go away on their own; urgent if sudden and severe, or with fever and a stiff neck",
  },
  {
    id: "migraine",
    listed: "a migraine",
    name: "migraines",
    level: "self-care",
    source: "NHS Migraine: a usual migraine is managed at home; urgent if it is different from usual",
  },
  {
    id: "dead-arm",
    listed: "a dead arm after sleeping on it",
    name: "a dead arm from sleeping on it",
    level: "self-care",
    source: "NHS 111: pins and needles from pressure pass within minutes; FAST if weakness stays",
  },
  {
    id: "stiff-neck",
    listed: "a stiff neck",
    name: "my neck is stiff",
    level: "self-care",
    source: "NHS Neck pain: a stiff neck usually eases in days; NHS meningitis: with a fever, urgent",
  },
  {
    id: "light-sensitivity",
    listed: "light hurting your eyes",
    name: "light hurts my eyes",
    level: "self-care",
    source: "NHS Migraine and NHS meningitis: with a fever and a stiff neck, an emergency",
  },
  {
    id: "vomiting",
    listed: "vomiting",
    name: "vomiting",
    level: "self-care",
    source:
      "NHS meningitis and NHS Head injury: with a fever and a stiff neck, or after a blow to the head, an emergency",
  },
];

/** A combination: every group has at least one of the signs said. */
export interface ComboRule {
  readonly when: readonly (readonly RedFlagId[])[];
  readonly level: RedFlagLevel;
  readonly label: string;
  readonly source: string;
}

const FEVER: readonly RedFlagId[] = ["fever", "fever-stiff-neck"];
const STIFF: readonly RedFlagId[] = ["stiff-neck", "fever-stiff-neck"];
const NERVE: readonly RedFlagId[] = ["arm-tingling", "both-hands", "electric-shocks", "weakness"];
const HEAD: readonly RedFlagId[] = ["headache", "migraine", "worst-headache"];

/** Combinations raise the level; the highest level that applies wins. */
export const COMBO_TABLE: readonly ComboRule[] = [
  {
    when: [FEVER, STIFF, ["rash", "light-sensitivity", "confusion", "vomiting"]],
    level: "emergency",
    label: "fever and a stiff neck, with a rash, light hurting the eyes, confusion or vomiting",
    source: "NHS meningitis",
  },
  {
    when: [["fever"], ["stiff-neck"]],
    level: "urgent",
    label: "fever and a stiff neck",
    source: "NHS meningitis; NICE CKS (infection)",
  },
  {
    when: [
      ["dizziness"],
      [
        ...HEAD,
        "vision-speech",
        "weakness",
        "face-numb",
        "eyelid-droop",
        "pop-then-pain",
        "injury",
        "minor-bump",
        "arm-tingling",
        "both-hands",
      ],
    ],
    level: "emergency",
    label: "dizziness with a headache, numbness, weakness, vision or speech changes, or after a blow or a pop",
    source: "NHS Dizziness; NICE CKS (cervical artery dissection)",
  },
  {
    when: [HEAD, ["pop-then-pain"]],
    level: "emergency",
    label: "a headache with sudden neck pain after a pop",
    source: "NICE CKS (cervical artery dissection)",
  },
  {
    when: [["minor-bump"], [...NERVE, "walking-balance", "vomiting", "confusion"]],
    level: "emergency",
    label: "a minor crash, then numbness, tingling, weakness, unsteadiness, vomiting or confusion",
    source: "C-spine: limb symptoms after a collision are high risk; NHS Head injury",
  },
  {
    when: [["cancer-history"], ["weight-loss", "night-sweats", "night-pain", "lasting-pain"]],
    level: "urgent",
    label: "a history of cancer with weight loss, night sweats or pain at night",
    source: "NICE CKS (malignancy)",
  },
  {
    when: [["weight-loss"], ["night-sweats", "fever"]],
    level: "urgent",
    label: "weight loss without trying with night sweats or a fever",
    source: "NICE CKS (malignancy, infection)",
  },
  {
    when: [["vomiting"], HEAD],
    level: "urgent",
    label: "vomiting with a headache",
    source: "NHS Headaches: get seen today",
  },
  {
    when: [["dead-arm"], ["weakness", "face-numb", "vision-speech"]],
    level: "emergency",
    label: "a dead arm that stays weak, with the face or speech affected",
    source: "FAST",
  },
];

/** Levels, most urgent first. */
export const LEVEL_ORDER: readonly RedFlagLevel[] = ["emergency", "urgent", "dizziness", "soon", "self-care"];

export function moreUrgent(a: RedFlagLevel, b: RedFlagLevel): RedFlagLevel {
  return LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b) ? a : b;
}

/** The level of the signs said together: the most urgent of their own levels and of every combination they make. */
export function levelOf(ids: readonly RedFlagId[]): RedFlagLevel | undefined {
  const said = new Set(ids);
  let level: RedFlagLevel | undefined;
  for (const sign of SIGN_TABLE) if (said.has(sign.id)) level = level ? moreUrgent(level, sign.level) : sign.level;
  if (!level) return undefined;
  for (const combo of COMBO_TABLE) {
    if (combo.when.every((group) => group.some((id) => said.has(id)))) level = moreUrgent(level, combo.level);
  }
  return level;
}

/** The signs of a level, most urgent first. */
export function signsAt(level: RedFlagLevel): readonly SignRule[] {
  return SIGN_TABLE.filter((sign) => sign.level === level);
}
