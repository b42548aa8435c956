import { RED_FLAG_TALK } from "../../../models/content/prompts";
import { EMERGENCY_ADVICE, RED_FLAG_ADVICE } from "../../../models/content/safety";
import type { RedFlag } from "../../../models/types";
import { tell, type Reply } from "../reply";
import { says } from "../ssml";

/**
 * A red-flag symptom: no stretching, a calm direction to medical care, the
 * emergency number when it may be urgent. Ends the session; a routine in
 * progress stays saved.
 */
export function redFlagReply(flag: RedFlag | undefined, routineKept: boolean): Reply {
  const advice = flag === undefined || flag.emergency ? EMERGENCY_ADVICE : RED_FLAG_ADVICE;
  return tell(
    says(advice.point, ...advice.detail, routineKept ? RED_FLAG_TALK.routineKept : ""),
    { title: "Please get checked", text: [advice.point, ...advice.detail].join(" ") },
  );
}
