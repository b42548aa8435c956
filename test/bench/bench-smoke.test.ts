/**
 * `npm run bench` still runs end to end, and its figures hang together: the
 * smoke mode (3 cold runs, 200 warm invocations, a throwaway build) writes a
 * results file with a row for every metric and every DynamoDB client
 * candidate, every ratio is the figure over its baseline, every size and time
 * is positive, and the counted store round trips hold (one read per turn at
 * most, no write on a turn that changed nothing). No timing is compared with
 * anything: the figures of a smoke run mean nothing.
 */
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const RESULTS = join(tmpdir(), `neck-coach-bench-smoke-test-${process.pid}-${Date.now()}.json`);

/** Compared with a baseline: [metric id, unit]. */
const COMPARED = [
  ["bundleRawBytes", "B"],
  ["bundleGzipBytes", "B"],
  ["contentGzipBytes", "B"],
  ["gzipOverContentBytes", "B"],
  ["gzipOverContentOnlyBytes", "B"],
  ["dynamoClientGzipBytes", "B"],
  ["packageGzipBytes", "B"],
  ["bundleGzipSdkBundledBytes", "B"],
  ["coldStartMs", "ms"],
  ["contentColdStartMs", "ms"],
  ["coldStartOverContentMs", "ms"],
  ["coldStartOverContentOnlyMs", "ms"],
  ["coldStartApiOverContentMs", "ms"],
  ["coldStartWallMs", "ms"],
  ["coldStartFileStoreMs", "ms"],
  ["coldStartDynamo_dynamodb", "ms"],
  ["coldStartDynamo_dynamodbSdkRuntime", "ms"],
  ["coldStartDynamo_dynamodbSdkBundled", "ms"],
  ["warmP50Ms", "ms"],
  ["warmP99Ms", "ms"],
  ["warmEarlyP99Ms", "ms"],
  ["warmMinorGcs", "count"],
  ["heapUsedMB", "MB"],
  ["settingsAddedMs0", "ms"],
  ["settingsAddedMs30", "ms"],
] as const;
const STORE = [
  "storeMaxReadsPerTurn",
  "storeTotalWrites",
  "storeUnchangedTurnWrites",
  "settingsCallsFirstTurn",
  "settingsCallsLaterTurns",
  "storeReadMs",
] as const;
/** The cold start cases, each run `coldRuns` times. */
const COLD_CASES = [
  "empty",
  "hello",
  "helloWithContent",
  "contentOnly",
  "memory",
  "file",
  "dynamoBaseline",
  "dynamodb",
  "dynamodbSdkRuntime",
  "dynamodbSdkBundled",
  "helloWithContentApi",
  "memoryApi",
];

interface Metric {
  label: string;
  unit: string;
  baseline: number | null;
  neckCoach: number;
  ratio: number | null;
  target: string;
  pass: boolean | null;
}
interface Results {
  mode: string;
  node: string;
  date: string;
  settings: { coldRuns: number; warmInvocations: number };
  metrics: Record<string, Metric>;
  detail: {
    cold: Record<string, { runs: number; firstAnswerMs: number }>;
    sizes: Record<string, { raw: number; gzip: number }>;
    storeTrips: { turns: { turn: string; reads: number; writes: number; settingsCalls: number; changed: boolean }[] };
  };
}

let results: Results;
let stdout: string;

beforeAll(async () => {
  ({ stdout } = await promisify(execFile)(TSX, ["bench/run.ts", "--smoke", "--results", RESULTS], {
    cwd: ROOT,
    timeout: 230_000,
    maxBuffer: 16 * 1024 * 1024,
  }));
  results = JSON.parse(readFileSync(RESULTS, "utf8")) as Results;
}, 240_000);
afterAll(() => rmSync(RESULTS, { force: true }));

