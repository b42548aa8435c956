/**
 * npm run nlu:regression: every regression set at once, each stand-in trained
 * once per locale. The sets are the earlier rounds' blind sets, kept in
 * test/nlu/blind/ once scored: `round-N` (general, intent and slots right),
 * `lifter-N` (the same, and the questions answered on topic end to end,
 * scripts/lib/nlu-answer.ts) and `signs-N` (warning signs at the right level,
 * scripts/lib/nlu-level.ts). Exact matching is counted on the general and
 * lifter sets as the lower bound. Prints one line per set, the sums per kind,
 * and, for more than one locale, the sums over all of them.
 *
 *   npm run nlu:regression [-- --locale en-GB] [--dir DIR] [--json FILE] [--show-misses]
 *
 * --model FILE scores an interaction model file instead of the locale's (for tests).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SUPPORTED_LOCALES } from "../models/locales";
import { PROJECT_ROOT } from "./lib/bundle";
import { answersOnTopic, questionsOf, type QuestionItem } from "./lib/nlu-answer";
import { parseCorpus } from "./lib/nlu-corpus";
import { exactMatcher } from "./lib/nlu-exact";
import { levelItems, levelsHeard } from "./lib/nlu-level";
import { loadModel, type NluModel } from "./lib/nlu-model";
import { neighboursMatcher } from "./lib/nlu-neighbours";
import { evaluate, type Matcher } from "./lib/nlu-score";
import { statisticalMatcher } from "./lib/nlu-statistical";

const KINDS = ["round", "lifter", "signs"] as const;
type Kind = (typeof KINDS)[number];
const STAND_INS = ["statistical", "neighbours"] as const;
type StandIn = (typeof STAND_INS)[number];

/** One set's figures per matcher: [right, of] for each measure (`serious` and `over` are counts). */
type Figures = Record<string, Record<string, [number, number]>>;

interface SetFile {
  readonly kind: Kind;
  readonly round: number;
  readonly path: string;
}

const { values: args } = parseArgs({
  options: {
    locale: { type: "string", default: "all" },
    dir: { type: "string", default: join(PROJECT_ROOT, "test", "nlu", "blind") },
    model: { type: "string" },
    json: { type: "string" },
    "show-misses": { type: "boolean", default: false },
  },
});

/** The sets of one locale in the folder, by kind then round. */
function setFiles(dir: string, locale: string): SetFile[] {
  const files: SetFile[] = [];
  for (const name of readdirSync(dir)) {
    const m = /^(round|lifter|signs)-(\d+)\.(en-[A-Z]{2})\.json$/.exec(name);
    if (m?.[3] === locale) files.push({ kind: m[1] as Kind, round: Number(m[2]), path: join(dir, name) });
  }
  return files.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.round - b.round);
}

const add = (into: Figures, from: Figures): void => {
  for (const [matcher, measures] of Object.entries(from)) {
    const m = (into[matcher] ??= {});
    for (const [measure, [right, of]] of Object.entries(measures)) {
      const [r, o] = m[measure] ?? [0, 0];
      m[measure] = [r + right, o + of];
    }
  }
};

const fraction = ([right, of]: [number, number] = [0, 0]): string => `${right}/${of}`;

/** One line of figures: per matcher, its measures. */
function line(label: string, figures: Figures, kind: Kind): string {
  const cells = Object.entries(figures).map(([matcher, m]) => {
    if (kind === "signs")
      return `${matcher} ${fraction(m["right level"])} serious ${m["serious"]?.[0] ?? 0} over ${m["over"]?.[0] ?? 0}`;
    const answered = m["answered"] ? ` answered ${fraction(m["answered"])}` : "";
    return `${matcher} ${fraction(m["right"])}${answered}`;
  });
  return `  ${label.padEnd(12)} ${cells.join("   ")}`;
}

async function scoreSet(
  model: NluModel,
  file: SetFile,
  matchers: { exact: Matcher } & Record<StandIn, Matcher>,
  misses: string[],
): Promise<Figures> {
  const data = JSON.parse(readFileSync(file.path, "utf8")) as unknown;
  const figures: Figures = {};
  const label = `${file.kind}-${file.round}`;
  if (file.kind === "signs") {
    const items = levelItems(data);
    for (const name of STAND_INS) {
      const c = await levelsHeard(matchers[name], items, model.invocationName);
      figures[name] = { "right level": [c.right, items.length], serious: [c.seriousUnder, 0], over: [c.over, 0] };
      for (const m of c.misses) misses.push(`${name} ${label}: ${m.expected} heard ${m.heard}: "${m.text}"`);
    }
    return figures;
  }
  const corpus = parseCorpus(data, file.path);
  const { questions } = file.kind === "lifter" ? await questionsOf(model, corpus as QuestionItem[]) : { questions: [] };
  for (const name of ["exact", ...STAND_INS] as const) {
    const outcomes = await evaluate(model, matchers[name], corpus);
    figures[name] = { right: [outcomes.filter((o) => o.wrong === undefined).length, corpus.length] };
    if (name === "exact") continue;
    for (const o of outcomes)
      if (o.wrong !== undefined) misses.push(`${name} ${label}: ${o.item.intent} heard ${o.wrong}: "${o.item.text}"`);
    if (file.kind === "lifter") {
      const { right, misses: off } = await answersOnTopic(model, matchers[name], questions);
      (figures[name] ??= {})["answered"] = [right, questions.length];
      for (const m of off) misses.push(`${name} ${label}: ${m.expected} answered ${m.answered}: "${m.text}"`);
    }
  }
  return figures;
}

async function main(): Promise<void> {
  const locales = args.locale === "all" ? [...SUPPORTED_LOCALES] : [args.locale];
  const all: Record<string, Record<string, Figures>> = {};
  const totals: Record<Kind, Figures> = { round: {}, lifter: {}, signs: {} };
  for (const locale of locales) {
    const model = args.model ? loadModel(locale, args.model) : loadModel(locale);
    const files = setFiles(args.dir, locale);
    console.log(`\n== ${locale}: ${files.length} regression sets ==`);
    if (files.length === 0) continue;
    const matchers = {
      exact: exactMatcher(model),
      statistical: await statisticalMatcher(model),
      neighbours: await neighboursMatcher(model),
    };
    const sums: Record<Kind, Figures> = { round: {}, lifter: {}, signs: {} };
    const misses: string[] = [];
    all[locale] = {};
    for (const file of files) {
      const figures = await scoreSet(model, file, matchers, misses);
      all[locale][`${file.kind}-${file.round}`] = figures;
      add(sums[file.kind], figures);
      add(totals[file.kind], figures);
      console.log(line(`${file.kind}-${file.round}`, figures, file.kind));
    }
    for (const kind of KINDS)
      if (Object.keys(sums[kind]).length > 0) console.log(line(`${kind} sum`, sums[kind], kind));
    if (args["show-misses"]) for (const miss of misses) console.log(`    ${miss}`);
  }
  if (locales.length > 1) {
    console.log(`\n== all locales ==`);
    for (const kind of KINDS)
      if (Object.keys(totals[kind]).length > 0) console.log(line(`${kind} sum`, totals[kind], kind));
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify(all, null, 1)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
