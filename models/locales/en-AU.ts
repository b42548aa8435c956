/** English (Australia): as the UK (GP, physio, programme), with the chemist, a wheat bag or heat pack, "come good", and triple zero. */
import type { SupportedLocale } from "./index";
import type { LocaleDefinition } from "./types";
import { LIFTER_EN_AU } from "./lifter";
import { soonList } from "../content/triage";

export const EN_AU: LocaleDefinition<SupportedLocale> = {
  parent: "en-GB",
  content: {
    lifter: LIFTER_EN_AU,
    safety: {
      disclaimerFull:
        "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to your GP or a physio about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number, triple zero (000).",
      emergencyNumber: "triple zero",
    },
    answers: {
      professional: {
        point: "See your GP, or a physio, chiro or osteo, if your neck pain lasts or keeps getting worse.",
      },
    },
    topics: {
      painMedicine: {
        point:
          "A pain reliever from the chemist, like paracetamol (Panadol, say) or ibuprofen, can take the edge off a sore neck, if it's safe for you.",
        detail: [
          "Read the label, and ask the pharmacist at your chemist first if you take other medicines or have a health condition.",
        ],
      },
      iceOrHeat: {
        detail: [
          "After that, gentle heat, like a wheat bag or a heat pack wrapped in a towel, often loosens stiffness better. Never put either straight on your skin.",
        ],
      },
      sorenessDuration: {
        point: "Ordinary muscle soreness after training usually comes good within two or three days.",
      },
    },
    warningSigns: {
      // Triple zero (000) in an emergency; a GP today, an urgent care clinic, or healthdirect (1800 022 222) for advice.
      care: {
        call: "call triple zero from your phone",
        callCard: "call 000 from your phone",
        today:
          "Please get seen today: see a GP today or go to an urgent care clinic, or call healthdirect on one eight hundred, zero two two, two two two for advice.",
        numberIs: "In Australia, the emergency number is triple zero.",
      },
      soonList: soonList("See your GP"),
    },
  },
};
