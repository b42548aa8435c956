/** English (India): physiotherapist and programme as in the UK, a doctor rather than a GP, and 112. */
import type { SupportedLocale } from "./index";
import type { LocaleDefinition } from "./types";

export const EN_IN: LocaleDefinition<SupportedLocale> = {
  parent: "en-GB",
  content: {
    safety: {
      disclaimerFull:
        "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to a doctor or physiotherapist about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number, 112.",
      redFlagAdvice: {
        point: "Please stop here, and have this checked by a doctor soon.",
        detail: ["With that symptom, stretching isn't the right step, so let's skip it for now."],
      },
      emergencyNumber: "one one two",
    },
    answers: {
      professional: {
        point: "See a doctor or physiotherapist if your neck pain lasts or keeps getting worse.",
        detail: [
          "Go sooner with numbness, tingling or weakness in an arm, pain after a fall, or a stiff neck with fever.",
          "And if you have a neck condition, check with them before starting a new programme.",
        ],
      },
    },
    more: {
      overview: {
        professional: [
          "A physiotherapist can check your form and give you exercises for your neck and upper back.",
          "A doctor should see any pain that follows a fall or an accident, and pain with numbness or weakness.",
        ],
      },
      cause: { "existing-condition": "Your doctor or physiotherapist can tell you which movements to change, and which to avoid for now." },
    },
    causes: {
      "existing-condition": {
        explanation:
          "A herniated disc, arthritis or an old neck injury makes the neck easier to strain. If you have one, check with a doctor or physiotherapist before you start a new programme.",
      },
    },
  },
};
