import type { IntentName } from "../../models/language/types";
import { CAUSE_IDS, EXERCISE_IDS, HABIT_IDS } from "../../models/types";
import type { Topic } from "../turn/dialog";
import { isIntent, slotOf } from "../turn/request";
import type { Handler } from "../turn/outcome";
import { sayAgain } from "./actions";

/** "Why does my neck hurt after deadlifts", "can bad posture hurt my neck": that lift or that cause, else the causes. */
export const NeckPainCauseHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "NeckPainCauseIntent"),
  handle(context) {
    const exercise = slotOf(context.request, "exercise", EXERCISE_IDS).id;
    if (exercise) return sayAgain(context, { kind: "exercise", exercise, focus: "cause" });
    const cause = slotOf(context.request, "cause", CAUSE_IDS).id;
    if (cause) return sayAgain(context, { kind: "cause", cause });
    return sayAgain(context, { kind: "answer", topic: "causes" });
  },
};

/** "How do I protect my neck during deadlifts", "does foam rolling help": that lift, that habit, else prevention. */
export const PreventionHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "PreventionIntent"),
  handle(context) {
    const exercise = slotOf(context.request, "exercise", EXERCISE_IDS).id;
    if (exercise) return sayAgain(context, { kind: "exercise", exercise, focus: "prevention" });
    const habit = slotOf(context.request, "habit", HABIT_IDS).id;
    if (habit) return sayAgain(context, { kind: "habit", habit });
    return sayAgain(context, { kind: "answer", topic: "prevention" });
  },
};

/** Intents that each answer one topic. */
const TOPIC_OF_INTENT: ReadonlyMap<IntentName, Topic> = new Map<IntentName, Topic>([
  ["ReliefIntent", "relief"],
  ["ProfessionalHelpIntent", "professional"],
  ["KeyTakeawaysIntent", "takeaways"],
  ["StrainingLiftsIntent", "straining-lifts"],
  ["IceOrHeatIntent", "ice-or-heat"],
  ["PainMedicineIntent", "pain-medicine"],
  ["SorenessDurationIntent", "soreness-duration"],
  ["NutritionIntent", "nutrition"],
  ["StretchSafelyIntent", "stretch-guidance"],
]);
const TOPIC_INTENTS: readonly IntentName[] = [...TOPIC_OF_INTENT.keys()];

/**
 * What to do now ("my neck is killing me" is ordinary soreness: care, then a
 * gentle stretch), when to see a professional, the lifts that strain the neck,
 * ice or heat, pain relievers, how long soreness lasts, water and food, how to stretch safely.
 */
export const TopicHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, ...TOPIC_INTENTS),
  handle(context) {
    const topic = TOPIC_OF_INTENT.get(context.request.intent as IntentName) ?? "causes";
    return sayAgain(context, { kind: "answer", topic });
  },
};
