/**
 * Routine moves shared by several handlers: start, resume, narrate a position,
 * finish. Each returns the outcome with the position reached in the record.
 */
import type { RoutineId } from "../../models/types";
import { recordStreak, type RoutineProgress } from "../persistence/user-record";
import * as engine from "../routine/engine";
import { ask } from "../speech/reply";
import { finishedReply, introSpeech, narrateFrom } from "../speech/replies/routine";
import { Speech, says } from "../speech/ssml";
import { outcome, type Context, type Outcome } from "../turn/outcome";

/** Narrates `progress` after `lead`, and keeps the position reached. */
export function narrate(context: Context, lead: Speech, progress: RoutineProgress): Outcome {
  const { reply, progress: reached } = narrateFrom(lead, engine.clamp(progress), context.content);
  return outcome(context, reply, { record: { ...context.record, routine: reached } });
}

export function startRoutine(context: Context, routineId: RoutineId, continuous: boolean): Outcome {
  const progress = engine.start(routineId, continuous);
  const started = { ...context, record: { ...context.record, usualRoutine: routineId } };
  return narrate(started, introSpeech(progress, context.content), progress);
}

/** Picks up the saved routine at the saved stretch, in this session or a later one. */
export function resumeRoutine(context: Context): Outcome {
  const saved = context.record.routine;
  const talk = context.content.words.routine;
  if (!saved) {
    return outcome(context, ask(says(talk.nothingToResume), says(talk.notInRoutineReprompt)), {
      offered: { kind: "routine", routine: "quick" },
    });
  }
  const step = engine.currentStep(saved);
  const name = context.content.routine(step.routine.id).name;
  return narrate(context, says(talk.resumeFrom(name, step.index + 1, step.count)), saved);
}

/** "Next" past the last stretch: congratulate, count it, clear the position. */
export function finishRoutine(context: Context): Outcome {
  const variant = context.record.routinesFinished;
  const record = { ...recordStreak(context.record, context.request.day), routine: null };
  return outcome(context, finishedReply(record, variant, context.content), { record });
}

/** Not in a routine: offer the quick one. */
export function notInRoutine(context: Context): Outcome {
  const talk = context.content.words.routine;
  return outcome(context, ask(says(talk.notInRoutine), says(talk.notInRoutineReprompt)), {
    offered: { kind: "routine", routine: "quick" },
  });
}
