/**
 * `npm run bench` still runs: the smoke mode (3 cold runs, 200 warm
 * invocations, a throwaway build) writes a results file with every metric.
 * No timing is asserted: the figures of a smoke run mean nothing.
 */
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const RESULTS = join(tmpdir(), `neck-coach-bench-smoke-test-${process.pid}-${Date.now()}.json`);

const COMPARED = [
  "bundleRawBytes",
  "bundleGzipBytes",
  "contentGzipBytes",
  "coldStartMs",
  "contentColdStartMs",
  "coldStartWallMs",
  "coldStartFileStoreMs",
  "coldStartDynamoMs",
  "warmP50Ms",
  "warmP99Ms",
  "warmEarlyP99Ms",
  "heapUsedMB",
] as const;
const STORE = ["storeMaxReadsPerTurn", "storeTotalWrites", "storeUnchangedTurnWrites"] as const;

interface Metric {
  baseline: number | null;
  neckCoach: number;
  ratio: number | null;
  target: string;
  pass: boolean | null;
}

afterAll(() => rmSync(RESULTS, { force: true }));

describe("npm run bench -- --smoke", () => {
  it(
    "builds both skills, measures, and writes every metric as a finite number",
    async () => {
      await promisify(execFile)(TSX, ["bench/run.ts", "--smoke", "--results", RESULTS], {
        cwd: ROOT,
        timeout: 170_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      const results = JSON.parse(readFileSync(RESULTS, "utf8")) as {
        mode: string;
        node: string;
        date: string;
        metrics: Record<string, Metric>;
      };
      expect(results.mode).toBe("smoke");
      expect(results.node).toBe(process.version);
      expect(Number.isNaN(Date.parse(results.date))).toBe(false);
      expect(Object.keys(results.metrics).sort()).toEqual([...COMPARED, ...STORE].sort());

      for (const id of COMPARED) {
        const metric = results.metrics[id];
        expect(Number.isFinite(metric?.baseline), `${id} baseline`).toBe(true);
        expect(Number.isFinite(metric?.neckCoach), `${id} Neck Coach`).toBe(true);
        // A net cold start can come out at or below zero in 3 noisy runs; then there is no ratio.
        if ((metric?.baseline ?? 0) > 0) expect(Number.isFinite(metric?.ratio), `${id} ratio`).toBe(true);
        else expect(metric?.ratio).toBeNull();
      }
      for (const id of STORE) {
        const metric = results.metrics[id];
        expect(Number.isFinite(metric?.neckCoach), `${id}`).toBe(true);
        expect(metric?.baseline).toBeNull();
      }
    },
    180_000,
  );
});
