import { LIFTER_TOPIC_IDS } from "../../models/content/lifter";
import { ASK_TOPICS } from "../../models/content/ask-topics";
import { isOneOf } from "../../models/one-of";
import { CAUSE_IDS, EXERCISE_IDS, HABIT_IDS } from "../../models/types";
import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { TOPICS } from "../turn/dialog";
import { isIntent, slotOf } from "../turn/request";
import { buildOutcome, type Handler } from "../turn/outcome";
import { sayAgain, searchAnswer } from "./moves";

/** "Why does my neck hurt after deadlifts", "can bad posture hurt my neck": that lift or that cause, else the causes. */
export const NeckPainCauseHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "NeckPainCauseIntent"),
  handle(context) {
    const exercise = slotOf(context.request, "exercise", EXERCISE_IDS).id;
    if (exercise) return sayAgain(context, { kind: "exercise", exercise, focus: "cause" });
    const cause = slotOf(context.request, "cause", CAUSE_IDS).id;
    if (cause) return sayAgain(context, { kind: "cause", cause });
    return sayAgain(context, { kind: "answer", topic: "causes" });
  },
};

/** "How do I protect my neck during deadlifts", "does foam rolling help": that lift, that habit, else prevention. */
export const PreventionHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "PreventionIntent"),
  handle(context) {
    const exercise = slotOf(context.request, "exercise", EXERCISE_IDS).id;
    if (exercise) return sayAgain(context, { kind: "exercise", exercise, focus: "prevention" });
    const habit = slotOf(context.request, "habit", HABIT_IDS).id;
    if (habit) return sayAgain(context, { kind: "habit", habit });
    return sayAgain(context, { kind: "answer", topic: "prevention" });
  },
};

/** "My neck is sore, what do I do": care now, then a gentle stretch. */
export const ReliefHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "ReliefIntent"),
  handle: (context) => sayAgain(context, { kind: "answer", topic: "relief" }),
};

/**
 * "What about ice or heat", "should I see a physio", "can I take ibuprofen":
 * the topic's answer. A topic without an answer of its own (a value added to
 * ASK_TOPICS only), or one Alexa heard but could not resolve ("what about
 * yoga"), is searched for; with no topic at all, a few of the questions it answers.
 */
export const AskAboutHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "AskAboutIntent"),
  handle(context) {
    const { id, heard } = slotOf(
      context.request,
      "topic",
      ASK_TOPICS.map((t) => t.id),
    );
    if (isOneOf(TOPICS, id)) return sayAgain(context, { kind: "answer", topic: id });
    if (isOneOf(LIFTER_TOPIC_IDS, id)) return sayAgain(context, { kind: "lifter", topic: id });
    const query = ASK_TOPICS.find((t) => t.id === id)?.name ?? heard ?? "";
    if (query.trim() !== "") return searchAnswer(context, query);
    const { topic } = context.content.words;
    return buildOutcome(context, ask(says(topic.askMenu), says(topic.askMenuReprompt)));
  },
};
