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
import { oneSetArgs } from "./lib/nlu-corpus";
import { levelItems, levelsHeard } from "./lib/nlu-level";
import { loadModel } from "./lib/nlu-model";
import { neighboursMatcher } from "./lib/nlu-neighbours";
import { statisticalMatcher } from "./lib/nlu-statistical";

async function main(): Promise<void> {
  const { file, locale, showMisses } = oneSetArgs("npm run nlu:levels -- FILE [--locale en-GB] [--show-misses]");
  const items = levelItems(JSON.parse(readFileSync(file, "utf8")) as unknown);
  const model = loadModel(locale);
  console.log(`Warning signs at the right level, ${file}, ${model.locale}: ${items.length} phrasings`);
  for (const matcher of [await statisticalMatcher(model), await neighboursMatcher(model)]) {
    const c = await levelsHeard(matcher, items, model.invocationName);
    const pct = ((100 * c.right) / Math.max(1, items.length)).toFixed(1);
    console.log(
      `  ${matcher.name.padEnd(12)} ${c.right}/${items.length} at the right level (${pct}%); under-called ${c.under} (emergency or urgent given less: ${c.seriousUnder}); over-called ${c.over}`,
    );
    if (showMisses)
      for (const m of c.misses) console.log(`    ${m.expected.padEnd(10)} heard ${m.heard.padEnd(30)} "${m.text}"`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
