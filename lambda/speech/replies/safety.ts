import type { Content } from "../../../models/content/content";
import type { RedFlag } from "../../../models/types";
import { tell, type Reply } from "../reply";
import { says } from "../ssml";

/**
 * A warning sign: no stretching, a calm direction to care at the right
 * urgency. Emergency: the local number first, and "keep your neck still" only
 * after an injury. Soon: a doctor in the next few days. Dizziness alone: stop,
 * sit, rest. Ends the session; a routine in progress stays saved, and the
 * reply says so only when it is (`ifUnsaved` otherwise).
 */
export function redFlagReply(flag: RedFlag | undefined, inRoutine: boolean, content: Content): { reply: Reply; ifUnsaved: Reply } {
  const { safety, words, triage } = content;
  const level = flag?.level ?? "emergency";
  const sentences =
    level === "emergency"
      ? [words.redFlag.callNow(safety.emergencyNumber), ...triage.emergency.say, ...(flag?.id === "injury" ? triage.injury.say : [])]
      : level === "soon"
        ? [safety.redFlagAdvice.point, ...safety.redFlagAdvice.detail, ...triage.soon.say, words.redFlag.ifWorse(safety.emergencyNumber)]
        : [...triage.dizziness.say, content.warningSigns.dizzinessWith(safety.emergencyNumber)];
  const card = { title: words.redFlag.cardTitle, text: sentences.join(" ") };
  return {
    reply: tell(says(...sentences, inRoutine ? words.redFlag.routineKept : ""), card),
    ifUnsaved: tell(says(...sentences), card),
  };
}
