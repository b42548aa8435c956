import type { SkillHandler } from "./router";
import { ROUTINE_TALK } from "../../models/content/prompts";
import { ROUTINE_IDS } from "../../models/types";
import { readSlot } from "../conversation/slots";
import { respond } from "../conversation/respond";
import { turnOf } from "../conversation/turn";
import * as engine from "../routine/engine";
import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { perform } from "./actions";
import { isIntent } from "./matchers";
import { finishRoutine, narrate, notInRoutine, resumeRoutine, startRoutine } from "./routine-actions";

/** "Start my routine", "a quick routine", "the full routine": by name or length, else the usual, else ask. */
export const StartRoutineHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "StartRoutineIntent", "ContinuousRoutineIntent"),
  handle(input) {
    const turn = turnOf(input);
    const continuous = isIntent(input, "ContinuousRoutineIntent");
    const chosen = readSlot(input, "routine", ROUTINE_IDS).id;
    const routineId = chosen ?? (continuous ? turn.record.routine?.routineId : undefined) ?? turn.record.usualRoutine;
    if (!routineId) {
      return respond(input, ask(says(ROUTINE_TALK.choose), says(ROUTINE_TALK.chooseReprompt)));
    }
    // "Without stopping" during a routine carries on from the current stretch.
    const current = turn.record.routine;
    if (continuous && current && (!chosen || chosen === current.routineId)) {
      return narrate(input, says(), { ...current, continuous: true });
    }
    return startRoutine(input, routineId, continuous);
  },
};

/** "Next", "skip", "I'm ready". Outside a routine: the next stretch after one just taught. */
export const NextHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.NextIntent"),
  handle(input) {
    const turn = turnOf(input);
    const current = turn.record.routine;
    if (!current) {
      if (turn.offer?.kind === "teach") return perform(input, turn.offer);
      return notInRoutine(input);
    }
    const after = engine.next(current);
    if (after === "finished") return finishRoutine(input);
    return narrate(input, says(), after);
  },
};

/**
 * "Resume": in a new session ("Alexa, ask neck coach to resume", also the next
 * day) it picks up at the saved stretch; inside a session "continue" moves on.
 */
export const ResumeHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "ResumeRoutineIntent", "AMAZON.ResumeIntent"),
  handle(input) {
    const turn = turnOf(input);
    if (!turn.newSession && turn.record.routine) return NextHandler.handle(input);
    return resumeRoutine(input);
  },
};

export const PreviousHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.PreviousIntent"),
  handle(input) {
    const current = turnOf(input).record.routine;
    if (!current) return notInRoutine(input);
    const first = engine.currentStep(current).index === 0;
    return narrate(input, says(first ? ROUTINE_TALK.alreadyFirst : ROUTINE_TALK.back), engine.back(current));
  },
};

export const StartOverHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.StartOverIntent"),
  handle(input) {
    const turn = turnOf(input);
    const current = turn.record.routine;
    if (current) return narrate(input, says(ROUTINE_TALK.startOver), engine.startOver(current));
    if (turn.record.usualRoutine) return startRoutine(input, turn.record.usualRoutine, false);
    return notInRoutine(input);
  },
};

export const WhatsNextHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "WhatsNextIntent"),
  handle(input) {
    const current = turnOf(input).record.routine;
    if (!current) return notInRoutine(input);
    const upcoming = engine.upcoming(current);
    const text = upcoming ? ROUTINE_TALK.whatsNext(upcoming.stretch.name) : ROUTINE_TALK.whatsNextLast;
    return respond(input, ask(says(text), says(ROUTINE_TALK.nextReprompt)));
  },
};

export const HowManyLeftHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "HowManyLeftIntent"),
  handle(input) {
    const current = turnOf(input).record.routine;
    if (!current) return notInRoutine(input);
    const left = engine.remaining(current);
    const { routine } = engine.currentStep(current);
    const minutes = Math.round((routine.minutes * left) / routine.items.length);
    return respond(input, ask(says(ROUTINE_TALK.howManyLeft(left, minutes)), says(ROUTINE_TALK.nextReprompt)));
  },
};
