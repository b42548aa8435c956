/**
 * Warning signs at the right level: scores a labelled set of warning-sign
 * phrasings (`{ text, intent, slots, level, context? }`, levels as in
 * models/content/signs.ts) with both statistical stand-ins, in one locale.
 * What a stand-in heard is turned into a level the way the skill does it
 * (scripts/lib/nlu-level.ts). Under-calls (an emergency or
 * urgent sign given a lower level, or none) and over-calls are counted apart.
 *
 *   npm run nlu:levels -- test/nlu/triage-tune.json [--locale en-GB] [--show-misses]
 */
import { readFileSync } from "node:fs";
import { LEVEL_ORDER } from "../models/content/signs";
import { oneSetArgs } from "./lib/nlu-corpus";
import { levelHeard } from "./lib/nlu-level";
import { loadModel } from "./lib/nlu-model";
import { neighboursMatcher } from "./lib/nlu-neighbours";
import type { Matcher } from "./lib/nlu-score";
import { statisticalMatcher } from "./lib/nlu-statistical";
import { requestText } from "./lib/nlu-text";

interface LevelItem {
  readonly text: string;
  readonly level: string;
}

const rank = (level: string): number => {
  const at = LEVEL_ORDER.indexOf(level as never);
  return at < 0 ? LEVEL_ORDER.length : at;
};

async function score(
  matcher: Matcher,
  items: readonly LevelItem[],
  invocation: string,
  showMisses: boolean,
): Promise<string> {
  let right = 0;
  let under = 0;
  let over = 0;
  let seriousUnder = 0;
  const misses: string[] = [];
  for (const item of items) {
    const got = await matcher.interpret(requestText(item.text, invocation));
    const level = levelHeard(got.intent, got.slots);
    if (level === item.level) {
      right += 1;
      continue;
    }
    if (rank(level) < rank(item.level)) over += 1;
    else {
      under += 1;
      if (item.level === "emergency" || item.level === "urgent") seriousUnder += 1;
    }
    if (showMisses) misses.push(`    ${item.level.padEnd(10)} heard ${level.padEnd(30)} "${item.text}"`);
  }
  const pct = ((100 * right) / Math.max(1, items.length)).toFixed(1);
  return [
    `  ${matcher.name.padEnd(12)} ${right}/${items.length} at the right level (${pct}%); under-called ${under} (emergency or urgent given less: ${seriousUnder}); over-called ${over}`,
    ...misses,
  ].join("\n");
}

async function main(): Promise<void> {
  const { file, locale, showMisses } = oneSetArgs("npm run nlu:levels -- FILE [--locale en-GB] [--show-misses]");
  const items = (JSON.parse(readFileSync(file, "utf8")) as LevelItem[]).filter(
    (item) => typeof item.level === "string",
  );
  const model = loadModel(locale);
  console.log(`Warning signs at the right level, ${file}, ${model.locale}: ${items.length} phrasings`);
  for (const matcher of [await statisticalMatcher(model), await neighboursMatcher(model)]) {
    console.log(await score(matcher, items, model.invocationName, showMisses));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
