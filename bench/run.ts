/**
 * npm run bench: Neck Coach against the floor, a hello-world ask-sdk-core
 * skill (bench/hello), both bundled with the Lambda's esbuild settings. A third
 * bundle, the floor plus Neck Coach's content (bench/hello-with-content), shows
 * in size and cold start what the content alone costs, and is the baseline of
 * the memory store's overhead targets. On the DynamoDB path the baseline is a
 * bare ask-sdk-core skill reading and writing with the AWS SDK v3 document
 * client (bench/hello-dynamo), and Neck Coach is measured with each DynamoDB
 * client candidate: @aws-lite/client (what the Lambda ships), and the AWS SDK
 * v3 left to the runtime or bundled and minified (bench/candidates).
 *
 *   tsx bench/run.ts [--smoke] [--results <file>] [--out-dir <dir>]
 *
 * Measures bundle size, cold start (fresh node processes: require + first
 * answer on the child's clock, and wall time net of an empty node process),
 * warm latency and heap (10,000 in-process invocations after a warm-up of the
 * same number of passes over each skill's mix, so every kind of request is
 * equally warm; and, for information, after the same short warm-up of 500
 * invocations for both), and store round trips
 * per turn (a routine session on dynalite). Prints a table, writes
 * bench/results.json, exits 1 when a target is missed (never in --smoke).
 * --smoke: 3 cold runs and 200 warm invocations, a throwaway build folder,
 * results to a temp file unless --results is given. No figure of a smoke run means anything.
 * --out-dir must lie under bench/.out/ (it is emptied first).
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { ERRORS, FALLBACK } from "../models/content/prompts";
import {
  bundle,
  CAN_FULFILL_FILE,
  DYNAMO_CLIENT_FILE,
  LAMBDA_BUILD,
  PROJECT_ROOT,
  SEARCH_FILE,
} from "../scripts/lib/bundle";
import { spokenText } from "../scripts/lib/speech-text";
import { DynamoStore } from "../lambda/persistence/dynamo-store";
import { FileStore } from "../lambda/persistence/file-store";
import { parseRecord } from "../lambda/persistence/user-record";
import {
  createTable,
  localConnection,
  localSdkConfig,
  startDynalite,
  type LocalDynamo,
} from "../scripts/lib/local-dynamo";
import { REPORT_PREFIX, type ColdReport, type MixEntry, type WarmReport } from "./child/protocol";
import { withAttributes } from "../test/support/attributes-store";
import { BENCH_USER } from "./envelopes";
import { coldLaunch, helloMix, neckCoachMix } from "./mixes";
import { startSettingsApi } from "./settings-api";
import { measureSettingsOverlap, measureStoreTrips, type StoreTripReport } from "./store-trips";

interface Settings {
  /** Fresh processes per case, interleaved. */
  readonly coldRuns: number;
  readonly warmInvocations: number;
  /** Warm-up passes over a skill's mix before timing: each request kind runs this often. */
  readonly warmupPasses: number;
  /** The short warm-up, in invocations, of the information-only early figures. */
  readonly earlyWarmup: number;
  /** Warm children per skill, alternating; the median round is reported. */
  readonly warmRounds: number;
}

const FULL: Settings = { coldRuns: 21, warmInvocations: 10_000, warmupPasses: 500, earlyWarmup: 500, warmRounds: 5 };
const SMOKE: Settings = { coldRuns: 3, warmInvocations: 200, warmupPasses: 5, earlyWarmup: 50, warmRounds: 1 };

/** The targets of npm run bench; the size and cold start over the bare baseline alone are shown for information. */
const TARGETS = {
  /** The memory store's cold start and gzip size over "baseline + the same content" (issue 22: 1.3). */
  overContentRatio: 1.3,
  /** The DynamoDB path's cold start over the bare SDK v3 skill doing the same read and write. */
  dynamoColdRatio: 0.6,
  warmP99Ratio: 3,
  readsPerTurn: 1,
  unchangedWrites: 0,
  /** The time zone is read on a session's first turn only. */
  settingsCallsFirstTurn: 1,
  settingsCallsLaterTurns: 0,
} as const;

/** The settings API's answer times the overlap is measured at: a local answer, and a remote one's. */
const SETTINGS_DELAYS_MS = [0, 30] as const;

/**
 * The DynamoDB client candidates: the case id of each cold start, its label,
 * and how Neck Coach is built for it. The first is what the Lambda ships.
 */
