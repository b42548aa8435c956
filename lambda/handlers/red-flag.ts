/**
 * Warning signs, in levels (models/content/triage.ts names each rule's sources):
 * an emergency gets the local number first; a see-a-doctor-soon sign gets that;
 * dizziness alone gets stop, sit, rest. Never a stretch, even mid-routine, whose
 * place stays saved. A sign not recognised gets how to tell the urgency. A
 * question about the signs is information, not a symptom.
 */
import { RED_FLAG_IDS } from "../../models/types";
import { ask } from "../speech/reply";
import { redFlagReply } from "../speech/replies/safety";
import { says } from "../speech/ssml";
import { isIntent, slotOf } from "../turn/request";
import { outcome, type Context, type Handler, type Outcome } from "../turn/outcome";
import { sayAgain } from "./actions";

export const RedFlagHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "RedFlagIntent"),
  handle(context) {
    const { id } = slotOf(context.request, "symptom", RED_FLAG_IDS);
    const flag = context.content.redFlags.find((f) => f.id === id);
    if (!flag) return unclearSign(context);
    const { reply, ifUnsaved } = redFlagReply(flag, context.record.routine !== null, context.content);
    return outcome(context, reply, { disclaimer: "not-now", ifUnsaved });
  },
};

/**
 * A sign said in words the skill does not know ("my neck feels wrecked" heard
 * as a warning sign, its symptom unmatched): neither an emergency nor nothing.
 * Mid-routine the stretch stops; then when to call the emergency number, when
 * to see a doctor soon, and help if it is ordinary soreness. The session and
 * any routine go on.
 */
function unclearSign(context: Context): Outcome {
  const { words, warningSigns, safety } = context.content;
  const question = words.answer.offerRelief;
  const speech = says(
    context.record.routine ? words.discomfort.nothingToEase : "",
    words.redFlag.unclear,
    warningSigns.emergencyList(safety.emergencyNumber),
    warningSigns.soonList,
    words.redFlag.ifOrdinary,
    question,
  );
  return outcome(context, ask(speech, says(question, words.answer.yesNoReprompt)), { offered: { kind: "answer", topic: "relief" }, disclaimer: "not-now" });
}

/** "What are the warning signs", "is tingling serious": the signs, or that sign's level; the session and the routine go on. */
export const WarningSignsHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "WarningSignsIntent"),
  handle(context) {
    const { id } = slotOf(context.request, "symptom", RED_FLAG_IDS);
    const flag = context.content.redFlags.find((f) => f.id === id);
    const { warningSigns, safety, words } = context.content;
    if (!flag && !context.record.routine) return sayAgain(context, { kind: "answer", topic: "warning-signs" });
    const sentences = flag
      ? [
          flag.level === "emergency"
            ? warningSigns.aboutEmergency(flag.name, safety.emergencyNumber)
            : flag.level === "soon"
              ? warningSigns.aboutSoon(flag.name)
              : warningSigns.aboutDizziness(safety.emergencyNumber),
        ]
      : [warningSigns.soonList, warningSigns.emergencyList(safety.emergencyNumber)];
    const prompt = context.record.routine ? words.topic.routineGoesOn : words.topic.warningSignsReprompt;
    return outcome(context, ask(says(...sentences, prompt), says(prompt)), {
      said: { kind: "answer", topic: "warning-signs" },
    });
  },
};
