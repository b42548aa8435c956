/** English (Australia): as the UK, and "stuffed". Samples added to its parent's. */
import type { LanguageVariant } from "./types";

export const EN_AU_LANGUAGE: LanguageVariant = {
    samples: { ReliefIntent: ["my neck's stuffed", "i've stuffed my neck"] },
};
