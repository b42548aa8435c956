import type { Answer, PreventionTip } from "../types";

/**
 * Spoken answers: the point first, then at most two short sentences.
 * Each stays under about sixty words; the handler adds the follow-up offer.
 */

export const PREVENTION_ANSWER: Answer = {
  point: "Good form, a proper warm up, and a strong upper back do most of the work.",
  detail: [
    "Add weight and intensity a little at a time, and skip jerky movements.",
    "Stop when pain lingers or grows, and give yourself real rest days.",
  ],
};

export const PREVENTION_TIPS: readonly PreventionTip[] = [
  {
    id: "form",
    name: "form",
    title: "form and technique",
    say: "Own your form before you add weight. If a lift is new to you, a qualified trainer can spot the habits that load your neck.",
  },
  {
    id: "warm-up",
    name: "warming up",
    title: "warm up and cool down",
    say: "Warm up with easy movement and light stretches first. Afterward, cool down with gentle stretching, and foam roll your upper back if you like, never the neck itself.",
  },
  {
    id: "strength",
    name: "strengthening",
    title: "strengthen the support muscles",
    say: "Build your upper back, shoulders and core. When they carry the load, your neck doesn't have to.",
  },
  {
    id: "listen",
    name: "listening to your body",
    title: "listen to your body",
    say: "Pain that lingers or keeps growing is a signal to stop. Training through it can turn a small strain into a real injury.",
  },
  {
    id: "rest",
    name: "rest days",
    title: "rest and recovery",
    say: "Leave time between hard sessions. On rest days, keep it light: easy stretching, a walk, or a gentle ride.",
  },
  {
    id: "progress",
    name: "adding weight gradually",
    title: "progress gradually",
    say: "Raise weight and intensity in small steps. Keep every rep controlled, with no jerking or yanking.",
  },
];

/** For ordinary soreness after training (the source article: stop, rest, ice, then gentle stretches). */
export const RELIEF_ANSWER: Answer = {
  point: "For ordinary soreness after training, ease off today and give your neck a rest from heavy work.",
  // Ice or heat is its own answer, offered after this one (lambda/speech/replies/answers.ts).
  detail: ["Once the worst eases, gentle movement helps more than keeping it still."],
};

export const PROFESSIONAL_ANSWER: Answer = {
  point: "See a doctor or physical therapist if your neck pain lasts or keeps getting worse.",
  detail: [
    "Go sooner with numbness, tingling or weakness in an arm, pain after a fall, or a stiff neck with fever.",
    "And if you have a neck condition, check with them before starting a new program.",
  ],
};

export const TAKEAWAYS_ANSWER: Answer = {
  point: "Most neck pain from training comes from form, overuse, or an old problem, and gentle stretching helps.",
  detail: [
    "Stretch your neck, shoulders and upper back without forcing anything.",
    "Drink plenty of water and eat a balanced diet, so your muscles can repair.",
  ],
};

export const STRETCH_GUIDANCE_ANSWER: Answer = {
  point: "Stretch gently, and never into sharp pain.",
  detail: [
    "Move slowly, and skip overstretching, bouncing or forceful moves.",
    "A mild pull is right. Pain, tingling or numbness means stop.",
  ],
};
