/**
 * Routine moves shared by several handlers: start, resume, narrate a position,
 * finish. Each returns the outcome with the position reached in the record.
 */
import type { RoutineId } from "../../models/types";
import { recordStreak, type RoutineProgress } from "../persistence/user-record";
import { offerReminder } from "./reminder";
import * as engine from "../routine/engine";
import { ask, tell } from "../speech/reply";
import { finishedSpeech, introSpeech, narrateFrom } from "../speech/replies/routine";
import { Speech, says } from "../speech/ssml";
import { outcome, type Context, type Outcome } from "../turn/outcome";

/** Narrates `progress` after `lead`, and keeps the position reached; straight through, the last part also finishes. */
export function narrate(context: Context, lead: Speech, progress: RoutineProgress, stepLead?: string): Outcome {
  const { reply, progress: reached, finished } = narrateFrom(lead, engine.clamp(progress), context.content, context.record.pace, stepLead);
  if (finished) return finishRoutine(context, reply.speech);
  return outcome(context, reply, { record: { ...context.record, routine: reached } });
}

export function startRoutine(context: Context, routineId: RoutineId, continuous: boolean): Outcome {
  const progress = engine.start(routineId, continuous);
  const started = { ...context, record: { ...context.record, usualRoutine: routineId } };
  return narrate(started, introSpeech(progress, context.content, context.record.pace), progress);
}

/**
 * Picks up the saved routine, in this session or a later one, at the first
 * stretch not yet done: the one after the last stretch spoken.
 */
export function resumeRoutine(context: Context): Outcome {
  const saved = context.record.routine;
  const talk = context.content.words.routine;
  if (!saved) {
    return outcome(context, ask(says(talk.nothingToResume), says(talk.notInRoutineReprompt)), {
      offered: { kind: "routine", routine: "quick" },
    });
  }
  const after = engine.next(saved);
  const lead = says(talk.resumeFrom(context.content.routine(saved.routineId).name));
  if (after === "finished") return finishRoutine(context, lead);
  return narrate(context, lead, after);
}

/** Every this many stretch routines finished, the strength routine is offered. */
export const STRENGTH_OFFER_EVERY = 3;

/** After a few finished stretch routines (never after the strength routine itself), offer some strength work. */
export function offersStrength(finishedCount: number, finished: RoutineId | undefined): boolean {
  return finished !== undefined && finished !== "strength" && finishedCount > 0 && finishedCount % STRENGTH_OFFER_EVERY === 0;
}

/** Past the last stretch: congratulate, count it, clear the position; after a few stretch routines, offer the strength routine; otherwise, the first time, a daily reminder. */
export function finishRoutine(context: Context, lead: Speech = new Speech()): Outcome {
  const variant = context.record.routinesFinished;
  const record = { ...recordStreak(context.record, context.request.day), routine: null };
  const talk = context.content.words.routine;
  if (offersStrength(record.routinesFinished, context.record.routine?.routineId)) {
    const speech = lead.append(finishedSpeech(record, variant, context.content, context.request.hour, talk.offerStrength));
    return outcome(context, ask(speech, says(talk.offerStrength)), { record, offered: { kind: "routine", routine: "strength" } });
  }
  return offerReminder(context, outcome(context, tell(lead.append(finishedSpeech(record, variant, context.content, context.request.hour))), { record }));
}

/**
 * A routine is running in this session: one is under way, this is not the
 * first turn of a new session, and it is not merely saved and offered again.
 * Only then does the skill talk as if a routine were open ("say next").
 */
export function routineRunning({ record, request, dialog }: Context): boolean {
  return record.routine !== null && !request.newSession && dialog.offered?.kind !== "resume";
}

/** Not in a routine: offer the quick one. */
export function notInRoutine(context: Context): Outcome {
  const talk = context.content.words.routine;
  return outcome(context, ask(says(talk.notInRoutine), says(talk.notInRoutineReprompt)), {
    offered: { kind: "routine", routine: "quick" },
  });
}
