/** Waiting and ending: the session, the place and the user's progress are never lost to "wait" or "I'm done". */
import { pick } from "../speech/wording";
import * as engine from "../routine/engine";
import { tell } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { buildOutcome, routineRunning, type Handler } from "../turn/outcome";
import { finishRoutine, lastStretchDone, waitOutcome } from "./moves";

/** "Wait", "hang on", "give me a second": keep everything, listen again. */
export const WaitHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "WaitIntent"),
  handle: waitOutcome,
};

/**
 * "I'm done", "that's enough for today", in a routine running in this session:
 * what was done (not the stretch that hurt), and, only once it is saved, that
 * the place is kept; on the last stretch, the routine finished. Otherwise a goodbye.
 */
export const EndRoutineHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "EndRoutineIntent"),
  handle(context) {
    const { record, content } = context;
    const { end, goodbye } = content.words;
    // A routine saved on another visit was not being done now: a goodbye, and it stays saved.
    if (!record.routine || !routineRunning(context))
      return buildOutcome(context, tell(says(pick(goodbye.plain, record.visits))), { disclaimer: "not-now" });
    // Done on the last stretch is the routine finished, not a place to come back to.
    if (lastStretchDone(context)) return finishRoutine(context);
    // The stretch that hurt is not counted as done.
    const step = engine.currentStep(record.routine);
    const { name, stepKind } = content.routine(step.routine.id);
    const done = end.done(step.index + (context.dialog.hurt ? 0 : 1), step.count, name, stepKind);
    return buildOutcome(context, tell(says(done, end.kept)), {
      disclaimer: "not-now",
      ifUnsaved: tell(says(done, end.unsaved)),
    });
  },
};
