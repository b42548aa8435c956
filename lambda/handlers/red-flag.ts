/**
 * Warning signs, in levels (models/content/triage.ts names each rule's sources):
 * an emergency gets the local number first; a see-a-doctor-soon sign gets that;
 * dizziness alone gets stop, sit, rest. Never a stretch, even mid-routine, whose
 * place stays saved. A question about the signs is information, not a symptom.
 */
import { RED_FLAG_IDS } from "../../models/types";
import { ask } from "../speech/reply";
import { redFlagReply } from "../speech/replies/safety";
import { says } from "../speech/ssml";
import { isIntent, slotOf } from "../turn/request";
import { outcome, type Handler } from "../turn/outcome";
import { sayAgain } from "./actions";

export const RedFlagHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "RedFlagIntent"),
  handle(context) {
    const { id } = slotOf(context.request, "symptom", RED_FLAG_IDS);
    const flag = context.content.redFlags.find((f) => f.id === id);
    const { reply, ifUnsaved } = redFlagReply(flag, context.record.routine !== null, context.content);
    return outcome(context, reply, { disclaimer: "not-now", ifUnsaved });
  },
};

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
