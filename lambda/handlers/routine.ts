import { ROUTINE_IDS } from "../../models/types";
import * as engine from "../routine/engine";
import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent, slotOf } from "../turn/request";
import type { RoutineProgress } from "../persistence/user-record";
import { unreachable, type Note, type Offer } from "../turn/dialog";
import { buildOutcome, routineRunning, type Handler, type Outcome, type TurnInput } from "../turn/outcome";
import { routineLength } from "../speech/replies/routine";
import {
  finishRoutine,
  narrate,
  nextStretch,
  notInRoutine,
  offeredRoutine,
  offerResume,
  perform,
  resumeRoutine,
  startRoutine,
} from "./moves";

/** "Start my routine", "a quick routine", "the full routine": by name or length, else the one just offered, else the usual, else ask. */
export const StartRoutineHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "StartRoutineIntent", "ContinuousRoutineIntent"),
  handle(context) {
    const { request, record, content } = context;
    const continuous = isIntent(request, "ContinuousRoutineIntent");
    const chosen = slotOf(request, "routine", ROUTINE_IDS).id;
    const routineId =
      chosen ?? (continuous ? record.routine?.routineId : undefined) ?? offeredRoutine(context) ?? record.usualRoutine;
    if (!routineId) {
      const talk = content.words.routine;
      const menu = content.routines.map((r) => ({ name: r.name, length: routineLength(r.id, content, record.pace) }));
      return buildOutcome(
        context,
        ask(says(talk.choose(menu)), says(talk.chooseReprompt(content.routines.map((r) => r.name)))),
      );
    }
    // "Without stopping" during a routine, or over one saved, carries on after the stretch last done.
    const current = record.routine;
    if (continuous && current && (!chosen || chosen === current.routineId)) {
      const after = engine.next(current);
      if (after === "finished") return finishRoutine(context);
      return narrate(context, says(), { ...after, continuous: true });
    }
    return startRoutine(context, routineId, continuous);
  },
};

/** "Next", "skip", "I'm ready". Outside a routine: the next stretch after one just taught. */
export const NextHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.NextIntent"),
  handle: nextStretch,
};

/** The offers a "carry on" takes up when no routine is saved; never a deletion, a reminder or a screening question. */
const CARRY_ON_TAKES: ReadonlySet<Offer["kind"]> = new Set(["teach", "routine", "answer", "lifter"]);

/**
 * "Resume": a routine saved on another visit ("Alexa, ask neck coach to
 * resume", also the next day, or after a question in this session) is picked
 * up at the saved stretch with a welcome back; while a routine runs in this
 * session, "continue" moves on.
 */
export const ResumeHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "ResumeRoutineIntent", "AMAZON.ResumeIntent"),
  handle(context) {
    const current = context.record.routine;
    if (current && routineRunning(context) && isIntent(context.request, "ResumeRoutineIntent"))
      return routineNote(context, current, "where-you-are");
    if (current && routineRunning(context)) return nextStretch(context);
    // "Carry on", "go on" with no routine, after an offer of a lesson, a routine or an answer: that offer.
    const offered = context.dialog.offered;
    const carryOn = isIntent(context.request, "AMAZON.ResumeIntent");
    if (!current && carryOn && offered && CARRY_ON_TAKES.has(offered.kind)) return perform(context, offered);
    return resumeRoutine(context);
  },
};

export const PreviousHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.PreviousIntent"),
  handle(context) {
    const current = context.record.routine;
    if (!current) return notInRoutine(context);
    const talk = context.content.words.routine;
    const step = engine.currentStep(current);
    const lead = says(step.index === 0 ? talk.alreadyFirst(step.routine.stepKind) : talk.back);
    return narrate(context, lead, engine.back(current), talk.backLead);
  },
};

export const StartOverHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.StartOverIntent"),
  handle(context) {
    const { record } = context;
    // "Start it" after "Shall we start the strength routine?": that one, unless a routine is under way.
    const offered = offeredRoutine(context);
    if (offered && !routineRunning(context)) return startRoutine(context, offered, false);
    if (record.routine)
      return narrate(context, says(context.content.words.routine.startOver), engine.startOver(record.routine));
    if (record.usualRoutine) return startRoutine(context, record.usualRoutine, false);
    return notInRoutine(context);
  },
};

export const WhatsNextHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "WhatsNextIntent"),
  handle(context) {
    const current = context.record.routine;
    if (!current) return notInRoutine(context);
    // Saved on another visit: where it stopped, and the question before anything moves.
    if (!routineRunning(context)) return offerResume(context, current);
    return routineNote(context, current, "whats-next");
  },
};

export const HowManyLeftHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "HowManyLeftIntent"),
  handle(context) {
    const current = context.record.routine;
    if (!current) return notInRoutine(context);
    if (routineRunning(context)) return routineNote(context, current, "how-many-left");
    const { left, length, stepKind } = whatIsLeft(context, current);
    return offerResume(context, current, context.content.words.routine.leftToDo(left, length, stepKind));
  },
};

/**
 * A short answer about the running routine, without moving on: where you are,
 * what's next, how many are left. "Repeat" right after says it again.
 */
export function routineNote(context: TurnInput, current: RoutineProgress, note: Note): Outcome {
  const talk = context.content.words.routine;
  return buildOutcome(context, ask(says(routineNoteText(context, current, note)), says(talk.nextReprompt)), {
    noted: note,
  });
}

/** The stretches or exercises left after the current one, and how long they take at the user's pace. */
function whatIsLeft(context: TurnInput, current: RoutineProgress) {
  const { content, record } = context;
  return {
    left: engine.remaining(current),
    length: routineLength(current.routineId, content, record.pace, current.index + 1),
    stepKind: content.routine(current.routineId).stepKind,
  };
}

/** What routineNote says. */
export function routineNoteText(context: TurnInput, current: RoutineProgress, note: Note): string {
  const { content } = context;
  const talk = content.words.routine;
  const step = engine.currentStep(current);
  const upcoming = engine.upcoming(current);
  const { stepKind } = step.routine;
  const nameOf = (s: engine.Step) => content.stretch(s.stretch.id).name;
  switch (note) {
    case "where-you-are":
      return talk.whereYouAre(step.index + 1, step.count, nameOf(step), upcoming && nameOf(upcoming), stepKind);
    case "whats-next":
      return upcoming ? talk.whatsNext(nameOf(upcoming)) : talk.whatsNextLast(stepKind);
    case "how-many-left": {
      const { left, length } = whatIsLeft(context, current);
      return talk.howManyLeft(left, length, stepKind);
    }
    default:
      return unreachable(note);
  }
}
