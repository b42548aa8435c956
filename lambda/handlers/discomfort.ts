/**
 * Pain in the middle of a stretch: stop at once, ease out, breathe; then a
 * gentler version, skipping it, or stopping. Never "say next" to pain, nor an
 * answer about soreness in general.
 * (Tingling, numbness, weakness or dizziness are warning signs: red-flag.ts.)
 */
import type { StretchId } from "../../models/types";
import * as engine from "../routine/engine";
import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { buildOutcome, routineRunning, type TurnInput, type Handler, type Outcome } from "../turn/outcome";

/** The stretch the user is doing now: the running routine's current one, else the one just taught. */
function stretchInHand(context: TurnInput): StretchId | undefined {
  if (context.record.routine && routineRunning(context)) return engine.currentStep(context.record.routine).stretch.id;
  return context.dialog.said?.kind === "lesson" ? context.dialog.said.stretch : undefined;
}

/**
 * Soreness said while doing a stretch ("my neck is sore", "this hurts my neck a
 * lot", heard as ReliefIntent) is pain in the stretch: the same stop. Doing a
 * stretch means, in this session, one was just taught or a routine is under way
 * (and not merely saved from an earlier day and offered again).
 */
function sorenessInAStretch(context: TurnInput): boolean {
  if (!isIntent(context.request, "ReliefIntent") || context.request.newSession) return false;
  return context.dialog.said?.kind === "lesson" || routineRunning(context);
}

export const DiscomfortHandler: Handler = {
  canHandle: (context) => isIntent(context.request, "DiscomfortIntent") || sorenessInAStretch(context),
  handle(context) {
    const talk = context.content.words.discomfort;
    const stretch = stretchInHand(context);
    if (!stretch) {
      return buildOutcome(
        context,
        ask(
          says(talk.nothingToEase, context.content.words.answer.offerRelief),
          says(context.content.words.answer.yesNoReprompt),
        ),
        {
          offered: { kind: "answer", topic: "relief" },
        },
      );
    }
    const name = context.content.stretch(stretch).name;
    const inRoutine = routineRunning(context);
    const last = inRoutine && context.record.routine !== null && engine.onLast(context.record.routine);
    const choices = last ? talk.choicesLast(name) : inRoutine ? talk.choices(name) : talk.choicesIdle(name);
    const speech = says(talk.stop, choices);
    return buildOutcome(context, ask(speech, says(inRoutine ? talk.reprompt : talk.repromptIdle)), {
      offered: { kind: "gentler", stretch },
      ...(inRoutine ? { hurt: true } : {}),
    });
  },
};

/** A gentler way to do the stretch: smaller range, less effort, a short easy hold. */
export function gentlerVersion(context: TurnInput, stretchId: StretchId): Outcome {
  const talk = context.content.words.discomfort;
  const stretch = context.content.stretch(stretchId);
  const running = routineRunning(context);
  const speech = says(talk.gentler(stretch.name), stretch.gentler).pause(GENTLE_HOLD_SECONDS);
  // A stretch done on both sides is eased on both sides.
  if (stretch.sides) speech.say(talk.gentlerOtherSide).pause(GENTLE_HOLD_SECONDS);
  speech.say(running ? talk.afterGentler : talk.afterGentlerIdle);
  if (running) {
    const { routine } = context.content.words;
    return buildOutcome(context, ask(speech.say(routine.sayNext[0] ?? ""), says(routine.nextReprompt)));
  }
  const { help } = context.content.words;
  return buildOutcome(context, ask(speech.say(help.reprompt), says(help.reprompt)));
}

/** A gentle version is held briefly: easy effort, no counting. */
const GENTLE_HOLD_SECONDS = 10;

/** "No" to a gentler version: the other choices, never a goodbye mid-routine. */
export function gentlerDeclined(context: TurnInput): Outcome {
  const talk = context.content.words.discomfort;
  const { routine } = context.record;
  if (routine && routineRunning(context)) {
    const line = engine.onLast(routine) ? talk.declinedLast : talk.declined;
    return buildOutcome(context, ask(says(line), says(talk.declinedReprompt)));
  }
  const { help } = context.content.words;
  return buildOutcome(context, ask(says(talk.declinedIdle, help.reprompt), says(help.reprompt)));
}
