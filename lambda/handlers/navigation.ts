import type { SkillHandler } from "./router";
import { FALLBACK, GOODBYE, HELP, pick } from "../../models/content/prompts";
import { respond } from "../conversation/respond";
import { turnOf } from "../conversation/turn";
import * as engine from "../routine/engine";
import { ask, tell } from "../speech/reply";
import { says } from "../speech/ssml";
import { perform } from "./actions";
import { isIntent } from "./matchers";
import { narrate } from "./routine-actions";
import { NextHandler } from "./routine";

/** Help: explains what to say, keeps the session and the routine position. */
export const HelpHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.HelpIntent"),
  handle(input) {
    const inRoutine = turnOf(input).record.routine !== null;
    return inRoutine
      ? respond(input, ask(says(HELP.routine), says(HELP.routineReprompt)), { offer: { kind: "resume" } })
      : respond(input, ask(says(HELP.general), says(HELP.reprompt)));
  },
};

/** Stop, Cancel, Home: a short goodbye; a routine's position stays saved. */
export const StopHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"),
  handle(input) {
    const { record } = turnOf(input);
    const text = record.routine
      ? GOODBYE.routineKept(engine.currentStep(record.routine).routine.name)
      : pick(GOODBYE.plain, record.visits);
    return respond(input, tell(says(text)), { disclaimer: false });
  },
};

/** Pause: keeps the position, confirms, ends the session. */
export const PauseHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.PauseIntent"),
  handle(input) {
    const { record } = turnOf(input);
    const text = record.routine
      ? GOODBYE.paused(engine.currentStep(record.routine).stretch.name)
      : pick(GOODBYE.plain, record.visits);
    return respond(input, tell(says(text)), { disclaimer: false });
  },
};

/** Repeat: the current stretch in a routine, else the last thing done, else help. */
export const RepeatHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.RepeatIntent"),
  handle(input) {
    const turn = turnOf(input);
    if (turn.record.routine) return narrate(input, says(), { ...turn.record.routine, continuous: false });
    if (turn.last) return perform(input, turn.last);
    return respond(input, ask(says(HELP.general), says(HELP.reprompt)));
  },
};

/** Yes: does what the last reply offered; in a routine with nothing offered, "yes, ready" moves on. */
export const YesHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.YesIntent"),
  handle(input) {
    const { offer, record } = turnOf(input);
    if (offer) return perform(input, offer);
    if (record.routine) return NextHandler.handle(input);
    return respond(input, ask(says(HELP.general), says(HELP.reprompt)));
  },
};

/** No: ends politely; a routine's position stays saved. */
export const NoHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.NoIntent"),
  handle(input) {
    const { record } = turnOf(input);
    return respond(input, tell(says(pick(GOODBYE.declined, record.visits))), { disclaimer: false });
  },
};

/** Fallback, and any intent this skill does not know: a useful way on. */
export const FallbackHandler: SkillHandler = {
  canHandle: (input) => isIntent(input, "AMAZON.FallbackIntent"),
  handle(input) {
    const inRoutine = turnOf(input).record.routine !== null;
    return inRoutine
      ? respond(input, ask(says(FALLBACK.routine), says(HELP.routineReprompt)))
      : respond(input, ask(says(FALLBACK.general), says(HELP.reprompt)));
  },
};

