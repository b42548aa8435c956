/** Follow-ups and questions about the skill itself: tell me more, which routines there are, the long tail. */
import { ROUTINE_IDS } from "../../models/types";
import * as engine from "../routine/engine";
import { ask } from "../speech/reply";
import { routineLength } from "../speech/replies/routine";
import { offerQuestion } from "../speech/replies/answers";
import { says } from "../speech/ssml";
import { isIntent, slotOf } from "../turn/request";
import { buildOutcome, routineRunning, type Handler } from "../turn/outcome";
import { perform, sayAgain, searchAnswer } from "./moves";
import { routineNoteText } from "./routine";

/** "Tell me more", "why", "what else", "go on": one level deeper on what was just said. */
export const TellMeMoreHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "TellMeMoreIntent"),
  handle(context) {
    const { said, offered } = context.dialog;
    if (said && said.kind !== "lesson" && !said.deeper) return sayAgain(context, { ...said, deeper: true });
    // "Go on" with nothing deeper to say, to a question still waiting ("a gentler version?"): yes.
    if (offered && !said) return perform(context, offered);
    const { record, content } = context;
    const { routine, topic, answer } = content.words;
    if (record.routine && routineRunning(context) && (!said || said.kind === "lesson")) {
      // "What is this one for" mid-routine: what the current stretch does, then the routine goes on.
      const stretch = content.stretch(engine.currentStep(record.routine).stretch.id);
      return buildOutcome(
        context,
        ask(says(routine.aboutThisOne(stretch.name), stretch.summary, topic.routineGoesOn), says(routine.nextReprompt)),
      );
    }
    if (said?.kind === "lesson") {
      // "What's that one for", "tell me more" after a lesson: what the stretch does; how to stretch safely on a yes.
      const stretch = content.stretch(said.stretch);
      const question = answer.offerStretchGuidance;
      return buildOutcome(
        context,
        ask(says(routine.aboutThisOne(stretch.name), stretch.summary, question), says(question, answer.yesNoReprompt)),
        { offered: { kind: "answer", topic: "stretch-guidance" } },
      );
    }
    if (offered && said) {
      // Nothing deeper, and a question still waiting: the question again, so a yes or no still answers it.
      const question = offerQuestion(offered, content);
      return buildOutcome(context, ask(says(topic.nothingDeeper, question), says(question, answer.yesNoReprompt)), {
        offered,
        said,
      });
    }
    return buildOutcome(context, ask(says(topic.nothingMore), says(topic.nothingMoreReprompt)));
  },
};

/** "What routines do you have", "how long is the full one": from the routine data, at the user's pace. */
export const RoutineInfoHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "RoutineInfoIntent"),
  handle(context) {
    const { content, record } = context;
    const talk = content.words.routine;
    const { id } = slotOf(context.request, "routine", ROUTINE_IDS);
    // About the routine under way ("how long is this routine"): what is left of it, never an offer to start again.
    const current = record.routine;
    if (current && routineRunning(context) && (!id || id === current.routineId)) {
      const whole = routineLength(current.routineId, content, record.pace);
      const text = says(
        talk.inThisRoutine(content.routine(current.routineId).name, whole),
        routineNoteText(context, current, "how-many-left"),
      );
      return buildOutcome(context, ask(text, says(talk.nextReprompt)));
    }
    if (id) {
      const routine = content.routine(id);
      const question = talk.offerThis(routine.name);
      const about = talk.about(
        routine.name,
        routine.items.length,
        routineLength(id, content, record.pace),
        routine.description,
        routine.stepKind,
      );
      return buildOutcome(context, ask(says(about, question), says(question, content.words.answer.yesNoReprompt)), {
        offered: { kind: "routine", routine: id },
      });
    }
    const menu = content.routines.map((r) => ({ name: r.name, length: routineLength(r.id, content, record.pace) }));
    const suggested = content.routine(record.usualRoutine ?? "quick");
    const question = talk.offerThis(suggested.name);
    return buildOutcome(
      context,
      ask(says(talk.menu(menu), question), says(question, content.words.answer.yesNoReprompt)),
      {
        offered: { kind: "routine", routine: suggested.id },
      },
    );
  },
};

/**
 * The long tail: "what about foam rolling", "is benching bad for my neck".
 * A confident match is answered from the content; otherwise the skill says
 * what it can help with and names the two closest topics.
 */
export const SearchHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "SearchIntent"),
  handle: (context) => searchAnswer(context, context.request.slots["query"]?.raw ?? ""),
};