const DYNAMO_CANDIDATES = [
  { id: "dynamodb", label: "@aws-lite/client, bundled (shipped)", sdk: undefined },
  { id: "dynamodbSdkRuntime", label: "AWS SDK v3 from the runtime", sdk: "runtime" },
  { id: "dynamodbSdkBundled", label: "AWS SDK v3, bundled and minified", sdk: "bundled" },
] as const;
type DynamoCandidate = (typeof DYNAMO_CANDIDATES)[number];

interface Metric {
  readonly label: string;
  readonly unit: "B" | "ms" | "MB" | "count";
  /** The hello-world skill; null where it has no counterpart (store round trips). */
  readonly baseline: number | null;
  readonly neckCoach: number;
  /** neckCoach / baseline; null without a baseline, or when the baseline is not positive. */
  readonly ratio: number | null;
  /** "≤ 1.5× baseline", "≤ 1", "= 0", or "info". */
  readonly target: string;
  /** null for information only. */
  readonly pass: boolean | null;
}

interface BenchResults {
  readonly node: string;
  readonly date: string;
  readonly platform: string;
  readonly cpus: number;
  readonly mode: "full" | "smoke";
  readonly settings: Settings;
  readonly metrics: Readonly<Record<string, Metric>>;
  readonly detail: Record<string, unknown>;
}

// ---------------------------------------------------------------- helpers

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Child environment: ours, minus anything that would change how a skill or node behaves. */
function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(NECK_COACH_|AWS_|DYNAMODB_|SKILL_ID$|NODE_OPTIONS$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

interface ChildRun<T> {
  readonly report: T;
  readonly wallMs: number;
  readonly stderr: string;
}

/** Runs `node <args>`, timing spawn to exit; resolves with the child's report line. */
function runChild<T>(args: readonly string[], env: NodeJS.ProcessEnv): Promise<ChildRun<T>> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = stdout.split("\n").find((l) => l.startsWith(REPORT_PREFIX));
      if (code !== 0 || !line) {
        reject(new Error(`node ${args.join(" ")} exited ${code}\n${stderr.slice(-2000)}`));
        return;
      }
      resolvePromise({ report: JSON.parse(line.slice(REPORT_PREFIX.length)) as T, wallMs, stderr });
    });
  });
}

/** A reply the benchmark should not be timing: empty, the error apology, or a fallback. */
function badReply(speech: string): string | undefined {
  const said = spokenText(speech);
  if (!said) return "no speech";
  if (said.includes(ERRORS.apology)) return "the error apology";
  if (FALLBACK.sorry.some((sorry) => said.startsWith(sorry))) return "a fallback";
  return undefined;
}

/** null when the baseline is not positive (a net time can come out at or below zero on a noisy machine). */
function ratioOf(neckCoach: number, baseline: number): number | null {
  return baseline > 0 && Number.isFinite(neckCoach) ? neckCoach / baseline : null;
}

function compared(label: string, unit: Metric["unit"], baseline: number, neckCoach: number, maxRatio?: number): Metric {
  const ratio = ratioOf(neckCoach, baseline);
  return {
    label,
    unit,
    baseline,
    neckCoach,
    ratio,
    target: maxRatio === undefined ? "info" : `≤ ${maxRatio}× baseline`,
    pass: maxRatio === undefined ? null : ratio !== null && ratio <= maxRatio,
  };
}

function absolute(label: string, value: number, target?: { readonly max: number }): Metric {
  return {
    label,
    unit: "count",
    baseline: null,
    neckCoach: value,
    ratio: null,
    target: target === undefined ? "info" : target.max === 0 ? "= 0" : `≤ ${target.max}`,
    pass: target === undefined ? null : value <= target.max,
  };
}

// ---------------------------------------------------------------- phases

interface Built {
  readonly hello: string;
  /** The baseline plus Neck Coach's content: what the content alone costs. */
  readonly helloWithContent: string;
  /** Neck Coach's content with no framework: what Neck Coach's own code costs on top. */
  readonly contentOnly: string;
  /** The baseline of the DynamoDB path: the same read and write with the SDK v3 document client. */
  readonly helloDynamo: string;
  /** The Lambda as shipped (its DynamoDB client is the first candidate). */
  readonly neckCoach: string;
  /** Neck Coach built with each SDK candidate as its DynamoDB client. */
  readonly neckCoachSdkRuntime: string;
  readonly neckCoachSdkBundled: string;
  readonly coldChild: string;
  readonly warmChild: string;
}

/** Puts bench/candidates/sdk-dynamo-client.ts where the DynamoDB store imports its client. */
const SDK_CLIENT: Plugin = {
  name: "sdk-dynamo-client",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/dynamo-client$/ }, (args) =>
      args.importer.endsWith(join("lambda", "persistence", "dynamo-store.ts"))
        ? { path: join(PROJECT_ROOT, "bench", "candidates", "sdk-dynamo-client.ts") }
        : undefined,
    );
  },
};

