/** English (UK): GP, physio, programme, paracetamol from the pharmacy, a wheat bag or hot water bottle, one one one, and 999 or 112. */
import type { LocaleDefinition } from "./types";
import { LIFTER_EN_GB } from "./lifter";
import type { SupportedLocale } from "./index";
import { aboutSoon, sorenessCheck, soonList } from "../content/triage";

export const EN_GB: LocaleDefinition<SupportedLocale> = {
  parent: "en-US",
  content: {
    lifter: LIFTER_EN_GB,
    safety: {
      disclaimerFull:
        "Neck Coach offers general stretching and fitness information only. It is not a substitute for professional medical advice, diagnosis or treatment. Stop any stretch that causes pain, and talk to your GP or a physiotherapist about neck pain that lasts or gets worse. In an emergency, call your doctor or your local emergency number, 999 or 112.",
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
        relief: [
          "Most soreness from training settles in a few days with rest, ice, and gentle movement.",
          "Stop and see your GP if you notice numbness, tingling or weakness in an arm.",
        ],
      },
      cause: {
        "existing-condition": "Your GP or physio can tell you which movements to change, and which to avoid for now.",
      },
    },
    topics: {
      // NHS, "Neck pain": paracetamol or ibuprofen, and heat or cold packs; see a GP if it has not improved after two weeks.
      painMedicine: {
        point:
          "A pain reliever from the pharmacy, like paracetamol or ibuprofen, can take the edge off a sore neck, if it's safe for you.",
        detail: ["Read the label, and ask a pharmacist first if you take other medicines or have a health condition."],
        more: [
          "Pain relief helps you rest and move gently; it doesn't fix the strain itself.",
          "If you find you need it for more than a few days, see your GP.",
        ],
      },
      iceOrHeat: {
        detail: [
          "After that, gentle heat, like a wheat bag or a hot water bottle wrapped in a towel, often loosens stiffness better. Never put either straight on your skin.",
        ],
      },
      sorenessDuration: {
        detail: ["If your neck still hurts after a couple of weeks, or it keeps getting worse, see your GP."],
        more: [
          "Soreness that builds a day after training and then fades is normal.",
          "Pain that is sharp, spreads into your arm, or wakes you at night is not, and is worth seeing your GP about.",
        ],
      },
    },
    triage: {
      soreness: { say: [sorenessCheck("see your GP or a physio")] },
    },
    warningSigns: {
      // NHS: 999 (or 112) in an emergency; NHS 111 or an urgent treatment centre, or A&E, for care today.
      care: {
        call: "call nine nine nine from your phone",
        callCard: "call 999 (or 112) from your phone",
        today: "Please get seen today: call one one one, or go to an urgent treatment centre or A and E.",
        soon: "Please have this checked by your GP or a physio in the next few days.",
        numberIs: "In the UK, the emergency number is nine nine nine, and one one two works too.",
      },
      soonList: soonList(
        "See your GP",
        "If you're not sure how urgent it is, in England, Scotland and Wales, one one one can advise.",
      ),
      aboutSoon: aboutSoon("seeing your GP"),
    },
    causes: {
      "existing-condition": {
        explanation:
          "A herniated disc, arthritis or an old neck injury makes the neck easier to strain. If you have one, check with your GP or physio before you start a new programme.",
      },
    },
    stretches: {
      "side-neck-stretch": { movements: [{ release: "Slowly come back to centre." }] },
      "neck-tilt": {
        movements: [{ cue: "Tip your {side} ear toward your {side} shoulder, then come back to centre." }],
      },
    },
  },
};
