/**
 * Warm latency and heap of one bundle, in process, run by `node --expose-gc`:
 *   node --expose-gc warm.js <bundle.js> <mix.json> <invocations> <warmup>
 * The mix's envelopes are taken round robin. Each event is parsed from JSON
 * before its timer starts, as the Lambda runtime hands the handler a fresh object;
 * an entry that continues a session carries the session attributes the previous
 * response returned, as Alexa sends them.
 */
import { readFileSync } from "node:fs";
import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { nextEvent, report, speechOf, type MixEntry } from "./protocol";

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

function gcKind(entry: PerformanceEntry): number | undefined {
  return ((entry as { detail?: unknown }).detail as { kind?: number } | null | undefined)?.kind;
}

function heapUsed(): number {
  if (globalThis.gc) {
    globalThis.gc();
    globalThis.gc();
  }
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const [bundlePath, mixPath, invocationsArg, warmupArg] = process.argv.slice(2);
  if (!bundlePath || !mixPath) throw new Error("usage: warm.js <bundle.js> <mix.json> <invocations> <warmup>");
  const invocations = Number(invocationsArg);
  const warmup = Number(warmupArg);
  const mix = JSON.parse(readFileSync(mixPath, "utf8")) as MixEntry[];
  const texts = mix.map((entry) => JSON.stringify(entry.envelope));
  const context = {};

  const { handler } = require(bundlePath) as { handler: Handler };
  const heapAfterLoadBytes = heapUsed();

  const speechByName: Record<string, string> = {};
  let previous: unknown;
  const eventAt = (k: number): unknown => {
    const entry = mix[k];
    return entry ? nextEvent(entry, texts[k] ?? "null", previous) : null;
  };
  for (let i = 0; i < warmup; i += 1) {
    const k = i % texts.length;
    const response = await handler(eventAt(k), context);
    previous = response;
    const name = mix[k]?.name ?? String(k);
    if (!(name in speechByName)) speechByName[name] = speechOf(response);
  }

  const gcs: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });

  const durations = new Float64Array(invocations);
  const byName = mix.map(() => [] as number[]);
  for (let i = 0; i < invocations; i += 1) {
    const k = i % texts.length;
    const event = eventAt(k);
    const start = process.hrtime.bigint();
    previous = await handler(event, context);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    durations[i] = ms;
    byName[k]?.push(ms);
  }
  // GC entries reach the observer from a timer task, after the loop: let it catch up before counting.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  const minorGcs = gcs.filter((entry) => gcKind(entry) === constants.NODE_PERFORMANCE_GC_MINOR).length;
  const gcPauseMs = gcs.reduce((sum, entry) => sum + entry.duration, 0);
  const heapUsedBytes = heapUsed();

  const sorted = durations.slice().sort();
  const p50ByName: Record<string, number> = {};
  mix.forEach((entry, k) => {
    p50ByName[entry.name] = percentile(Float64Array.from(byName[k] ?? []).sort(), 0.5);
  });
  report({
    invocations,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    meanMs: durations.reduce((sum, ms) => sum + ms, 0) / Math.max(1, invocations),
    p50ByName,
    heapUsedBytes,
    heapAfterLoadBytes,
    gcExposed: globalThis.gc !== undefined,
    minorGcs,
    otherGcs: gcs.length - minorGcs,
    gcPauseMs,
    speechByName,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
