import { RED_FLAG_IDS } from "../../models/types";
import { isIntent, slotOf } from "../turn/request";
import { outcome, type Handler } from "../turn/outcome";
import { redFlagReply } from "../speech/replies/safety";

/** Red-flag symptoms: medical direction, never a stretch, even mid-routine. */
export const RedFlagHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "RedFlagIntent"),
  handle(context) {
    const { id } = slotOf(context.request, "symptom", RED_FLAG_IDS);
    const flag = context.content.redFlags.find((f) => f.id === id);
    return outcome(context, redFlagReply(flag, context.record.routine !== null, context.content), { disclaimer: "not-now" });
  },
};
