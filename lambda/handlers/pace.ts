/** "Slower", "hold it longer", "just count": the pace changes from the current stretch on, and is remembered. */
import { PACE_CHANGES } from "../../models/content/pacing";
import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { PACE_IDS } from "../../models/types";
import { isIntent, slotOf } from "../turn/request";
import { samePace } from "../persistence/user-record";
import * as engine from "../routine/engine";
import { buildOutcome, routineRunning, type Handler } from "../turn/outcome";
import { narrate } from "./moves";

export const PaceHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "PaceIntent"),
  handle(context) {
    const talk = context.content.words.pace;
    const { id: choice } = slotOf(context.request, "pace", PACE_IDS);
    if (!choice) {
      const reprompt = context.record.routine ? context.content.words.routine.nextReprompt : talk.reprompt;
      return buildOutcome(context, ask(says(talk.unknown), says(reprompt)));
    }
    const before = context.record.pace;
    const pace = { ...before, ...PACE_CHANGES[choice] };
    if (samePace(pace, before)) {
      // Nothing would change: say so, and in a routine, what to say next; the stretch is not played again.
      const reprompt = routineRunning(context) ? context.content.words.routine.nextReprompt : talk.reprompt;
      return buildOutcome(context, ask(says(talk.already[choice], reprompt), says(reprompt)));
    }
    const confirm = talk.confirm[choice];
    const record = { ...context.record, pace };
    const paced = { ...context, record };
    // Longer or shorter holds asked during a stretch that has no hold: kept for the next one that does, no replay.
    const current = record.routine && routineRunning(context) ? engine.currentStep(record.routine).stretch : undefined;
    const holdsOnly = choice === "longer-holds" || choice === "shorter-holds";
    if (current && holdsOnly && !current.movements.some((m) => m.kind === "hold")) {
      const { routine } = context.content.words;
      return buildOutcome(paced, ask(says(confirm, talk.noHoldHere, routine.nextReprompt), says(routine.nextReprompt)));
    }
    // In a routine: the current stretch again, at the new pace.
    if (record.routine)
      return narrate(
        paced,
        says(confirm),
        { ...record.routine, continuous: false },
        context.content.words.routine.repeatLead,
      );
    return buildOutcome(paced, ask(says(confirm, talk.fromNext), says(talk.reprompt)));
  },
};
