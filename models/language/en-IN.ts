/** English (India): physiotherapist. Samples added to its parent's. */
import type { LanguageVariant } from "./types";

export const EN_IN_LANGUAGE: LanguageVariant = {
    samples: { ProfessionalHelpIntent: ["should i visit a physiotherapist", "do i need a physiotherapist"] },
};
