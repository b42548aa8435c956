/**
 * npm run nlu: how well the interaction model is understood. Scores three
 * matchers side by side: (a) virtual-alexa's exact matching, a lower bound;
 * two stand-ins for Alexa's statistical understanding of different families,
 * both trained only on the model: (b) NLP.js's classifier ("statistical") and
 * (c) nearest neighbours over TF-IDF ("neighbours"). For each: accuracy overall,
 * per intent, per context, and the top confusion pairs.
 *
 * By default it scores the tune set (test/nlu/tune.json and check.json, as one
 * set) in en-US and writes test/nlu/results.json. With --blind FILE it scores a
 * blind set (test/nlu/blind/README.md) in every locale, or --locale's, and
 * writes FILE's figures beside it, <round>.results.json.
 *
 *   npm run nlu -- [--locale en-GB|all] [--tune FILE]... [--results FILE]
 *                  [--threshold 0.5] [--show-failures]
 *   npm run nlu -- --blind test/nlu/blind/<round>.json [--locale en-GB]
 *   npm run nlu:blind -- test/nlu/blind/<round>.json         (the same)
 *
 * --model FILE scores an interaction model file instead of the locale's (for tests).
 */
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { SUPPORTED_LOCALES } from "../models/locales";
import { PROJECT_ROOT } from "./lib/bundle";
import { blindResultsPath, CONTEXTS, readCorpora, TUNE_FILES, type CorpusItem } from "./lib/nlu-corpus";
import { exactMatcher } from "./lib/nlu-exact";
import { loadModel, type NluModel } from "./lib/nlu-model";
import { neighboursMatcher } from "./lib/nlu-neighbours";
import { evaluate, summarise, type Matcher, type Outcome, type Summary } from "./lib/nlu-score";
import { DEFAULT_THRESHOLD, statisticalMatcher } from "./lib/nlu-statistical";

const MATCHERS = ["exact", "statistical", "neighbours"] as const;
type MatcherName = (typeof MATCHERS)[number];
const STAND_INS = ["statistical", "neighbours"] as const;
const TOP_CONFUSIONS = 8;
/** Issue 20's bar on a blind set, per locale: each stand-in overall, and inside a routine. */
const BLIND_TARGETS = { overall: 92, routine: 97 } as const;

