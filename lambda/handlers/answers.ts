import type { SkillHandler } from "./router";
import { exerciseById } from "../../models/content/exercises";
import type { IntentName } from "../../models/language/types";
import { EXERCISE_IDS } from "../../models/types";
import type { Topic } from "../conversation/offer";
import { readSlot } from "../conversation/slots";
import { respond } from "../conversation/respond";
import { exerciseReply } from "../speech/replies/answers";
import { perform } from "./actions";
import { intentNameOf, isIntent } from "./matchers";

/** "Why does my neck hurt after deadlifts": the exercise's note when one is named, else the causes in general. */
export const NeckPainCauseHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "NeckPainCauseIntent"),
  handle(input) {
    const { id } = readSlot(input, "exercise", EXERCISE_IDS);
    if (!id) return perform(input, { kind: "answer", topic: "causes" });
    const { reply, offer } = exerciseReply(exerciseById(id), "cause");
    return respond(input, reply, { offer });
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
export const TopicHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, ...TOPIC_INTENTS),
  handle(input) {
    // "How do I protect my neck during deadlifts": that exercise's safety note.
    const { id } = isIntent(input, "PreventionIntent") ? readSlot(input, "exercise", EXERCISE_IDS) : {};
    if (id) {
      const { reply, offer } = exerciseReply(exerciseById(id), "prevention");
      return respond(input, reply, { offer });
    }
    const topic = TOPIC_OF_INTENT.get(intentNameOf(input) as IntentName) ?? "causes";
    return perform(input, { kind: "answer", topic });
  },
};
