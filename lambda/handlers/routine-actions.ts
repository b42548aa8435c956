import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { ROUTINE_TALK } from "../../models/content/prompts";
import type { RoutineId } from "../../models/types";
import { respond } from "../conversation/respond";
import { requestDay, turnOf } from "../conversation/turn";
import { recordStreak, type RoutineProgress } from "../persistence/user-record";
import * as engine from "../routine/engine";
import { ask } from "../speech/reply";
import { finishedReply, introSpeech, narrateFrom } from "../speech/replies/routine";
import { Speech, says } from "../speech/ssml";

/**
 * Routine moves shared by several handlers: start, resume, narrate a position,
 * finish. Each saves the position in the user record before it speaks.
 */

/** Narrates `progress` after `lead`, and saves the position reached. */
export function narrate(input: HandlerInput, lead: Speech, progress: RoutineProgress): Response {
  const turn = turnOf(input);
  const { reply, progress: reached } = narrateFrom(lead, engine.clamp(progress));
  turn.record = { ...turn.record, routine: reached };
  return respond(input, reply);
}

export function startRoutine(input: HandlerInput, routineId: RoutineId, continuous: boolean): Response {
  const turn = turnOf(input);
  const progress = engine.start(routineId, continuous);
  turn.record = { ...turn.record, usualRoutine: routineId };
  return narrate(input, introSpeech(progress), progress);
}

/** Picks up the saved routine at the saved stretch, in this session or a later one. */
export function resumeRoutine(input: HandlerInput): Response {
  const turn = turnOf(input);
  const saved = turn.record.routine;
  if (!saved) {
    return respond(input, ask(says(ROUTINE_TALK.nothingToResume), says(ROUTINE_TALK.notInRoutineReprompt)), {
      offer: { kind: "routine", routine: "quick" },
    });
  }
  const step = engine.currentStep(saved);
  return narrate(input, says(ROUTINE_TALK.resumeFrom(step.routine.name, step.index + 1, step.count)), saved);
}

/** "Next" past the last stretch: congratulate, count it, clear the position. */
export function finishRoutine(input: HandlerInput): Response {
  const turn = turnOf(input);
  const today = requestDay(input);
  const variant = turn.record.routinesFinished;
  turn.record = { ...recordStreak(turn.record, today), routine: null };
  return respond(input, finishedReply(turn.record, variant));
}

/** Not in a routine: offer the quick one. */
export function notInRoutine(input: HandlerInput): Response {
  return respond(input, ask(says(ROUTINE_TALK.notInRoutine), says(ROUTINE_TALK.notInRoutineReprompt)), {
    offer: { kind: "routine", routine: "quick" },
  });
}
