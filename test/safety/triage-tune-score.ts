/**
 * Scores the warning-sign tune set (test/nlu/triage-tune.json) with the NLP.js
 * stand-in (scripts/lib/nlu-statistical.ts): how many phrasings reach the
 * level they are labelled with, the over-calls and the under-calls apart.
 *
 *   npx tsx --no-warnings test/safety/triage-tune-score.ts [locale]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../scripts/lib/nlu-model";
import { statisticalMatcher } from "../../scripts/lib/nlu-statistical";
import { comparable, spoken, stripInvocation } from "../../scripts/lib/nlu-text";
import { levelOf, LEVEL_ORDER } from "../../models/content/signs";
import type { RedFlagId } from "../../models/types";

interface TuneItem {
  readonly text: string;
  readonly intent: string;
  readonly slots: Readonly<Record<string, string>>;
  readonly level: string;
  readonly context: string;
}

const items = JSON.parse(readFileSync(join(import.meta.dirname, "..", "nlu", "triage-tune.json"), "utf8")) as TuneItem[];

async function main(): Promise<void> {
  const model = loadModel(process.argv[2] ?? "en-US");
  const matcher = await statisticalMatcher(model);
  let right = 0;
  let under = 0;
  let over = 0;
  let intentRight = 0;
  const misses: string[] = [];
  for (const item of items) {
    const got = await matcher.interpret(comparable(stripInvocation(spoken(item.text), model.invocationName)));
    const ids = got.intent === "RedFlagIntent" ? (["symptom", "symptomTwo"].map((s) => got.slots[s]).filter(Boolean) as RedFlagId[]) : [];
    // A RedFlagIntent with no sign heard gets the screening questions, not a level.
    const level = got.intent === "RedFlagIntent" ? (levelOf(ids) ?? "screen") : `none(${got.intent})`;
    if (got.intent === item.intent) intentRight++;
    if (level === item.level) {
      right++;
      continue;
    }
    const gotAt = LEVEL_ORDER.indexOf(level as never);
    if (gotAt >= 0 && gotAt < LEVEL_ORDER.indexOf(item.level as never)) over++;
    else under++;
    misses.push(`${item.level.padEnd(10)} got ${level.padEnd(28)} ${JSON.stringify(got.slots)}  "${item.text}"`);
  }
  const pct = ((100 * right) / items.length).toFixed(1);
  console.log(`${model.locale}: ${right}/${items.length} at the right level (${pct}%), intent ${intentRight}/${items.length}; over-called ${over}, under-called or unmatched ${under}`);
  console.log(misses.join("\n"));
}

void main();
