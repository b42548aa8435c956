/** Follow-ups and questions about the skill itself: tell me more, which routines there are, the long tail. */
import { ROUTINE_IDS } from "../../models/types";
import { ask } from "../speech/reply";
import { routineLength } from "../speech/replies/routine";
import { says } from "../speech/ssml";
import { searchTopics } from "../search/search";
import type { TopicRef } from "../search/topic-ref";
import { isOneOf } from "../../models/one-of";
import { TOPICS, unreachable, type Said } from "../turn/dialog";
import { HABIT_IDS } from "../../models/types";
import { isIntent, slotOf } from "../turn/request";
import { outcome, type Context, type Handler, type Outcome } from "../turn/outcome";
import { perform, sayAgain } from "./actions";

/** "Tell me more", "why", "what else", "go on": one level deeper on what was just said. */
export const TellMeMoreHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "TellMeMoreIntent"),
  handle(context) {
    const { said, offered } = context.dialog;
    if (said && said.kind !== "lesson" && !said.deeper) return sayAgain(context, { ...said, deeper: true });
    // "Go on" with nothing deeper to say, to a question still waiting ("a gentler version?"): yes.
    if (offered && !said) return perform(context, offered);
    if (said?.kind === "lesson") return sayAgain(context, { kind: "answer", topic: "stretch-guidance" });
    const { topic } = context.content.words;
    return outcome(context, ask(says(topic.nothingMore), says(topic.nothingMoreReprompt)));
  },
};

/** "What routines do you have", "how long is the full one": from the routine data, at the user's pace. */
export const RoutineInfoHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "RoutineInfoIntent"),
  handle(context) {
    const { content, record } = context;
    const talk = content.words.routine;
    const { id } = slotOf(context.request, "routine", ROUTINE_IDS);
    if (id) {
      const routine = content.routine(id);
      const question = talk.offerThis(routine.name);
      const about = talk.about(routine.name, routine.items.length, routineLength(id, content, record.pace), routine.description);
      return outcome(context, ask(says(about, question), says(question, content.words.answer.yesNoReprompt)), { offered: { kind: "routine", routine: id } });
    }
    const menu = content.routines.map((r) => ({ name: r.name, length: routineLength(r.id, content, record.pace) }));
    const suggested = content.routine(record.usualRoutine ?? "quick");
    const question = talk.offerThis(suggested.name);
    return outcome(context, ask(says(talk.menu(menu), question), says(question, content.words.answer.yesNoReprompt)), {
      offered: { kind: "routine", routine: suggested.id },
    });
  },
};

/** What "yes" or "repeat" does with a topic the search found. */
function saidOf(ref: TopicRef): Said | undefined {
  switch (ref.kind) {
    case "stretch":
      return { kind: "lesson", stretch: ref.id };
    case "exercise":
      return { kind: "exercise", exercise: ref.id, focus: "cause" };
    case "cause":
      return { kind: "cause", cause: ref.id };
    case "habit":
      return isOneOf(HABIT_IDS, ref.id) ? { kind: "habit", habit: ref.id } : undefined;
    case "topic":
      return isOneOf(TOPICS, ref.id) ? { kind: "answer", topic: ref.id } : undefined;
    case "lifter":
      return { kind: "lifter", topic: ref.id };
    default:
      return unreachable(ref);
  }
}

/**
 * The long tail: "what about foam rolling", "is benching bad for my neck".
 * A confident match is answered from the content; otherwise the skill says
 * what it can help with and names the two closest topics.
 */
export const SearchHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "SearchIntent"),
  handle: (context) => searchAnswer(context, context.request.slots["query"]?.raw ?? ""),
};

/** The answer to free text: the content's best match, else what the skill can help with and the two closest topics. */
export function searchAnswer(context: Context, query: string): Outcome {
  const { best, closest } = searchTopics(query, context.request.locale);
  const found = best && saidOf(best.ref);
  if (found) return sayAgain(context, found);
  const { topic } = context.content.words;
  const [first, second] = [...closest.map((hit) => hit.title), ...topic.defaultTopics].filter((t, i, all) => all.indexOf(t) === i);
  const firstTopic = first ?? "";
  const secondTopic = second ?? "";
  return outcome(context, ask(says(topic.noMatch(firstTopic, secondTopic)), says(topic.noMatchReprompt(firstTopic, secondTopic))));
}
