/**
 * npm run nlu: how well the interaction model is understood. Scores two
 * matchers on the evaluation corpus (test/nlu/tune.json and check.json):
 * (a) virtual-alexa's exact matching, a lower bound, and (b) a statistical NLU
 * trained only on the model, the stand-in for Alexa's. Prints accuracy per
 * intent and the confusions for each half, writes the figures to
 * test/nlu/results.json. Failing phrasings are printed only when asked:
 * --show-tune-failures; --show-check-failures (the check half must not guide
 * the samples).
 *
 *   npm run nlu -- [--locale en-GB] [--tune FILE] [--check FILE] [--results FILE]
 *                  [--threshold 0.5] [--show-tune-failures] [--show-check-failures] [--strict]
 *
 * --strict exits 1 when a check-half target is missed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "./lib/bundle";
import { CONTEXTS, HALVES, readCorpus, type CorpusItem, type Half } from "./lib/nlu-corpus";
import { exactMatcher } from "./lib/nlu-exact";
import { loadModel, type NluModel } from "./lib/nlu-model";
import { evaluate, summarise, type Matcher, type Outcome, type Summary } from "./lib/nlu-score";
import { DEFAULT_THRESHOLD, statisticalMatcher } from "./lib/nlu-statistical";

/** Targets on the check half, in per cent right (intent and slots). */
const TARGETS = { exact: 80, statistical: 95 } as const;
type MatcherName = keyof typeof TARGETS;
const MATCHERS = Object.keys(TARGETS) as MatcherName[];
const TOP_CONFUSIONS = 10;

const { values: args } = parseArgs({
  options: {
    locale: { type: "string", default: "en-US" },
    tune: { type: "string", default: join(PROJECT_ROOT, "test", "nlu", "tune.json") },
    check: { type: "string", default: join(PROJECT_ROOT, "test", "nlu", "check.json") },
    results: { type: "string", default: join(PROJECT_ROOT, "test", "nlu", "results.json") },
    "show-tune-failures": { type: "boolean", default: false },
    "show-check-failures": { type: "boolean", default: false },
    threshold: { type: "string", default: String(DEFAULT_THRESHOLD) },
    strict: { type: "boolean", default: false },
  },
});

