import type { RedFlag } from "../types";
import { SIGN_TABLE } from "./signs";

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

/** Every sign the skill hears, its spoken name and its level on its own (the table with sources: signs.ts). */
export const RED_FLAGS: readonly RedFlag[] = SIGN_TABLE.map(({ id, name, level }) => ({ id, name, level }));

/** The local emergency number, as it is spoken. */
export const EMERGENCY_NUMBER = "nine one one";