const { values: args } = parseArgs({
  options: {
    locale: { type: "string" },
    tune: { type: "string", multiple: true },
    blind: { type: "string" },
    model: { type: "string" },
    results: { type: "string" },
    "show-failures": { type: "boolean", default: false },
    threshold: { type: "string", default: String(DEFAULT_THRESHOLD) },
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
const indent = (lines: readonly string[]): string => lines.map((l) => `  ${l}`).join("\n");

type Summaries = Record<MatcherName, Summary>;

function intentTable(summaries: Summaries): string {
  const intents = [...new Set(MATCHERS.flatMap((m) => Object.keys(summaries[m].perIntent)))].sort();
  const width = Math.max(8, ...intents.map((i) => i.length)) + 2;
  const cell = (right: number, percent: number) => `${padLeft(right, 5)} ${padLeft(pct(percent), 7)}`;
  const lines = [`${pad("intent", width)}${padLeft("n", 5)}  ${MATCHERS.map((m) => padLeft(m, 13)).join("  ")}`];
  for (const intent of intents) {
    const cells = MATCHERS.map((m) => {
      const t = summaries[m].perIntent[intent];
      return t ? cell(t.right, t.percent) : padLeft("", 13);
    });
    lines.push(`${pad(intent, width)}${padLeft(summaries.exact.perIntent[intent]?.n ?? 0, 5)}  ${cells.join("  ")}`);
  }
  lines.push(
    `${pad("all", width)}${padLeft(summaries.exact.n, 5)}  ${MATCHERS.map((m) => cell(summaries[m].right, summaries[m].percent)).join("  ")}`,
  );
  return indent(lines);
}

function contextLines(summaries: Summaries): string {
  const lines: string[] = [];
  for (const context of CONTEXTS) {
    const cells = MATCHERS.flatMap((m) => {
      const t = summaries[m].perContext[context];
      return t ? [`${m} ${t.right}/${t.n} ${pct(t.percent)}`] : [];
    });
    if (cells.length > 0) lines.push(`context ${pad(context, 13)} ${cells.join(", ")}`);
  }
  return indent(lines);
}

function confusionTable(name: MatcherName, summary: Summary): string {
  if (summary.confusions.length === 0) return `  ${name}: no confusions`;
  const shown = summary.confusions.slice(0, TOP_CONFUSIONS);
  const width = Math.max(...shown.map((c) => c.expected.length)) + 2;
  const lines = shown.map((c) => `    ${pad(c.expected, width)}-> ${pad(c.got, 34)}${padLeft(c.count, 4)}`);
  const more = summary.confusions.length - shown.length;
  return [
    `  ${name}, expected -> got (top ${shown.length}${more > 0 ? ` of ${summary.confusions.length}` : ""}):`,
    ...lines,
  ].join("\n");
}

function failures(name: MatcherName, outcomes: readonly Outcome[]): string {
  return outcomes
    .filter((o) => o.wrong !== undefined)
    .map(
      (o) =>
        `  [${name}] "${o.item.text}" (${o.item.context}) expected ${o.item.intent}${slotsText(o.item.slots)}, got ${o.got.intent}${slotsText(o.got.slots)}: ${o.wrong ?? ""}`,
    )
    .join("\n");
}

/** Per locale: the model's size, the stand-ins' settings and each matcher's figures. */
interface LocaleResult {
  readonly model: { readonly intents: number; readonly samples: number };
  readonly standIns: {
    readonly statistical: { readonly threshold: number; readonly trainingPhrases: number };
    readonly neighbours: { readonly threshold: number; readonly trainingPhrases: number };
  };
  readonly matchers: Summaries;
}

async function scoreLocale(
  model: NluModel,
  corpus: readonly CorpusItem[],
  threshold: number,
  showFailures: boolean,
): Promise<LocaleResult> {
  const samples = model.intents.reduce((sum, i) => sum + i.samples.length, 0);
  console.log(
    `\n== ${model.locale}: ${model.intents.length} intents, ${samples} samples; ${corpus.length} phrasings ==`,
  );
  const missing = [
    ...new Set(corpus.map((i) => i.intent).filter((i) => !model.intents.some((m) => m.name === i))),
  ].sort();
  if (missing.length > 0) console.log(`  not in the model (every phrasing a miss): ${missing.join(", ")}`);
  let clock = performance.now();
  const statistical = await statisticalMatcher(model, { threshold });
  const trainedStatistical = ms(clock);
  clock = performance.now();
  const neighbours = await neighboursMatcher(model);
  console.log(
    `  statistical: ${statistical.documents} training phrases, trained in ${trainedStatistical}; ` +
      `neighbours: ${neighbours.documents} documents, threshold ${neighbours.threshold.toFixed(3)} (calibrated on the model), ready in ${ms(clock)}`,
  );
  const matchers: Record<MatcherName, Matcher> = { exact: exactMatcher(model), statistical, neighbours };
  const summaries = {} as Summaries;
  const outcomes = {} as Record<MatcherName, Outcome[]>;
  for (const name of MATCHERS) {
    outcomes[name] = await evaluate(model, matchers[name], corpus);
    summaries[name] = summarise(outcomes[name]);
  }
  console.log(intentTable(summaries));
  console.log(contextLines(summaries));
  console.log("");
  for (const name of MATCHERS) console.log(confusionTable(name, summaries[name]));
  if (showFailures) {
    for (const name of MATCHERS) {
      const text = failures(name, outcomes[name]);
      if (text) console.log(`\n${text}`);
    }
  }
  return {
    model: { intents: model.intents.length, samples },
    standIns: {
      statistical: { threshold, trainingPhrases: statistical.documents },
      neighbours: { threshold: Math.round(neighbours.threshold * 1000) / 1000, trainingPhrases: neighbours.documents },
    },
    matchers: summaries,
  };
}

/** One line per locale: each matcher overall; on a blind set, each stand-in against the bar. */
function localeSummary(results: Readonly<Record<string, LocaleResult>>, blind: boolean): string {
  const lines = Object.entries(results).map(([locale, r]) => {
    const cells = MATCHERS.map((m) => `${m} ${pct(r.matchers[m].percent)}`).join(", ");
    if (!blind) return `${locale}: ${cells}`;
    const lower = Math.min(...STAND_INS.map((m) => r.matchers[m].percent));
    const routine = STAND_INS.map((m) => r.matchers[m].perContext.routine).filter((t) => t !== undefined);
    const routineLower = routine.length > 0 ? Math.min(...routine.map((t) => t.percent)) : undefined;
    const bar = `lower stand-in ${pct(lower)} (bar ${BLIND_TARGETS.overall}%: ${lower >= BLIND_TARGETS.overall ? "met" : "MISSED"})`;
    const inRoutine =
      routineLower === undefined
        ? ""
        : `; in a routine ${pct(routineLower)} (bar ${BLIND_TARGETS.routine}%: ${routineLower >= BLIND_TARGETS.routine ? "met" : "MISSED"})`;
    return `${locale}: ${cells}; ${bar}${inRoutine}`;
  });
  return indent(lines);
}

async function main(): Promise<void> {
  const started = performance.now();
  const blind = args.blind;
  const files = blind ? [blind] : (args.tune ?? TUNE_FILES.map((f) => join(PROJECT_ROOT, "test", "nlu", f)));
  const { items: corpus, read } = readCorpora(files);
  if (read.length === 0)
    throw new Error(`no corpus: ${files.join(", ")} ${files.length === 1 ? "does" : "do"} not exist`);
  for (const file of files) if (!read.includes(file)) console.log(`(${file} does not exist; left out)`);
  const wanted = args.locale ?? (blind ? "all" : "en-US");
  const locales = wanted === "all" ? [...SUPPORTED_LOCALES] : [wanted];
  if (args.model && locales.length !== 1) throw new Error("--model needs one --locale");
  const threshold = Number(args.threshold);
  if (!(threshold >= 0 && threshold <= 1)) throw new Error(`--threshold ${args.threshold}: a number from 0 to 1`);
  const set = blind ? `blind set ${basename(blind)}` : "tune set";
  console.log(`Understanding, ${set}: ${corpus.length} phrasings from ${read.map((f) => basename(f)).join(" + ")}`);

  const results: Record<string, LocaleResult> = {};
  for (const locale of locales) {
    const model = args.model ? loadModel(locale, args.model) : loadModel(locale);
    results[locale] = await scoreLocale(model, corpus, threshold, args["show-failures"]);
  }
  console.log(`\n== ${set}, per locale ==`);
  console.log(localeSummary(results, blind !== undefined));

  const out = args.results ?? (blind ? blindResultsPath(blind) : join(PROJECT_ROOT, "test", "nlu", "results.json"));
  const report = {
    set: blind ? "blind" : "tune",
    files: read.map((f) => basename(f)),
    phrasings: corpus.length,
    ...(blind
      ? { targets: { lowerStandIn: BLIND_TARGETS.overall, lowerStandInInRoutine: BLIND_TARGETS.routine } }
      : {}),
    locales: results,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to ${out} (${ms(started)} in all)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