/** Neck Coach with the AWS SDK v3 as its DynamoDB client, left to the runtime or bundled. */
async function bundleWithSdk(outfile: string, sdk: "runtime" | "bundled"): Promise<string> {
  await build({
    ...LAMBDA_BUILD,
    entryPoints: [join(PROJECT_ROOT, "lambda", "index.ts")],
    outfile,
    plugins: [SDK_CLIENT],
    external: sdk === "runtime" ? LAMBDA_BUILD.external : [],
  });
  return outfile;
}

async function buildAll(outDir: string): Promise<Built> {
  const out = (name: string): string => join(outDir, name);
  const [
    hello,
    helloWithContent,
    contentOnly,
    helloDynamo,
    neckCoach,
    neckCoachSdkRuntime,
    neckCoachSdkBundled,
    coldChild,
    warmChild,
  ] = await Promise.all([
    bundle(join(PROJECT_ROOT, "bench", "hello", "index.ts"), out("hello.js")),
    bundle(join(PROJECT_ROOT, "bench", "hello-with-content", "index.ts"), out("hello-with-content.js")),
    bundle(join(PROJECT_ROOT, "bench", "content-only", "index.ts"), out("content-only.js")),
    bundle(join(PROJECT_ROOT, "bench", "hello-dynamo", "index.ts"), out("hello-dynamo.js")),
    bundle(join(PROJECT_ROOT, "lambda", "index.ts"), out("neck-coach.js")),
    bundleWithSdk(out("neck-coach-sdk-runtime.js"), "runtime"),
    bundleWithSdk(out("neck-coach-sdk-bundled.js"), "bundled"),
    bundle(join(PROJECT_ROOT, "bench", "child", "cold.ts"), out("cold.js")),
    bundle(join(PROJECT_ROOT, "bench", "child", "warm.ts"), out("warm.js")),
  ]);
  return {
    hello,
    helloWithContent,
    contentOnly,
    helloDynamo,
    neckCoach,
    neckCoachSdkRuntime,
    neckCoachSdkBundled,
    coldChild,
    warmChild,
  };
}

function candidateBundle(built: Built, candidate: DynamoCandidate): string {
  if (candidate.sdk === "runtime") return built.neckCoachSdkRuntime;
  if (candidate.sdk === "bundled") return built.neckCoachSdkBundled;
  return built.neckCoach;
}

interface Size {
  readonly raw: number;
  readonly gzip: number;
  readonly map: number;
}

function sizeOf(file: string): Size {
  const code = readFileSync(file);
  return { raw: code.length, gzip: gzipSync(code).length, map: readFileSync(`${file}.map`).length };
}

