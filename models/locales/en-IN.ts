/** English (India): physiotherapist and programme as in the UK; consult a doctor rather than a GP; paracetamol from the chemist, a hot water bag, and 112. */
import type { SupportedLocale } from "./index";
import type { LocaleDefinition } from "./types";
import { LIFTER_EN_IN } from "./lifter";
import { aboutSoon, sorenessCheck, soonList } from "../content/triage";

export const EN_IN: LocaleDefinition<SupportedLocale> = {
  parent: "en-GB",
  content: {
    lifter: LIFTER_EN_IN,
    safety: {
      disclaimerFull:
        "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to a doctor or physiotherapist about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number, 112.",
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
        relief: [
          "Most soreness from training settles in a few days with rest, ice, and gentle movement.",
          "Stop and consult a doctor if you notice numbness, tingling or weakness in an arm.",
        ],
      },
      cause: {
        "existing-condition":
          "Your doctor or physiotherapist can tell you which movements to change, and which to avoid for now.",
      },
    },
    causes: {
      "existing-condition": {
        explanation:
          "A herniated disc, arthritis or an old neck injury makes the neck easier to strain. If you have one, check with a doctor or physiotherapist before you start a new programme.",
      },
    },
    topics: {
      painMedicine: {
        point:
          "A pain reliever from the chemist, like paracetamol, can take the edge off a sore neck, if it's safe for you.",
        detail: [
          "Read the label, and check with a doctor or pharmacist first if you take other medicines or have a health condition.",
        ],
        more: [
          "Pain relief helps you rest and move gently; it doesn't fix the strain itself.",
          "If you find you need it for more than a few days, consult a doctor.",
        ],
      },
      iceOrHeat: {
        detail: [
          "After that, gentle heat, like a hot water bag wrapped in a towel, often loosens stiffness better. Never put either straight on your skin.",
        ],
      },
      sorenessDuration: {
        detail: ["If your neck still hurts after a couple of weeks, or it keeps getting worse, consult a doctor."],
        more: [
          "Soreness that builds a day after training and then fades is normal.",
          "Pain that is sharp, spreads into your arm, or wakes you at night is not, and is worth showing to a doctor.",
        ],
      },
    },
    triage: {
      soreness: { say: [sorenessCheck("consult a doctor or physiotherapist")] },
    },
    warningSigns: {
      // 112 for any emergency, 108 for an ambulance in most states; a doctor or a hospital's emergency department for care today.
      care: {
        call: "call one one two, or one zero eight for an ambulance, from your phone",
        callCard: "call 112, or 108 for an ambulance, from your phone",
        today: "Please get seen today: consult a doctor at a clinic today, or go to a hospital's emergency department.",
        soon: "Please consult a doctor or physiotherapist in the next few days.",
        numberIs: "In India, the emergency number is one one two, and one zero eight calls an ambulance.",
      },
      soonList: soonList("Consult a doctor"),
      aboutSoon: aboutSoon("consulting a doctor"),
    },
  },
};
