/** English (Canada): US wording, with physiotherapist and physio, acetaminophen, centre, eight one one for a nurse, and 911. */
import type { SupportedLocale } from "./index";
import type { LocaleDefinition } from "./types";
import { LIFTER_EN_CA } from "./lifter";
import { sorenessCheck, soonList } from "../content/triage";

export const EN_CA: LocaleDefinition<SupportedLocale> = {
  parent: "en-US",
  content: {
    lifter: LIFTER_EN_CA,
    safety: {
      disclaimerFull:
        "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to a doctor or physiotherapist about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number, 911.",
    },
    answers: {
      professional: {
        point: "See a doctor or physiotherapist if your neck pain lasts or keeps getting worse.",
        detail: [
          "Go sooner with numbness, tingling or weakness in an arm, pain after a fall, or a stiff neck with fever.",
          "And if you have a neck condition, check with them before starting a new program.",
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
          "Stop and see a doctor or physiotherapist if you notice numbness, tingling or weakness in an arm.",
        ],
      },
    },
    topics: {
      painMedicine: {
        point:
          "An over the counter pain reliever, like acetaminophen or ibuprofen, can take the edge off a sore neck, if it's safe for you.",
      },
    },
    triage: {
      soreness: { say: [sorenessCheck("see a doctor or physiotherapist")] },
    },
    warningSigns: {
      // 911 in an emergency; a walk-in clinic or urgent care, or 811 for a nurse, for care today.
      care: {
        today:
          "Please get seen today at a walk-in clinic or an urgent care centre, or call eight one one to talk to a nurse.",
        soon: "Please have this checked by a doctor or physiotherapist in the next few days.",
        numberIs: "In Canada, the emergency number is nine one one.",
      },
      soonList: soonList(
        "See a doctor",
        "If you're not sure how urgent it is, in most provinces you can call eight one one to talk to a nurse.",
      ),
    },
    stretches: {
      "side-neck-stretch": { movements: [{ release: "Slowly come back to centre." }] },
      "neck-tilt": {
        movements: [{ cue: "Tip your {side} ear toward your {side} shoulder, then come back to centre." }],
      },
    },
  },
};
