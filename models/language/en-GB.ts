/** English (UK): GP, physio, "done my neck in". Samples added to its parent's. */
import type { LanguageVariant } from "./types";

export const EN_GB_LANGUAGE: LanguageVariant = {
    samples: {
      ReliefIntent: ["i've done my neck in", "i think i've done my neck in", "i've done my neck in at the gym"],
      ProfessionalHelpIntent: ["should i see a physio", "should i see a physiotherapist", "should i see my gp", "when should i see a physio", "when should i go to my gp", "do i need a physio"],
    },
};