const ms = (start: number): string => `${Math.round(performance.now() - start)} ms`;
const pad = (text: string | number, width: number): string => String(text).padEnd(width);
const padLeft = (text: string | number, width: number): string => String(text).padStart(width);
const pct = (percent: number): string => `${percent.toFixed(1)}%`;
const slotsText = (slots: Readonly<Record<string, string>>): string => {
  const entries = Object.entries(slots);
  return entries.length === 0 ? "" : ` {${entries.map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
};

function intentTable(summaries: Record<MatcherName, Summary>): string {
  const intents = [...new Set(MATCHERS.flatMap((m) => Object.keys(summaries[m].perIntent)))].sort();
  const width = Math.max(8, ...intents.map((i) => i.length)) + 2;
  const cell = (right: number, percent: number) => `${padLeft(right, 5)} ${padLeft(pct(percent), 7)}`;
  const lines = [`${pad("intent", width)}${padLeft("n", 5)}  ${MATCHERS.map((m) => pad(`  ${m}`, 15)).join("")}`];
  for (const intent of intents) {
    const first = summaries[MATCHERS[0] ?? "exact"].perIntent[intent];
    const cells = MATCHERS.map((m) => {
      const t = summaries[m].perIntent[intent];
      return t ? cell(t.right, t.percent) : "";
    });
    lines.push(`${pad(intent, width)}${padLeft(first?.n ?? 0, 5)}  ${cells.join("  ")}`);
  }
  const all = summaries[MATCHERS[0] ?? "exact"];
  lines.push(`${pad("all", width)}${padLeft(all.n, 5)}  ${MATCHERS.map((m) => cell(summaries[m].right, summaries[m].percent)).join("  ")}`);
  return lines.map((l) => `  ${l}`).join("\n");
}

function confusionTable(name: MatcherName, summary: Summary): string {
  if (summary.confusions.length === 0) return `  ${name}: no confusions`;
  const shown = summary.confusions.slice(0, TOP_CONFUSIONS);
  const width = Math.max(...shown.map((c) => c.expected.length)) + 2;
  const lines = shown.map((c) => `    ${pad(c.expected, width)}-> ${pad(c.got, 34)}${padLeft(c.count, 4)}`);
  const more = summary.confusions.length - shown.length;
  return [`  ${name}, expected -> got (top ${shown.length}${more > 0 ? ` of ${summary.confusions.length}` : ""}):`, ...lines].join("\n");
}

function failures(name: MatcherName, outcomes: readonly Outcome[]): string {
  return outcomes
    .filter((o) => o.wrong !== undefined)
    .map((o) => `  [${name}] "${o.item.text}" (${o.item.context}) expected ${o.item.intent}${slotsText(o.item.slots)}, got ${o.got.intent}${slotsText(o.got.slots)}: ${o.wrong ?? ""}`)
    .join("\n");
}

async function main(): Promise<void> {
  const started = performance.now();
  const model: NluModel = loadModel(args.locale);
  const corpora: Partial<Record<Half, CorpusItem[]>> = {};
  for (const half of HALVES) {
    const items = readCorpus(args[half]);
    if (items) corpora[half] = items;
    else console.log(`(${half}: ${args[half]} does not exist; skipped)`);
  }
  const samples = model.intents.reduce((sum, i) => sum + i.samples.length, 0);
  console.log(`Understanding, ${model.locale}: ${model.intents.length} intents, ${samples} samples`);
  const missing = new Set(
    Object.values(corpora).flatMap((items) => items.map((i) => i.intent).filter((i) => !model.intents.some((m) => m.name === i))),
  );
  if (missing.size > 0) console.log(`  not in the model (every phrasing a miss): ${[...missing].sort().join(", ")}`);

  let clock = performance.now();
  const exact = exactMatcher(model);
  const exactReady = ms(clock);
  clock = performance.now();
  const threshold = Number(args.threshold);
  if (!(threshold >= 0 && threshold <= 1)) throw new Error(`--threshold ${args.threshold}: a number from 0 to 1`);
  const statistical = await statisticalMatcher(model, { threshold });
  console.log(`  exact: ready in ${exactReady}; statistical: ${statistical.documents} training phrases, trained in ${ms(clock)}`);
  const matchers: Record<MatcherName, Matcher> = { exact, statistical };

  const results: Record<MatcherName, Partial<Record<Half, Summary>>> = { exact: {}, statistical: {} };
  for (const half of HALVES) {
    const corpus = corpora[half];
    if (!corpus) continue;
    const summaries = {} as Record<MatcherName, Summary>;
    const outcomes = {} as Record<MatcherName, Outcome[]>;
    const timings: string[] = [];
    for (const name of MATCHERS) {
      clock = performance.now();
      outcomes[name] = await evaluate(model, matchers[name], corpus);
      timings.push(`${name} ${ms(clock)}`);
      summaries[name] = summarise(outcomes[name]);
      results[name][half] = summaries[name];
    }
    console.log(`\n== ${half}: ${corpus.length} phrasings (${timings.join(", ")}) ==`);
    console.log(intentTable(summaries));
    for (const context of CONTEXTS) {
      const cells = MATCHERS.map((m) => {
        const t = summaries[m].perContext[context];
        return t ? `${m} ${t.right}/${t.n} ${pct(t.percent)}` : "";
      }).filter((c) => c !== "");
      if (cells.length > 0) console.log(`  in context ${context}: ${cells.join(", ")}`);
    }
    if (half === "check") {
      for (const name of MATCHERS) {
        const met = summaries[name].percent >= TARGETS[name];
        console.log(`  ${name}: ${pct(summaries[name].percent)} right, target ${TARGETS[name]}%: ${met ? "met" : "MISSED"}`);
      }
    }
    console.log("");
    for (const name of MATCHERS) console.log(confusionTable(name, summaries[name]));
    if (args[`show-${half}-failures`]) {
      for (const name of MATCHERS) {
        const text = failures(name, outcomes[name]);
        if (text) console.log(`\n${text}`);
      }
    }
  }

  const report = {
    locale: model.locale,
    model: { intents: model.intents.length, samples },
    corpus: Object.fromEntries(HALVES.map((h) => [h, corpora[h]?.length ?? null])),
    targets: { check: TARGETS },
    statistical: { threshold, trainingPhrases: statistical.documents },
    matchers: results,
  };
  writeFileSync(args.results, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to ${args.results} (${ms(started)} in all)`);
  const check = corpora.check ? MATCHERS.filter((m) => (results[m].check?.percent ?? 0) < TARGETS[m]) : [];
  if (args.strict && check.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
