import { pick } from "../speech/wording";
import * as engine from "../routine/engine";
import { ask, tell } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { buildOutcome, routineRunning, type Handler } from "../turn/outcome";
import { offerQuestion } from "../speech/replies/answers";
import { gentlerDeclined } from "./discomfort";
import { forgetDeclined } from "./forget";
import {
  finishLeaving,
  generalHelp,
  lastStretchDone,
  narrate,
  nextStretch,
  offerResume,
  perform,
  sayAgain,
  waitOutcome,
} from "./moves";
import { screenNo } from "./red-flag";
import { routineNote } from "./routine";

/** Help: explains what to say, keeps the session and the routine position. */
export const HelpHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.HelpIntent"),
  handle(context) {
    const { help } = context.content.words;
    if (!routineRunning(context)) return generalHelp(context);
    return buildOutcome(context, ask(says(help.routine), says(help.routineReprompt)), { offered: { kind: "resume" } });
  },
};

/**
 * Stop, Cancel, Home: a short goodbye; a routine running in this session says
 * its position stays saved, with the way back if the stop was because something
 * felt wrong. On the routine's last stretch, done without pain, it is finished.
 */
export const StopHandler: Handler = {
  canHandle: ({ request }) =>
    isIntent(request, "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"),
  handle(context) {
    const { record, content } = context;
    if (lastStretchDone(context)) return finishLeaving(context);
    const { goodbye } = content.words;
    if (!record.routine || !routineRunning(context))
      return buildOutcome(context, tell(says(pick(goodbye.plain, record.visits))), { disclaimer: "not-now" });
    const name = content.routine(record.routine.routineId).name;
    return buildOutcome(context, tell(says(goodbye.routineKept(name), goodbye.feelingWrong("stopped"))), {
      disclaimer: "not-now",
      ifUnsaved: tell(says(goodbye.routineUnsaved(name), goodbye.feelingWrong("stopped"))),
    });
  },
};

/** Pause: in a routine, keeps the position, says so only once it is saved, with the way back if something felt wrong, and ends the session; outside a routine running in this session, it waits. */
export const PauseHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.PauseIntent"),
  handle(context) {
    const { record, content } = context;
    if (!record.routine || !routineRunning(context)) return waitOutcome(context);
    const { goodbye } = content.words;
    const name = content.stretch(engine.currentStep(record.routine).stretch.id).name;
    return buildOutcome(context, tell(says(goodbye.paused(name), goodbye.feelingWrong("paused"))), {
      disclaimer: "not-now",
      ifUnsaved: tell(says(goodbye.pausedUnsaved(name), goodbye.feelingWrong("paused"))),
    });
  },
};

/** Repeat: a question still waiting for its yes or no, else the current stretch in a routine, else the last thing said, else help. */
export const RepeatHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.RepeatIntent"),
  handle(context) {
    const { record, dialog } = context;
    if (dialog.offered && !dialog.said) {
      const question = offerQuestion(dialog.offered, context.content);
      return buildOutcome(context, ask(says(question), says(question, context.content.words.answer.yesNoReprompt)), {
        offered: dialog.offered,
      });
    }
    // "Say that again" right after "how many are left": that answer, not the stretch.
    if (record.routine && dialog.noted && routineRunning(context))
      return routineNote(context, record.routine, dialog.noted);
    if (record.routine)
      return narrate(
        context,
        says(),
        { ...record.routine, continuous: false },
        context.content.words.routine.repeatLead,
      );
    if (dialog.said) return sayAgain(context, dialog.said);
    return generalHelp(context);
  },
};

/**
 * Yes: does what the last reply offered; in a routine running in this session
 * with nothing offered, "yes, ready" moves on. A routine saved on another
 * visit is not picked up by a yes nobody asked for: the question comes first.
 */
export const YesHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.YesIntent"),
  handle(context) {
    const { dialog, record } = context;
    if (dialog.offered) return perform(context, dialog.offered);
    if (record.routine && routineRunning(context)) return nextStretch(context);
    if (record.routine) return offerResume(context, record.routine);
    return generalHelp(context);
  },
};

/** No: to "shall I pick up from there?", the other choices; to a gentler version, the other ways on; else a polite goodbye. */
export const NoHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AMAZON.NoIntent"),
  handle(context) {
    const { goodbye, help } = context.content.words;
    switch (context.dialog.offered?.kind) {
      case "resume":
        return buildOutcome(context, ask(says(goodbye.resumeDeclined), says(help.reprompt)));
      case "gentler":
        return gentlerDeclined(context);
      case "forget":
        return forgetDeclined(context);
      case "screen":
        return screenNo(context, context.dialog.offered.step);
      default:
        // No to an answer or lesson offered mid-routine: back to the routine, not a goodbye.
        if (context.dialog.offered && routineRunning(context)) {
          const { topic, routine } = context.content.words;
          return buildOutcome(context, ask(says(topic.routineGoesOn), says(routine.nextReprompt)));
        }
        if (lastStretchDone(context)) return finishLeaving(context);
        return buildOutcome(context, tell(says(pick(goodbye.declined, context.record.visits))), {
          disclaimer: "not-now",
        });
    }
  },
};

/**
 * Fallback, any intent this skill does not know, and any other request in a
 * session: a useful way on. A question still waiting keeps waiting; the words
 * vary, and after two misses in a row the reply says what works here and now.
 */
export const FallbackHandler: Handler = {
  canHandle: () => true,
  handle(context) {
    const { fallback, help, answer } = context.content.words;
    const { dialog, record } = context;
    const misses = (dialog.misses ?? 0) + 1;
    const lost = misses >= 2;
    const sorry = pick(fallback.sorry, lost ? misses - 1 : record.visits - 1);
    const keep = {
      ...(dialog.offered ? { offered: dialog.offered } : {}),
      ...(dialog.said ? { said: dialog.said } : {}),
      misses,
    };
    // A question was asked: the next yes or no still answers it.
    if (dialog.offered) {
      const question = offerQuestion(dialog.offered, context.content);
      const text = lost ? fallback.hereAndNow.offer(question) : `${question} ${fallback.sayYesOrNo}`;
      return buildOutcome(context, ask(says(sorry, text), says(question, answer.yesNoReprompt)), keep);
    }
    if (record.routine && routineRunning(context)) {
      const name = context.content.stretch(engine.currentStep(record.routine).stretch.id).name;
      return buildOutcome(
        context,
        ask(
          says(sorry, lost ? fallback.hereAndNow.routine(name) : fallback.routineChoices),
          says(help.routineReprompt),
        ),
        keep,
      );
    }
    return buildOutcome(
      context,
      ask(says(sorry, lost ? fallback.hereAndNow.idle : fallback.idleChoices), says(help.reprompt)),
      keep,
    );
  },
};
