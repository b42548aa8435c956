import type { SkillHandler } from "./router";
import { RED_FLAGS } from "../../models/content/safety";
import { RED_FLAG_IDS } from "../../models/types";
import { readSlot } from "../conversation/slots";
import { respond } from "../conversation/respond";
import { turnOf } from "../conversation/turn";
import { redFlagReply } from "../speech/replies/safety";
import { isIntent } from "./matchers";

/** Red-flag symptoms: medical direction, never a stretch, even mid-routine. */
export const RedFlagHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "RedFlagIntent"),
  handle(input) {
    const { id } = readSlot(input, "symptom", RED_FLAG_IDS);
    const flag = RED_FLAGS.find((f) => f.id === id);
    return respond(input, redFlagReply(flag, turnOf(input).record.routine !== null), { disclaimer: false });
  },
};
