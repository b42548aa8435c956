/**
 * Questions answered on topic, end to end: for each question of a labelled
 * set (AskAboutIntent, NeckPainCauseIntent, PreventionIntent, ReliefIntent,
 * SearchIntent), what each stand-in heard is sent to the skill as Alexa would
 * send it, and the topic the skill answered (the `said` it keeps for "tell me
 * more") is compared with the topic it answers for the label itself. A
 * question is on topic when the two are the same answer, however it was
 * reached (a topic slot, or the full-text search of the words heard). A label
 * whose own answer is no answer at all (a search that finds nothing) is left
 * out and counted apart.
 *
 *   npm run nlu:answers -- test/nlu/blind/lifter-2.en-US.json [--locale en-GB] [--show-misses]
 */
import type { IntentRequest, Slot } from "ask-sdk-model";
import { readFileSync } from "node:fs";
import { MemoryStore } from "../lambda/persistence/memory-store";
import { runTurn } from "../lambda/turn/turn";
import { envelope, matched, raw } from "./lib/envelopes";
import { oneSetArgs } from "./lib/nlu-corpus";
import { findIntent, loadModel, slotValues, type NluModel } from "./lib/nlu-model";
import { neighboursMatcher } from "./lib/nlu-neighbours";
import type { Matcher } from "./lib/nlu-score";
import { statisticalMatcher } from "./lib/nlu-statistical";
import { requestText } from "./lib/nlu-text";

const QUESTIONS = new Set([
  "AskAboutIntent",
  "NeckPainCauseIntent",
  "PreventionIntent",
  "ReliefIntent",
  "SearchIntent",
]);

interface Item {
  readonly text: string;
  readonly intent: string;
  readonly slots?: Readonly<Record<string, string>>;
}

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
async function answerOf(model: NluModel, intent: string, slots: Readonly<Record<string, string>>): Promise<string> {
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

/** A question with the answer the skill gives its label. */
interface Question {
  readonly item: Item;
  readonly expected: string;
}

async function score(
  model: NluModel,
  matcher: Matcher,
  questions: readonly Question[],
  showMisses: boolean,
): Promise<string> {
  let right = 0;
  const misses: string[] = [];
  for (const { item, expected } of questions) {
    const got = await matcher.interpret(requestText(item.text, model.invocationName));
    const answered = QUESTIONS.has(got.intent) ? await answerOf(model, got.intent, got.slots) : `none (${got.intent})`;
    if (answered === expected) right += 1;
    else if (showMisses) misses.push(`    ${expected.padEnd(34)} answered ${answered.padEnd(34)} "${item.text}"`);
  }
  const pct = ((100 * right) / Math.max(1, questions.length)).toFixed(1);
  return [`  ${matcher.name.padEnd(12)} ${right}/${questions.length} answered on topic (${pct}%)`, ...misses].join(
    "\n",
  );
}

async function main(): Promise<void> {
  const { file, locale, showMisses } = oneSetArgs("npm run nlu:answers -- FILE [--locale en-GB] [--show-misses]");
  const items = (JSON.parse(readFileSync(file, "utf8")) as Item[]).filter((item) => QUESTIONS.has(item.intent));
  const model = loadModel(locale);
  // The label's own answer, once: a question it leaves unanswered is left out.
  const questions: Question[] = [];
  for (const item of items) {
    const expected = await answerOf(model, item.intent, item.slots ?? {});
    if (expected !== "none") questions.push({ item, expected });
  }
  console.log(
    `Questions answered on topic, ${file}, ${model.locale}: ${questions.length} questions (${items.length - questions.length} left out: the label's own answer is none)`,
  );
  for (const matcher of [await statisticalMatcher(model), await neighboursMatcher(model)]) {
    console.log(await score(model, matcher, questions, showMisses));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
