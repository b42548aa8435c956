/** English (UK): GP, physio, programme, "done my neck in", and 999 or 112. */
import type { LocaleDefinition } from "./types";
import type { SupportedLocale } from "./index";

export const EN_GB: LocaleDefinition<SupportedLocale> = {
  parent: "en-US",
  content: {
    safety: {
      disclaimerFull:
        "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to your GP or a physiotherapist about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number, 999 or 112.",
      redFlagAdvice: {
        point: "Please stop here, and have this checked by your GP soon.",
        detail: ["With that symptom, stretching isn't the right step, so let's skip it for now."],
      },
      emergencyNumber: "nine nine nine, or one one two",
    },
    answers: {
      professional: {
        point: "See your GP or a physio if your neck pain lasts or keeps getting worse.",
        detail: [
          "Go sooner with numbness, tingling or weakness in an arm, pain after a fall, or a stiff neck with fever.",
          "And if you have a neck condition, check with them before starting a new programme.",
        ],
      },
    },
    more: {
      overview: {
        professional: [
          "A physio can check your form and give you exercises for your neck and upper back.",
          "Your GP should see any pain that follows a fall or an accident, and pain with numbness or weakness.",
        ],
      },
      cause: { "existing-condition": "Your GP or physio can tell you which movements to change, and which to avoid for now." },
    },
    causes: {
      "existing-condition": {
        explanation:
          "A herniated disc, arthritis or an old neck injury makes the neck easier to strain. If you have one, check with your GP or physio before you start a new programme.",
      },
    },
    stretches: {
      "side-neck-stretch": { movements: [{ release: "Slowly come back to centre." }] },
      "neck-tilt": { movements: [{ cue: "Tip your {side} ear toward your {side} shoulder, then come back to centre." }] },
    },
  },
};
