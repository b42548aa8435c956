import type { Answer, Cause } from "../types";

/** Why a neck hurts after training: the five usual reasons, for the ear. */
export const CAUSES: readonly Cause[] = [
  {
    id: "posture",
    name: "posture",
    title: "posture and form",
    explanation:
      "Form slips when you chase a heavier weight or push through the burn. Craning your chin forward or slouching under a load puts the strain on your neck.",
  },
  {
    id: "repetition",
    name: "overuse",
    title: "repetition and overuse",
    explanation:
      "The same motion, over and over, tires the neck muscles. Swimming, cycling and some lifts can lead to overuse, especially with loose technique or too little rest.",
  },
  {
    id: "sudden-movement",
    name: "sudden movements",
    title: "sudden stops and jolts",
    explanation:
      "Fast stops and quick changes of direction, like in martial arts or jump training, can snap the head the way whiplash does. That can leave the neck sore and stiff.",
  },
  {
    id: "muscle-imbalance",
    name: "muscle imbalance",
    title: "muscle imbalance",
    explanation:
      "When your chest is much stronger than your upper back, your shoulders get pulled forward. Your head follows, and your neck takes the extra load.",
  },
  {
    id: "existing-condition",
    name: "an old injury",
    title: "an existing neck problem",
    explanation:
      "A herniated disc, arthritis or an old neck injury makes the neck easier to strain. If you have one, check with a health professional before you start a new program.",
  },
];

export const CAUSES_ANSWER: Answer = {
  point:
    "Neck pain after training usually comes from posture, overuse, sudden jolts, muscle imbalance, or an old neck problem.",
  detail: [
    "The most common one is form: craning your chin forward or slouching under a load.",
    "You can also ask me about a particular lift, like deadlifts or pull ups.",
  ],
};
