import { STRETCH_IDS } from "../../models/types";
import { isIntent, slotOf } from "../turn/request";
import { buildOutcome, type Handler } from "../turn/outcome";
import { lessonReply, listReply, unknownStretchReply } from "../speech/replies/stretch";

/** "How do I do a chin tuck": one stretch, taught step by step. */
export const TeachStretchHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "TeachStretchIntent"),
  handle(context) {
    const { content, dialog, record } = context;
    const { id, heard } = slotOf(context.request, "stretch", STRETCH_IDS);
    if (!id && heard) return buildOutcome(context, unknownStretchReply(heard, record.visits, content));
    // No name given: the stretch just offered if there is one, else the content's pick for a stiff neck.
    const offered = dialog.offered?.kind === "teach" ? dialog.offered.stretch : undefined;
    const stretch = content.stretch(id ?? offered ?? content.defaultStretch);
    const { reply, offer } = lessonReply(stretch, id === undefined, content, record.pace);
    return buildOutcome(context, reply, { offered: offer, said: { kind: "lesson", stretch: stretch.id } });
  },
};

export const ListStretchesHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "ListStretchesIntent"),
  handle: (context) => buildOutcome(context, listReply(context.content)),
};
