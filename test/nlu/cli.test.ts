/** npm run nlu end to end, on the development corpus: figures in the file, phrasings only when asked. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/bundle";
import { readCorpus } from "../../scripts/lib/nlu-corpus";
import type { Summary } from "../../scripts/lib/nlu-score";

const FIXTURES = join(import.meta.dirname, "fixtures");
const tune = readCorpus(join(FIXTURES, "tune.json")) ?? [];
const check = readCorpus(join(FIXTURES, "check.json")) ?? [];
const dir = mkdtempSync(join(tmpdir(), "neck-coach-nlu-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Results {
  locale: string;
  model: { intents: number; samples: number };
  corpus: { tune: number | null; check: number | null };
  targets: { check: Record<string, number> };
  matchers: Record<string, Record<string, Summary>>;
}

function run(args: readonly string[]): { out: string; results: Results } {
  const resultsFile = join(dir, `results-${args.join("").replace(/\W/g, "")}.json`);
  const result = spawnSync(
    process.execPath,
    ["--no-warnings", "--import", "tsx", join(PROJECT_ROOT, "scripts", "nlu.ts"), "--tune", join(FIXTURES, "tune.json"), "--check", join(FIXTURES, "check.json"), "--results", resultsFile, ...args],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`npm run nlu exited ${result.status}: ${result.stderr}`);
  return { out: result.stdout, results: JSON.parse(readFileSync(resultsFile, "utf8")) as Results };
}

const failureLines = (out: string, texts: readonly string[]): string[] =>
  out.split("\n").filter((line) => /^ {2}\[(exact|statistical)\] "/.test(line) && texts.some((t) => line.includes(`"${t}"`)));

describe("npm run nlu", () => {
  let out = "";
  let results: Results;
  beforeAll(() => {
    ({ out, results } = run(["--locale", "en-GB", "--show-tune-failures"]));
  });

  it("writes per matcher, per half, per intent figures that add up, with corpus sizes and the locale", () => {
    expect(results.locale).toBe("en-GB");
    expect(results.corpus).toEqual({ tune: tune.length, check: check.length });
    expect(results.targets.check).toEqual({ exact: 80, statistical: 95 });
    expect(Object.keys(results.matchers).sort()).toEqual(["exact", "statistical"]);
    for (const [name, halves] of Object.entries(results.matchers)) {
      for (const [half, corpus] of [["tune", tune], ["check", check]] as const) {
        const summary = halves[half];
        if (!summary) throw new Error(`${name} has no ${half} figures`);
        const intents = Object.values(summary.perIntent);
        expect(summary.n).toBe(corpus.length);
        expect(intents.reduce((sum, t) => sum + t.n, 0)).toBe(corpus.length);
        expect(intents.reduce((sum, t) => sum + t.right, 0)).toBe(summary.right);
        expect(summary.percent).toBeCloseTo((100 * summary.right) / summary.n, 1);
        expect(summary.confusions.reduce((sum, c) => sum + c.count, 0)).toBe(summary.n - summary.right);
        expect(new Set(Object.keys(summary.perIntent))).toEqual(new Set(corpus.map((i) => i.intent)));
      }
    }
    expect(JSON.stringify(results)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("prints the tables for both halves and the failing tune phrasings, and no check phrasing", () => {
    expect(out).toMatch(/== tune: \d+ phrasings/);
    expect(out).toMatch(/== check: \d+ phrasings/);
    expect(out).toMatch(/statistical: [\d.]+% right, target 95%/);
    const wrongTune = Object.values(results.matchers).reduce((sum, h) => sum + (h.tune?.n ?? 0) - (h.tune?.right ?? 0), 0);
    expect(failureLines(out, tune.map((i) => i.text))).toHaveLength(wrongTune);
    expect(failureLines(out, check.map((i) => i.text))).toEqual([]);
  });

  it("prints the failing check phrasings only with --show-check-failures", () => {
    const shown = run(["--show-check-failures"]);
    const wrongCheck = Object.values(shown.results.matchers).reduce((sum, h) => sum + (h.check?.n ?? 0) - (h.check?.right ?? 0), 0);
    expect(failureLines(shown.out, check.map((i) => i.text))).toHaveLength(wrongCheck);
    expect(failureLines(shown.out, tune.map((i) => i.text))).toEqual([]);
  });
});
