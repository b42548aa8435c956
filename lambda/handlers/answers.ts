import type { IntentName } from "../../models/language/types";
import { EXERCISE_IDS } from "../../models/types";
import type { Topic } from "../turn/dialog";
import { isIntent, slotOf } from "../turn/request";
import { outcome, type Handler } from "../turn/outcome";
import { exerciseReply } from "../speech/replies/answers";
import { sayAgain } from "./actions";

/** "Why does my neck hurt after deadlifts": the exercise's note when one is named, else the causes in general. */
export const NeckPainCauseHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "NeckPainCauseIntent"),
  handle(context) {
    const { id } = slotOf(context.request, "exercise", EXERCISE_IDS);
    if (!id) return sayAgain(context, { kind: "answer", topic: "causes" });
    const { reply, offer } = exerciseReply(context.content.exercise(id), "cause", context.content);
    return outcome(context, reply, { offered: offer });
  },
};

const TOPIC_OF_INTENT: ReadonlyMap<IntentName, Topic> = new Map<IntentName, Topic>([
  ["PreventionIntent", "prevention"],
  ["ReliefIntent", "relief"],
  ["ProfessionalHelpIntent", "professional"],
  ["KeyTakeawaysIntent", "takeaways"],
]);
const TOPIC_INTENTS: readonly IntentName[] = [...TOPIC_OF_INTENT.keys()];

/** Prevention, what to do now, when to see a professional, the key takeaways. */
export const TopicHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, ...TOPIC_INTENTS),
  handle(context) {
    const { request, content } = context;
    // "How do I protect my neck during deadlifts": that exercise's safety note.
    const { id } = isIntent(request, "PreventionIntent") ? slotOf(request, "exercise", EXERCISE_IDS) : {};
    if (id) {
      const { reply, offer } = exerciseReply(content.exercise(id), "prevention", content);
      return outcome(context, reply, { offered: offer });
    }
    const topic = TOPIC_OF_INTENT.get(request.intent as IntentName) ?? "causes";
    return sayAgain(context, { kind: "answer", topic });
  },
};