describe("npm run bench -- --smoke", () => {
  it("writes a row for every metric and every DynamoDB client candidate, and prints the table", () => {
    expect(results.mode).toBe("smoke");
    expect(results.node).toBe(process.version);
    expect(Number.isNaN(Date.parse(results.date))).toBe(false);
    expect(Object.keys(results.metrics).sort()).toEqual([...COMPARED.map(([id]) => id), ...STORE].sort());
    for (const metric of Object.values(results.metrics)) expect(stdout).toContain(metric.label);
  });

  it.each(COMPARED)("%s: a positive figure and baseline in %s, and its ratio is the one over the other", (id, unit) => {
    const metric = results.metrics[id];
    expect(metric?.unit).toBe(unit);
    const { baseline, neckCoach, ratio } = metric ?? { baseline: null, neckCoach: Number.NaN, ratio: null };
    expect(Number.isFinite(neckCoach)).toBe(true);
    expect(Number.isFinite(baseline)).toBe(true);
    // Times and sizes are positive; a net wall time (minus an empty node's) may come out at or below zero in 3 noisy runs,
    // and 200 invocations may see no garbage collection.
    if (id !== "coldStartWallMs" && id !== "warmMinorGcs") {
      expect(neckCoach).toBeGreaterThan(0);
      expect(baseline).toBeGreaterThan(0);
    }
    if ((baseline ?? 0) > 0) expect(ratio).toBeCloseTo(neckCoach / (baseline ?? 1), 9);
    else expect(ratio).toBeNull();
  });

  it("sets a target on the rows the issues set, and judges them by their ratio", () => {
    const targeted = Object.entries(results.metrics).filter(([, m]) => m.pass !== null);
    expect(targeted.map(([id]) => id).sort()).toEqual(
      [
        "gzipOverContentBytes",
        "coldStartOverContentMs",
        "coldStartDynamo_dynamodb",
        "warmP99Ms",
        "storeMaxReadsPerTurn",
        "storeUnchangedTurnWrites",
        "settingsCallsFirstTurn",
        "settingsCallsLaterTurns",
      ].sort(),
    );
    for (const [, m] of targeted) {
      const max = /≤ ([\d.]+)× baseline/.exec(m.target)?.[1];
      if (max !== undefined) expect(m.pass).toBe(m.ratio !== null && m.ratio <= Number(max));
    }
  });

  it("measures every cold start case the same number of times, from bundles that gzip smaller than they are", () => {
    expect(Object.keys(results.detail.cold).sort()).toEqual([...COLD_CASES].sort());
    for (const id of COLD_CASES) expect(results.detail.cold[id]?.runs, id).toBe(results.settings.coldRuns);
    for (const [name, size] of Object.entries(results.detail.sizes)) {
      expect(size.gzip, name).toBeGreaterThan(0);
      expect(size.gzip, name).toBeLessThan(size.raw);
    }
    expect(results.metrics.gzipOverContentBytes?.neckCoach).toBe(results.detail.sizes.neckCoach?.gzip);
    expect(results.metrics.gzipOverContentBytes?.baseline).toBe(results.detail.sizes.helloWithContent?.gzip);
  });

  it("counts at most one store read per turn and no write on a turn that changed nothing, on a whole routine session", () => {
    const turns = results.detail.storeTrips.turns;
    expect(turns.length).toBeGreaterThan(4);
    expect(Math.max(...turns.map((t) => t.reads))).toBe(results.metrics.storeMaxReadsPerTurn?.neckCoach);
    expect(results.metrics.storeMaxReadsPerTurn?.neckCoach).toBe(1);
    expect(results.metrics.storeUnchangedTurnWrites?.neckCoach).toBe(0);
    expect(results.metrics.storeTotalWrites?.neckCoach).toBe(turns.reduce((sum, t) => sum + t.writes, 0));
    for (const turn of turns) if (turn.changed) expect(turn.writes, turn.turn).toBeGreaterThan(0);
  });

  it("reads the time zone on the session's first turn only, and reports what that read adds beside the store read", () => {
    const turns = results.detail.storeTrips.turns;
    expect(turns.map((t) => t.settingsCalls)).toEqual(turns.map((_, i) => (i === 0 ? 1 : 0)));
    expect(results.metrics.settingsCallsFirstTurn?.pass).toBe(true);
    expect(results.metrics.settingsCallsLaterTurns?.pass).toBe(true);
    expect(results.metrics.storeReadMs?.neckCoach).toBeGreaterThan(0);
  });
});