interface ColdCase {
  readonly id: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

/** Medians over the runs of one case, in ms. */
interface ColdStats {
  /** require(bundle) plus the first invocation, on the child's clock: the cold start net of node's own start. */
  readonly firstAnswerMs: number;
  readonly requireMs: number;
  readonly invokeMs: number;
  /** From process start (time origin) to the answer, on the child's clock; includes node's bootstrap. */
  readonly answeredAt: number;
  /** Spawn to exit, on our clock. */
  readonly wallMs: number;
  readonly runs: number;
}

/** mulberry32: a small deterministic generator, so runs shuffle the same way. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

async function measureCold(cases: readonly ColdCase[], runs: number): Promise<Record<string, ColdStats>> {
  const samples = new Map<string, { report: ColdReport; wallMs: number }[]>(cases.map((c) => [c.id, []]));
  const random = seededRandom(20260115);
  for (let round = 0; round < runs; round += 1) {
    // Interleaved, in a new order each round, so drift in machine load, and whatever a
    // case leaves behind for the next one, hits every case alike.
    for (const coldCase of shuffled(cases, random)) {
      const run = await runChild<ColdReport>(coldCase.args, coldCase.env);
      if (coldCase.id !== "empty") {
        const bad = badReply(run.report.speech);
        if (bad) throw new Error(`Cold start "${coldCase.id}" answered with ${bad}: ${spokenText(run.report.speech)}`);
        // The skill logs store failures as error lines and still answers: a broken store must not pass unseen.
        if (run.stderr.includes('"level":"error"'))
          throw new Error(`Cold start "${coldCase.id}" logged an error:\n${run.stderr}`);
      }
      samples.get(coldCase.id)?.push(run);
    }
  }
  const stats: Record<string, ColdStats> = {};
  for (const [id, runsOfCase] of samples) {
    stats[id] = {
      firstAnswerMs: median(runsOfCase.map((r) => r.report.requireMs + r.report.invokeMs)),
      requireMs: median(runsOfCase.map((r) => r.report.requireMs)),
      invokeMs: median(runsOfCase.map((r) => r.report.invokeMs)),
      answeredAt: median(runsOfCase.map((r) => r.report.answeredAt)),
      wallMs: median(runsOfCase.map((r) => r.wallMs)),
      runs: runsOfCase.length,
    };
  }
  return stats;
}

interface PerSkill<T> {
  readonly hello: T;
  readonly neckCoach: T;
}

/** Warm children, alternating skills, `settings.warmRounds` each; `warmup` invocations before timing. */
async function measureWarm(
  built: Built,
  mixFiles: PerSkill<string>,
  warmup: PerSkill<number>,
  settings: Settings,
): Promise<{ hello: WarmReport[]; neckCoach: WarmReport[] }> {
  const rounds = { hello: [] as WarmReport[], neckCoach: [] as WarmReport[] };
  const args = (bundlePath: string, mix: string, warmupInvocations: number): string[] => [
    "--expose-gc",
    built.warmChild,
    bundlePath,
    mix,
    String(settings.warmInvocations),
    String(warmupInvocations),
  ];
  for (let round = 0; round < settings.warmRounds; round += 1) {
    const order = round % 2 === 0 ? (["hello", "neckCoach"] as const) : (["neckCoach", "hello"] as const);
    for (const which of order) {
      const bundlePath = which === "hello" ? built.hello : built.neckCoach;
      const env = which === "hello" ? childEnv() : childEnv({ NECK_COACH_STORE: "memory" });
      const { report } = await runChild<WarmReport>(args(bundlePath, mixFiles[which], warmup[which]), env);
      for (const [name, speech] of Object.entries(report.speechByName)) {
        const bad = badReply(speech);
        if (bad) throw new Error(`Warm mix "${which}" request "${name}" answered with ${bad}: ${spokenText(speech)}`);
      }
      rounds[which].push(report);
    }
  }
  return rounds;
}

/** The file and DynamoDB cold starts really used their store: the user's visits count every run, in every table. */
async function checkColdStores(
  runs: number,
  dataDir: string,
  endpoint: string,
  tables: Readonly<Record<string, string>>,
): Promise<void> {
  const launch = coldLaunch();
  const counts: Record<string, number> = {
    file: parseRecord(await withAttributes(new FileStore(dataDir)).getAttributes(launch)).record.visits,
  };
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient(localSdkConfig(endpoint)));
  try {
    for (const [id, table] of Object.entries(tables)) {
      if (id === "dynamoBaseline") {
        const { Item } = await documents.send(
          new GetCommand({ TableName: table, Key: { id: BENCH_USER }, ConsistentRead: true }),
        );
        counts[id] = typeof Item?.visits === "number" ? Item.visits : 0;
      } else {
        const store = new DynamoStore({ tableName: table, connection: localConnection(endpoint) });
        counts[id] = parseRecord(await withAttributes(store).getAttributes(launch)).record.visits;
      }
    }
  } finally {
    documents.destroy();
  }
  const wrong = Object.entries(counts).filter(([, visits]) => visits !== runs);
  if (wrong.length)
    throw new Error(
      `After ${runs} cold starts the stores count ${wrong.map(([id, v]) => `${v} (${id})`).join(", ")} visits`,
    );
}

// ---------------------------------------------------------------- output

function formatValue(value: number | null, unit: Metric["unit"]): string {
  if (value === null) return "—";
  if (!Number.isFinite(value)) return String(value);
  switch (unit) {
    case "B":
      return `${Math.round(value).toLocaleString("en-US")} B`;
    case "ms":
      return `${value.toFixed(value < 1 ? 3 : 1)} ms`;
    case "MB":
      return `${value.toFixed(1)} MB`;
    case "count":
      return String(value);
  }
}

