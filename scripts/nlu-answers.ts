/**
 * Questions answered on topic, end to end: for each question of a labelled
 * set (AskAboutIntent, NeckPainCauseIntent, PreventionIntent, ReliefIntent,
 * SearchIntent), what each stand-in heard is sent to the skill as Alexa would
 * send it, and the topic the skill answered is compared with the topic it
 * answers for the label itself (scripts/lib/nlu-answer.ts). A label whose own
 * answer is no answer at all (a search that finds nothing) is left out and
 * counted apart.
 *
 *   npm run nlu:answers -- test/nlu/blind/lifter-2.en-US.json [--locale en-GB] [--show-misses]
 */
import { readFileSync } from "node:fs";
import { answersOnTopic, questionsOf, type QuestionItem } from "./lib/nlu-answer";
import { oneSetArgs } from "./lib/nlu-corpus";
import { loadModel } from "./lib/nlu-model";
import { neighboursMatcher } from "./lib/nlu-neighbours";
import { statisticalMatcher } from "./lib/nlu-statistical";

async function main(): Promise<void> {
  const { file, locale, showMisses } = oneSetArgs("npm run nlu:answers -- FILE [--locale en-GB] [--show-misses]");
  const model = loadModel(locale);
  const { questions, leftOut } = await questionsOf(model, JSON.parse(readFileSync(file, "utf8")) as QuestionItem[]);
  console.log(
    `Questions answered on topic, ${file}, ${model.locale}: ${questions.length} questions (${leftOut} left out: the label's own answer is none)`,
  );
  for (const matcher of [await statisticalMatcher(model), await neighboursMatcher(model)]) {
    const { right, misses } = await answersOnTopic(model, matcher, questions);
    const pct = ((100 * right) / Math.max(1, questions.length)).toFixed(1);
    console.log(`  ${matcher.name.padEnd(12)} ${right}/${questions.length} answered on topic (${pct}%)`);
    if (showMisses)
      for (const m of misses) console.log(`    ${m.expected.padEnd(34)} answered ${m.answered.padEnd(34)} "${m.text}"`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
