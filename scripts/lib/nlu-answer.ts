/**
 * What the skill answers a question with, end to end: the request Alexa would
 * send for an intent and its slots goes through the real turn, and the topic
 * the skill answered (the `said` it keeps for "tell me more") comes back:
 * "answer:relief", "exercise:deadlift:cause", "lifter:sauna", or "none". Two
 * hearings are on topic when they reach the same answer, however they were
 * reached (a topic slot, or the full-text search of the words heard).
 */
import type { IntentRequest, Slot } from "ask-sdk-model";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { runTurn } from "../../lambda/turn/turn";
import { envelope, matched, raw } from "./envelopes";
import { findIntent, slotValues, type NluModel } from "./nlu-model";
import type { Matcher } from "./nlu-score";
import { requestText } from "./nlu-text";

/** The intents that answer a question. */
export const QUESTIONS: ReadonlySet<string> = new Set([
  "AskAboutIntent",
  "NeckPainCauseIntent",
  "PreventionIntent",
  "ReliefIntent",
  "SearchIntent",
]);

/** The slots as Alexa sends them: a custom slot resolved to its id, a free-text one as the words. */
function slotsOf(model: NluModel, intent: string, slots: Readonly<Record<string, string>>): Record<string, Slot> {
  const declared = findIntent(model, intent)?.slots ?? [];
  return Object.fromEntries(
    Object.entries(slots).map(([name, value]) => {
      const slot = declared.find((s) => s.name === name);
      return [name, slot && slotValues(model, slot) ? matched(name, value, value) : raw(name, value)];
    }),
  );
}

/** What the skill answers a one-shot request with `intent` and `slots`: what it says it answered (its `said`), or "none". */
export async function answerOf(
  model: NluModel,
  intent: string,
  slots: Readonly<Record<string, string>>,
): Promise<string> {
  const request: IntentRequest = {
    type: "IntentRequest",
    requestId: "amzn1.echo-api.request.answers",
    timestamp: new Date().toISOString(),
    locale: model.locale,
    dialogState: "COMPLETED",
    intent: { name: intent, confirmationStatus: "NONE", slots: slotsOf(model, intent, slots) },
  };
  const { sessionAttributes } = await runTurn(envelope(request), new MemoryStore());
  const said = (sessionAttributes?.["dialog"] as { said?: Record<string, unknown> | null } | undefined)?.said;
  if (!said) return "none";
  // "answer:relief", "exercise:deadlift:cause", "lifter:sauna": the answer, however deep.
  return Object.entries(said)
    .filter(([key]) => key !== "deeper")
    .map(([, value]) => String(value))
    .join(":");
}

/** What a hearing answers: the skill's answer when it heard a question, else "none (<intent>)". */
export async function answerHeard(
  model: NluModel,
  heard: { readonly intent: string; readonly slots: Readonly<Record<string, string>> },
): Promise<string> {
  return QUESTIONS.has(heard.intent) ? answerOf(model, heard.intent, heard.slots) : `none (${heard.intent})`;
}

/** A labelled question (AskAboutIntent, NeckPainCauseIntent, ...), as the sets hold it. */
export interface QuestionItem {
  readonly text: string;
  readonly intent: string;
  readonly slots?: Readonly<Record<string, string>>;
}

/** A question with the answer the skill gives its label. */
export interface Question {
  readonly text: string;
  readonly expected: string;
}

/**
 * The questions of a set with their label's own answer, once; a label whose
 * own answer is none (a search that finds nothing) is left out and counted.
 */
export async function questionsOf(
  model: NluModel,
  items: readonly QuestionItem[],
): Promise<{ questions: Question[]; leftOut: number }> {
  const questions: Question[] = [];
  let leftOut = 0;
  for (const item of items.filter((i) => QUESTIONS.has(i.intent))) {
    const expected = await answerOf(model, item.intent, item.slots ?? {});
    if (expected === "none") leftOut += 1;
    else questions.push({ text: item.text, expected });
  }
  return { questions, leftOut };
}

export interface AnswerMiss {
  readonly text: string;
  readonly expected: string;
  readonly answered: string;
}

/** How many questions a matcher's hearing answers on topic, and the misses. */
export async function answersOnTopic(
  model: NluModel,
  matcher: Matcher,
  questions: readonly Question[],
): Promise<{ right: number; misses: AnswerMiss[] }> {
  let right = 0;
  const misses: AnswerMiss[] = [];
  for (const { text, expected } of questions) {
    const answered = await answerHeard(model, await matcher.interpret(requestText(text, model.invocationName)));
    if (answered === expected) right += 1;
    else misses.push({ text, expected, answered });
  }
  return { right, misses };
}