function table(metrics: Readonly<Record<string, Metric>>): string {
  const header = ["metric", "baseline", "Neck Coach", "ratio", "target", "result"];
  const rows = Object.values(metrics).map((m) => [
    m.label,
    formatValue(m.baseline, m.unit),
    formatValue(m.neckCoach, m.unit),
    m.ratio === null ? "—" : `${m.ratio.toFixed(2)}×`,
    m.target,
    m.pass === null ? "info" : m.pass ? "pass" : "FAIL",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      results: { type: "string" },
      "out-dir": { type: "string" },
    },
  });
  const smoke = values.smoke === true;
  const settings = smoke ? SMOKE : FULL;
  const outDir = resolve(
    values["out-dir"] ?? join(PROJECT_ROOT, "bench", ".out", smoke ? `smoke-${process.pid}` : "full"),
  );
  const resultsPath = resolve(
    values.results ??
      (smoke
        ? join(tmpdir(), `neck-coach-bench-smoke-${process.pid}.json`)
        : join(PROJECT_ROOT, "bench", "results.json")),
  );
  // The bundles stay inside the project: the DynamoDB case imports @aws-sdk/* from node_modules.
  const outRoot = join(PROJECT_ROOT, "bench", ".out");
  if (
    relative(outRoot, outDir).startsWith("..") ||
    relative(outRoot, outDir) === "" ||
    isAbsolute(relative(outRoot, outDir))
  ) {
    throw new Error(`--out-dir must be a folder under ${outRoot}: it is emptied before the build`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const log = (message: string): void => console.log(`[bench] ${message}`);

  let dynamo: LocalDynamo | undefined;
  try {
    log(`building into ${outDir}`);
    const built = await buildAll(outDir);
    const sizes = {
      hello: sizeOf(built.hello),
      helloWithContent: sizeOf(built.helloWithContent),
      contentOnly: sizeOf(built.contentOnly),
      helloDynamo: sizeOf(built.helloDynamo),
      neckCoach: sizeOf(built.neckCoach),
      /** The shipped DynamoDB client, a file of its own beside the bundle (scripts/lib/bundle.ts). */
      dynamoClient: sizeOf(join(outDir, DYNAMO_CLIENT_FILE)),
      /** The other files apart: the search with its index, and the name-free answer (CanFulfillIntentRequest). */
      search: sizeOf(join(outDir, SEARCH_FILE)),
      canFulfill: sizeOf(join(outDir, CAN_FULFILL_FILE)),
      neckCoachSdkRuntime: sizeOf(built.neckCoachSdkRuntime),
      neckCoachSdkBundled: sizeOf(built.neckCoachSdkBundled),
    };

    const launchFile = join(outDir, "launch.json");
    writeFileSync(launchFile, JSON.stringify(coldLaunch()));
    const mixes: { hello: MixEntry[]; neckCoach: MixEntry[] } = { hello: helloMix(), neckCoach: neckCoachMix() };
    if (settings.earlyWarmup < Math.max(mixes.hello.length, mixes.neckCoach.length))
      throw new Error("warm-up shorter than a mix");
    const mixFiles = { hello: join(outDir, "mix-hello.json"), neckCoach: join(outDir, "mix-neck-coach.json") };
    writeFileSync(mixFiles.hello, JSON.stringify(mixes.hello));
    writeFileSync(mixFiles.neckCoach, JSON.stringify(mixes.neckCoach));

    const local = await startDynalite();
    dynamo = local;
    // One table per DynamoDB cold case, so each one's visits can be counted.
    const coldTables: Record<string, string> = { dynamoBaseline: "neck-coach-bench-cold-baseline" };
    for (const candidate of DYNAMO_CANDIDATES) coldTables[candidate.id] = `neck-coach-bench-cold-${candidate.id}`;
    const tripsTable = "neck-coach-bench-trips";
    for (const table of [...Object.values(coldTables), tripsTable]) await createTable(dynamo.endpoint, table);

    const dataDir = join(outDir, "data");
    const skillArgs = (bundlePath: string): string[] => [built.coldChild, "skill", bundlePath, launchFile];
    const cases: ColdCase[] = [
      { id: "empty", args: [built.coldChild, "empty", "-", launchFile], env: childEnv() },
      { id: "hello", args: skillArgs(built.hello), env: childEnv() },
      { id: "helloWithContent", args: skillArgs(built.helloWithContent), env: childEnv() },
      { id: "contentOnly", args: skillArgs(built.contentOnly), env: childEnv() },
      { id: "memory", args: skillArgs(built.neckCoach), env: childEnv({ NECK_COACH_STORE: "memory" }) },
      {
        id: "file",
        args: skillArgs(built.neckCoach),
        env: childEnv({ NECK_COACH_STORE: "file", NECK_COACH_DATA_DIR: dataDir }),
      },
    ];
    // Apart, after the others: dynalite answers in this process, whose work would slow whichever case came next.
    // Loopback dynalite; the credentials are dummies it ignores.
    const dynamoEnv = (table: string): NodeJS.ProcessEnv =>
      childEnv({
        NECK_COACH_STORE: "dynamodb",
        NECK_COACH_TABLE: table,
        DYNAMODB_ENDPOINT: local.endpoint,
        AWS_REGION: "us-east-1",
        AWS_ACCESS_KEY_ID: "local",
        AWS_SECRET_ACCESS_KEY: "local",
        AWS_EC2_METADATA_DISABLED: "true",
      });
    const dynamoCases: ColdCase[] = [
      { id: "dynamoBaseline", args: skillArgs(built.helloDynamo), env: dynamoEnv(coldTables.dynamoBaseline ?? "") },
      ...DYNAMO_CANDIDATES.map((candidate) => ({
        id: candidate.id,
        args: skillArgs(candidateBundle(built, candidate)),
        env: dynamoEnv(coldTables[candidate.id] ?? ""),
      })),
    ];
    // The first launch as Alexa sends it, with API access: Neck Coach reads the device's time zone from a local
    // settings API (in this process, answering at once) and formats its day in that zone; the baseline ignores the API.
    const settingsApi = await startSettingsApi(0);
    const launchApiFile = join(outDir, "launch-api.json");
    writeFileSync(launchApiFile, JSON.stringify(coldLaunch(settingsApi.endpoint)));
    const apiCases: ColdCase[] = [
      {
        id: "helloWithContentApi",
        args: [built.coldChild, "skill", built.helloWithContent, launchApiFile],
        env: childEnv(),
      },
      {
        id: "memoryApi",
        args: [built.coldChild, "skill", built.neckCoach, launchApiFile],
        env: childEnv({ NECK_COACH_STORE: "memory" }),
      },
    ];
    log(
      `cold start: ${settings.coldRuns} runs each of ${cases.map((c) => c.id).join(", ")}, interleaved; ` +
        `then ${dynamoCases.map((c) => c.id).join(", ")}; then ${apiCases.map((c) => c.id).join(", ")}`,
    );
    const cold = {
      ...(await measureCold(cases, settings.coldRuns)),
      ...(await measureCold(dynamoCases, settings.coldRuns)),
      ...(await measureCold(apiCases, settings.coldRuns).finally(() => settingsApi.stop())),
    };
    if (settingsApi.calls !== settings.coldRuns)
      throw new Error(`${settings.coldRuns} cold launches with API access made ${settingsApi.calls} time zone reads`);

    await checkColdStores(settings.coldRuns, dataDir, dynamo.endpoint, coldTables);

    // Equal passes, so each kind of request is as warm in Neck Coach's 11-request mix as in hello's 2-request one.
    const warmup = {
      hello: settings.warmupPasses * mixes.hello.length,
      neckCoach: settings.warmupPasses * mixes.neckCoach.length,
    };
    log(
      `warm: ${settings.warmRounds} round(s) of ${settings.warmInvocations} invocations after ${settings.warmupPasses} passes ` +
        `over each mix (${warmup.hello} and ${warmup.neckCoach} invocations); then after ${settings.earlyWarmup} for both`,
    );
    const warm = await measureWarm(built, mixFiles, warmup, settings);
    const early = await measureWarm(
      built,
      mixFiles,
      { hello: settings.earlyWarmup, neckCoach: settings.earlyWarmup },
      settings,
    );

    log("store round trips: a quick routine session on dynalite");
    const trips: StoreTripReport = await measureStoreTrips(dynamo.endpoint, tripsTable);
    log(
      `time zone read beside the store read: launches with and without API access, settings API answering after ${SETTINGS_DELAYS_MS.join(" and ")} ms`,
    );
    const overlap = await measureSettingsOverlap(dynamo.endpoint, tripsTable, smoke ? 5 : 41, SETTINGS_DELAYS_MS);

    // ---- metrics
    const empty = cold["empty"];
    const coldOf = (id: string): ColdStats => {
      const stats = cold[id];
      if (!stats || !empty) throw new Error(`no cold start figures for ${id}`);
      return stats;
    };
    const first = (id: string): number => coldOf(id).firstAnswerMs;
    const netWall = (id: string): number => coldOf(id).wallMs - coldOf("empty").wallMs;
    const warmMedian = (reports: readonly WarmReport[], pick: (r: WarmReport) => number): number =>
      median(reports.map(pick));
    const mb = (bytes: number): number => bytes / (1024 * 1024);

    const metrics: Record<string, Metric> = {
      bundleRawBytes: compared("bundle size, raw", "B", sizes.hello.raw, sizes.neckCoach.raw),
      bundleGzipBytes: compared("bundle size, gzip", "B", sizes.hello.gzip, sizes.neckCoach.gzip),
      contentGzipBytes: compared(
        "bundle size, gzip: baseline + content only",
        "B",
        sizes.hello.gzip,
        sizes.helloWithContent.gzip,
      ),
      gzipOverContentBytes: compared(
        "bundle size, gzip, over baseline + content",
        "B",
        sizes.helloWithContent.gzip,
        sizes.neckCoach.gzip,
        TARGETS.overContentRatio,
      ),
      gzipOverContentOnlyBytes: compared(
        "bundle size, gzip, over the content alone (no framework): Neck Coach's own code",
        "B",
        sizes.contentOnly.gzip,
        sizes.neckCoach.gzip,
      ),
      coldStartMs: compared("cold start: require + 1st answer", "ms", first("hello"), first("memory")),
      contentColdStartMs: compared(
        "cold start: baseline + content only",
        "ms",
        first("hello"),
        first("helloWithContent"),
      ),
      coldStartOverContentMs: compared(
        "cold start, memory store, over baseline + content",
        "ms",
        first("helloWithContent"),
        first("memory"),
        TARGETS.overContentRatio,
      ),
      coldStartOverContentOnlyMs: compared(
        "cold start, memory store, over the content alone (no framework)",
        "ms",
        first("contentOnly"),
        first("memory"),
      ),
      coldStartApiOverContentMs: compared(
        "cold start, memory store, the first launch with API access (time zone read, settings API answering at once), over baseline + content on the same launch",
        "ms",
        first("helloWithContentApi"),
        first("memoryApi"),
      ),
      coldStartWallMs: compared("cold start: wall − empty node", "ms", netWall("hello"), netWall("memory")),
      coldStartFileStoreMs: compared("cold start, file store", "ms", first("hello"), first("file")),
      ...Object.fromEntries(
        DYNAMO_CANDIDATES.map((candidate, index) => [
          `coldStartDynamo_${candidate.id}`,
          compared(
            `cold start, DynamoDB vs SDK v3 skill: ${candidate.label}`,
            "ms",
            first("dynamoBaseline"),
            first(candidate.id),
            index === 0 ? TARGETS.dynamoColdRatio : undefined,
          ),
        ]),
      ),
      dynamoClientGzipBytes: compared(
        `bundle size, gzip, with ${DYNAMO_CLIENT_FILE} (the DynamoDB store's client, apart)`,
        "B",
        sizes.hello.gzip,
        sizes.neckCoach.gzip + sizes.dynamoClient.gzip,
      ),
      packageGzipBytes: compared(
        `bundle size, gzip, the whole package (the bundle, ${DYNAMO_CLIENT_FILE}, ${SEARCH_FILE}, ${CAN_FULFILL_FILE}) over baseline + content`,
        "B",
        sizes.helloWithContent.gzip,
        sizes.neckCoach.gzip + sizes.dynamoClient.gzip + sizes.search.gzip + sizes.canFulfill.gzip,
      ),
      bundleGzipSdkBundledBytes: compared(
        "bundle size, gzip, with the SDK v3 bundled instead",
        "B",
        sizes.hello.gzip,
        sizes.neckCoachSdkBundled.gzip,
      ),
      warmP50Ms: compared(
        "warm latency p50",
        "ms",
        warmMedian(warm.hello, (r) => r.p50Ms),
        warmMedian(warm.neckCoach, (r) => r.p50Ms),
      ),
      warmP99Ms: compared(
        "warm latency p99",
        "ms",
        warmMedian(warm.hello, (r) => r.p99Ms),
        warmMedian(warm.neckCoach, (r) => r.p99Ms),
        TARGETS.warmP99Ratio,
      ),
      warmEarlyP99Ms: compared(
        `warm latency p99, after only ${settings.earlyWarmup} invocations`,
        "ms",
        warmMedian(early.hello, (r) => r.p99Ms),
        warmMedian(early.neckCoach, (r) => r.p99Ms),
      ),
      warmMinorGcs: compared(
        `minor GCs during the ${settings.warmInvocations.toLocaleString("en-US")} timed invocations (each pauses the invocation it falls in)`,
        "count",
        warmMedian(warm.hello, (r) => r.minorGcs),
        warmMedian(warm.neckCoach, (r) => r.minorGcs),
      ),
      heapUsedMB: compared(
        `heap used after ${settings.warmInvocations.toLocaleString("en-US")} invocations`,
        "MB",
        mb(warmMedian(warm.hello, (r) => r.heapUsedBytes)),
        mb(warmMedian(warm.neckCoach, (r) => r.heapUsedBytes)),
      ),
      storeMaxReadsPerTurn: absolute("store reads per turn, max", trips.maxReadsPerTurn, { max: TARGETS.readsPerTurn }),
      storeTotalWrites: absolute(`store writes, whole session (${trips.turns.length} turns)`, trips.totalWrites),
      storeUnchangedTurnWrites: absolute("store writes on turns that changed nothing", trips.writesOnUnchangedTurns, {
        max: TARGETS.unchangedWrites,
      }),
      settingsCallsFirstTurn: absolute("time zone reads on a session's first turn", trips.settingsCallsFirstTurn, {
        max: TARGETS.settingsCallsFirstTurn,
      }),
      settingsCallsLaterTurns: absolute(
        `time zone reads on the session's other ${trips.turns.length - 1} turns`,
        trips.settingsCallsLaterTurns,
        {
          max: TARGETS.settingsCallsLaterTurns,
        },
      ),
      storeReadMs: {
        label: "store read alone (dynalite), median",
        unit: "ms",
        baseline: null,
        neckCoach: overlap.storeReadMs,
        ratio: null,
        target: "info",
        pass: null,
      },
      ...Object.fromEntries(
        overlap.byDelay.map((d): [string, Metric] => [
          `settingsAddedMs${d.settingsDelayMs}`,
          compared(
            `first turn with the time zone read (API answering in ${d.settingsDelayMs} ms) over without`,
            "ms",
            d.withoutMs,
            d.withSettingsMs,
          ),
        ]),
      ),
    };

    const results: BenchResults = {
      node: process.version,
      date: new Date().toISOString(),
      platform: `${platform()} ${arch()}`,
      cpus: cpus().length,
      mode: smoke ? "smoke" : "full",
      settings,
      metrics,
      detail: {
        note:
          "Cold start: medians over the runs. firstAnswerMs = require(bundle) + first invocation on the child's clock, " +
          "which is (process start to answer) minus (process start to the same point in an empty node process) without " +
          "subtracting two noisy bootstrap times; coldStartWallMs = median spawn-to-exit wall time minus the empty process's. " +
          "Warm figures: median of the rounds, timed after warmupInvocations (the same passes over each mix); early: after the same short warm-up for both. heapUsed includes the harness's own timing samples " +
          "(about 16 bytes per invocation, the same for both skills).",
        coldNetOfEmpty: Object.fromEntries(
          Object.keys(cold)
            .filter((id) => id !== "empty")
            .map((id) => [
              id,
              { answeredAtMs: coldOf(id).answeredAt - coldOf("empty").answeredAt, wallMs: netWall(id) },
            ]),
        ),
        sizes,
        cold,
        warm: {
          warmupInvocations: warmup,
          hello: warm.hello.map(({ speechByName: _s, ...rest }) => rest),
          neckCoach: warm.neckCoach.map(({ speechByName: _s, ...rest }) => rest),
          early: {
            warmupInvocations: settings.earlyWarmup,
            hello: early.hello.map(({ speechByName: _s, ...rest }) => rest),
            neckCoach: early.neckCoach.map(({ speechByName: _s, ...rest }) => rest),
          },
          gcExposed: [...warm.hello, ...warm.neckCoach, ...early.hello, ...early.neckCoach].every((r) => r.gcExposed),
          mix: { hello: mixes.hello.map((e) => e.name), neckCoach: mixes.neckCoach.map((e) => e.name) },
        },
        storeTrips: trips,
        settingsOverlap: overlap,
      },
    };
    mkdirSync(join(resultsPath, ".."), { recursive: true });
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);

    console.log("");
    console.log(table(metrics));
    console.log("");
    console.log(
      `node ${process.version}, ${results.platform}, ${results.cpus} CPUs; cold start: ${settings.coldRuns} runs each, ` +
        `empty node process: ${coldOf("empty").answeredAt.toFixed(1)} ms to script start, ${coldOf("empty").wallMs.toFixed(1)} ms wall`,
    );
    console.log(
      `store turns: ${trips.turns.map((t) => `${t.turn} ${t.reads}r/${t.writes}w${t.changed ? "" : " (unchanged)"}`).join(", ")}`,
    );
    if (trips.unexpectedChanges.length)
      console.log(`turns expected to change nothing did: ${trips.unexpectedChanges.join(", ")}`);
    console.log(
      `time zone read on the first turn (store read alone ${overlap.storeReadMs.toFixed(2)} ms): ` +
        overlap.byDelay
          .map(
            (d) =>
              `API in ${d.settingsDelayMs} ms adds ${d.addedMs.toFixed(2)} ms (${d.withoutMs.toFixed(2)} -> ${d.withSettingsMs.toFixed(2)})`,
          )
          .join("; "),
    );
    console.log(`results: ${resultsPath}`);
    if (smoke) console.log("(smoke run: the figures mean nothing)");

    const failed = Object.values(metrics).filter((m) => m.pass === false);
    if (failed.length) console.log(`over target: ${failed.map((m) => m.label).join("; ")}`);
    return failed.length && !smoke ? 1 : 0;
  } finally {
    await dynamo?.stop();
    if (smoke && values["out-dir"] === undefined) rmSync(outDir, { recursive: true, force: true });
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(2);
  });
