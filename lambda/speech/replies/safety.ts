import type { Content } from "../../../models/content/content";
import type { RedFlag } from "../../../models/types";
import { tell, type Reply } from "../reply";
import { says } from "../ssml";

/**
 * A red-flag symptom: no stretching, a calm direction to medical care, the
 * local emergency number first when it may be urgent. Ends the session; a
 * routine in progress stays saved.
 */
export function redFlagReply(flag: RedFlag | undefined, routineKept: boolean, content: Content): Reply {
  const { safety, words } = content;
  const emergency = flag === undefined || flag.level === "emergency";
  const sentences = emergency
    ? [words.redFlag.callNow(safety.emergencyNumber), safety.emergencyAdvice.point, ...safety.emergencyAdvice.detail]
    : [safety.redFlagAdvice.point, ...safety.redFlagAdvice.detail, words.redFlag.ifWorse(safety.emergencyNumber)];
  return tell(says(...sentences, routineKept ? words.redFlag.routineKept : ""), {
    title: words.redFlag.cardTitle,
    text: sentences.join(" "),
  });
}
