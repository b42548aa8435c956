/** English (Canada): physio and physiotherapist. Samples added to its parent's. */
import type { LanguageVariant } from "./types";

export const EN_CA_LANGUAGE: LanguageVariant = {
    samples: { ProfessionalHelpIntent: ["should i see a physio", "should i see a physiotherapist", "when should i see a physiotherapist", "do i need a physio"] },
};
