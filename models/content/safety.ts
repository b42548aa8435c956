import type { Answer, RedFlag } from "../types";

/**
 * Safety: the disclaimer and the red flags. A red flag gets no stretching,
 * only a calm, clear direction to medical care. Red flag names (synonyms in models/language)
 * feed the SYMPTOM_NAME slot type.
 */

/** Spoken once, on first use. */
export const DISCLAIMER_SHORT =
  "Quick note: I'm a stretching coach, not a doctor, so this isn't medical advice, and if anything hurts, stop.";

/** For the skill store description. */
export const DISCLAIMER_FULL =
  "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to a doctor or physical therapist about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number.";

export const RED_FLAGS: readonly RedFlag[] = [
  { id: "injury", name: "pain after a fall or crash", level: "emergency" },
  { id: "worst-headache", name: "the worst headache of my life", level: "emergency" },
  { id: "fever-stiff-neck", name: "a fever and a stiff neck", level: "emergency" },
  { id: "weakness", name: "weakness in my arm", level: "emergency" },
  { id: "walking-balance", name: "trouble walking or balancing", level: "emergency" },
  { id: "bladder-bowel", name: "loss of bladder or bowel control", level: "emergency" },
  { id: "vision-speech", name: "blurred vision or slurred speech", level: "emergency" },
  { id: "arm-tingling", name: "numbness or tingling in my arm", level: "soon" },
  { id: "lasting-pain", name: "pain that won't go away", level: "soon" },
  { id: "night-pain", name: "pain that wakes me at night", level: "soon" },
  { id: "pop-then-pain", name: "a pop and then pain", level: "soon" },
  { id: "dizziness", name: "dizziness", level: "dizziness" },
];

/** The local emergency number, as it is spoken. */
export const EMERGENCY_NUMBER = "nine one one";

export const RED_FLAG_ADVICE: Answer = {
  point: "Please stop here, and have this checked by a doctor soon.",
  detail: [
    "With that symptom, stretching isn't the right step, so let's skip it for now.",
  ],
};
