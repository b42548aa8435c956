import type { SkillHandler } from "./router";
import { stretchById } from "../../models/content/stretches";
import { STRETCH_IDS, type StretchId } from "../../models/types";
import { readSlot } from "../conversation/slots";
import { respond } from "../conversation/respond";
import { turnOf } from "../conversation/turn";
import { lessonReply, listReply, unknownStretchReply } from "../speech/replies/stretch";
import { isIntent } from "./matchers";

/** The stretch picked when someone asks for "a neck stretch" without naming one. */
const FITTING_STRETCH: StretchId = "side-neck-stretch";

/** "How do I do a chin tuck": one stretch, taught step by step. */
export const TeachStretchHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "TeachStretchIntent"),
  handle(input) {
    const { id, heard } = readSlot(input, "stretch", STRETCH_IDS);
    if (!id && heard) return respond(input, unknownStretchReply(heard, turnOf(input).record.visits));
    // No name given: the stretch just offered if there is one, else a good one for a stiff neck.
    const offered = turnOf(input).offer;
    const stretch = stretchById(id ?? (offered?.kind === "teach" ? offered.stretch : FITTING_STRETCH));
    const { reply, offer } = lessonReply(stretch, id === undefined);
    return respond(input, reply, { offer, did: { kind: "teach", stretch: stretch.id } });
  },
};

export const ListStretchesHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "ListStretchesIntent"),
  handle: (input) => respond(input, listReply()),
};
