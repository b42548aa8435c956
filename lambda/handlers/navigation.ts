import { pick } from "../../models/content/prompts";
import * as engine from "../routine/engine";
import { ask, tell } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { outcome, type Context, type Handler, type Outcome } from "../turn/outcome";
import { perform, sayAgain } from "./actions";
import { narrate } from "./routine-actions";
import { NextHandler } from "./routine";

/** The general help line, which keeps the session open. */
export function generalHelp(context: Context): Outcome {
  const { help } = context.content.words;
  return outcome(context, ask(says(help.general), says(help.reprompt)));
}

/** Help: explains what to say, keeps the session and the routine position. */
export const HelpHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.HelpIntent"),
  handle(context) {
    const { help } = context.content.words;
    if (context.record.routine === null) return generalHelp(context);
    return outcome(context, ask(says(help.routine), says(help.routineReprompt)), { offered: { kind: "resume" } });
  },
};

/** Stop, Cancel, Home: a short goodbye; a routine's position stays saved. */
export const StopHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"),
  handle(context) {
    const { record, content } = context;
    const { goodbye } = content.words;
    const text = record.routine
      ? goodbye.routineKept(content.routine(record.routine.routineId).name)
      : pick(goodbye.plain, record.visits);
    return outcome(context, tell(says(text)), { disclaimer: "not-now" });
  },
};

/** Pause: keeps the position, confirms, ends the session. */
export const PauseHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.PauseIntent"),
  handle(context) {
    const { record, content } = context;
    const { goodbye } = content.words;
    const text = record.routine
      ? goodbye.paused(content.stretch(engine.currentStep(record.routine).stretch.id).name)
      : pick(goodbye.plain, record.visits);
    return outcome(context, tell(says(text)), { disclaimer: "not-now" });
  },
};

/** Repeat: the current stretch in a routine, else the last thing said, else help. */
export const RepeatHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.RepeatIntent"),
  handle(context) {
    const { record, dialog } = context;
    if (record.routine) return narrate(context, says(), { ...record.routine, continuous: false });
    if (dialog.said) return sayAgain(context, dialog.said);
    return generalHelp(context);
  },
};

/** Yes: does what the last reply offered; in a routine with nothing offered, "yes, ready" moves on. */
export const YesHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.YesIntent"),
  handle(context) {
    if (context.dialog.offered) return perform(context, context.dialog.offered);
    if (context.record.routine) return NextHandler.handle(context);
    return generalHelp(context);
  },
};

/** No: ends politely; a routine's position stays saved. */
export const NoHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.NoIntent"),
  handle(context) {
    return outcome(context, tell(says(pick(context.content.words.goodbye.declined, context.record.visits))), { disclaimer: "not-now" });
  },
};

/** Fallback, any intent this skill does not know, and any other request in a session: a useful way on. */
export const FallbackHandler: Handler = {
  canHandle: () => true,
  handle(context) {
    const { fallback, help } = context.content.words;
    return context.record.routine !== null
      ? outcome(context, ask(says(fallback.routine), says(help.routineReprompt)))
      : outcome(context, ask(says(fallback.general), says(help.reprompt)));
  },
};
