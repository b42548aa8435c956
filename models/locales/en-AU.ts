/** English (Australia): as the UK (GP, physio, programme), with triple zero. */
import type { SupportedLocale } from "./index";
import type { LocaleDefinition } from "./types";

export const EN_AU: LocaleDefinition<SupportedLocale> = {
  parent: "en-GB",
  content: {
    safety: {
      disclaimerFull:
        "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to your GP or a physio about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number, triple zero (000).",
      emergencyNumber: "triple zero",
    },
  },
};
