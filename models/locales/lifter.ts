/**
 * A lifter's answers (models/content/lifter.ts) where a locale's care or
 * words differ: who to see (GP and physio; a chiro or osteo in Australia; a
 * physiotherapist in India and Canada, and an RMT for massage in Canada),
 * where to buy (the chemist), what a heat pack is called, and spelling.
 * Each locale file lays its record over its parent's.
 */
import type { LifterAnswer, LifterTopicId } from "../content/lifter";
import type { DeepPartial } from "./types";

export type LifterOverrides = Partial<Record<LifterTopicId, DeepPartial<LifterAnswer>>>;

export const LIFTER_EN_GB: LifterOverrides = {
  "back-to-heavy": {
    more: [
      "After a real strain, wait until you can turn and tilt your head fully without pain before loading it again.",
      "If it keeps flaring each time you add weight, a physio can find out why.",
    ],
  },
  "one-side": {
    point:
      "Pain on one side is common: most of us load one side more, through a favourite sleeping side, a bag, or a head turned to one screen.",
  },
  "pinched-nerve": {
    detail: [
      "If you have any of those, skip lifting and stretching into it, and see your GP soon. Pain in the neck alone is far more often a muscle.",
    ],
  },
  gaze: {
    point:
      "In squats and deadlifts, keep your neck in line with your back: look at the floor a couple of metres ahead, not up at the ceiling.",
  },
  "heat-pack": {
    point:
      "A wheat bag, a heat pack or a hot water bottle can loosen a stiff neck, usually best after the first day or two.",
  },
  "chiro-physio": {
    name: "a chiropractor, osteopath or physio",
    point:
      "A physio is a good first choice: they assess your neck, check your lifting, and give you exercises to do yourself. Your GP can refer you, or you can often book one yourself.",
    offerLine: "Would you like to hear whether to see a physio or a chiropractor?",
  },
  "lifting-headache": {
    detail: [
      "Breathe out through the hard part of each rep, keep your neck in line, and drop the weight for a week or two if it keeps happening. If a headache under load keeps coming back, see your GP.",
    ],
  },
};

export const LIFTER_EN_AU: LifterOverrides = {
  "chiro-physio": {
    name: "a chiro, an osteo or a physio",
    point:
      "A physio is a good first choice: they assess your neck, check your lifting, and give you exercises to do yourself.",
    detail: [
      "Plenty of people see a chiro or an osteo instead. Whoever you see, exercise should be part of the plan, and ask before any forceful manipulation of your neck.",
    ],
    offerLine: "Would you like to hear whether to see a physio, a chiro or an osteo?",
  },
  supplements: {
    detail: [
      "Enough protein, water and sleep do more for recovery than any pill. Ask the pharmacist at your chemist before adding supplements if you take medicines.",
    ],
  },
  "heat-pack": {
    point: "A wheat bag or a heat pack can loosen a stiff neck, usually best after the first day or two.",
  },
};

/** Where "physio" is not the everyday word (en-IN, en-CA): the physiotherapist, named in full. */
const PHYSIOTHERAPIST: DeepPartial<LifterAnswer> = {
  name: "a chiropractor or a physiotherapist",
  point:
    "A physiotherapist is a good first choice: they assess your neck, check your lifting, and give you exercises to do yourself.",
  offerLine: "Would you like to hear whether to see a chiropractor or a physiotherapist?",
};

export const LIFTER_EN_IN: LifterOverrides = {
  "back-to-heavy": {
    more: [
      "After a real strain, wait until you can turn and tilt your head fully without pain before loading it again.",
      "If it keeps flaring each time you add weight, a physiotherapist can find out why.",
    ],
  },
  "pinched-nerve": {
    detail: [
      "If you have any of those, skip lifting and stretching into it, and consult a doctor soon. Pain in the neck alone is far more often a muscle.",
    ],
  },
  "chiro-physio": PHYSIOTHERAPIST,
  "heat-pack": {
    point: "A hot water bag or a heat pack can loosen a stiff neck, usually best after the first day or two.",
  },
  "lifting-headache": {
    detail: [
      "Breathe out through the hard part of each rep, keep your neck in line, and drop the weight for a week or two if it keeps happening. If a headache under load keeps coming back, consult a doctor.",
    ],
  },
};

export const LIFTER_EN_CA: LifterOverrides = {
  "back-to-heavy": {
    more: [
      "After a real strain, wait until you can turn and tilt your head fully without pain before loading it again.",
      "If it keeps flaring each time you add weight, a physiotherapist can find out why.",
    ],
  },
  gaze: {
    point:
      "In squats and deadlifts, keep your neck in line with your back: look at the floor a couple of metres ahead, not up at the ceiling.",
  },
  massage: {
    point:
      "Treatment from an RMT, or a massage gun on a low setting, can ease sore, tight muscles of the upper back and the top of the shoulders for a while.",
  },
  "chiro-physio": PHYSIOTHERAPIST,
  "heat-pack": {
    point: "A Magic Bag or a heating pad can loosen a stiff neck, usually best after the first day or two.",
  },
};
