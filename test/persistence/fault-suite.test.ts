/**
 * The fault suite of issue 23: the self-hosted server, in a process of its
 * own, in front of dynalite behind a proxy that answers HTML pages, plain-text
 * 503s, truncated bodies, bodies cut mid-way, resets, hangs and throttling;
 * "forget me" with a quarantine delete that is refused; file-store writers
 * killed with SIGKILL mid-write; and a table that answers everything just inside
 * the store's deadline ("slow"), the slowest a turn gets. It counts, prints, and
 * with FAULT_RESULTS=1 in the environment writes to test/persistence/fault-results.json:
 * - lostUpdates: saves a killed writer's store acknowledged that the record does not hold (target 0);
 * - processDeaths: server processes that died (target 0);
 * - untrueReplies: replies that say a place is saved, or data deleted, when the stored record says otherwise (target 0);
 * - slowestTurnMs: the slowest turn the server answered (the target is under 1.5 s;
 *   reported, not asserted here: timings belong to `npm run bench`).
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Request, RequestEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DYNAMO_TIMEOUT_MS, DynamoStore } from "../../lambda/persistence/dynamo-store";
import { FileStore } from "../../lambda/persistence/file-store";
import { FORGET } from "../../models/content/prompts";
import { ssmlToText } from "../../scripts/lib/speech-text";
import { envelope, intentRequest, matched, requestOf } from "../support/envelopes";
import { createTable, localConnection, startDynalite, type LocalDynamo } from "../support/dynalite";
import { startFaultProxy, type Fault, type FaultProxy } from "../support/fault-proxy";
import { useTempFolders } from "../support/temp-folders";
import { serveInChild, type Served } from "../server/child-server";

const ROOT = join(__dirname, "..", "..");
const TABLE = "neck-coach-fault-suite";
const RESULTS = join(__dirname, "fault-results.json");
const WRITER = join(__dirname, "file-writer.child.ts");
const FAULTS: readonly Fault[] = ["pass", "html", "text-503", "truncated", "cut", "reset", "hang", "throttle", "slow"];
/** Writers killed with SIGKILL in the file-store part. */
const KILLS = 30;

const report = {
  faults: [...FAULTS, "forget with a refused quarantine delete", `${KILLS} file-store writers killed mid-write`],
  turns: 0,
  slowestTurnMs: 0,
  processDeaths: 0,
  untrueReplies: [] as string[],
  acknowledged: 0,
  storedVisits: 0,
  lostUpdates: 0,
};

const folders = useTempFolders("fault-suite");
let dynamo: LocalDynamo;
let proxy: FaultProxy;
let server: Served;
let direct: DynamoStore;

const serverEnv = (): NodeJS.ProcessEnv => ({
  NECK_COACH_STORE: "dynamodb",
  NECK_COACH_TABLE: TABLE,
  DYNAMODB_ENDPOINT: proxy.endpoint,
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "local",
  AWS_SECRET_ACCESS_KEY: "local",
});

beforeAll(async () => {
  dynamo = await startDynalite();
  await createTable(dynamo.endpoint, TABLE);
  proxy = await startFaultProxy(dynamo.endpoint);
  direct = new DynamoStore({ tableName: TABLE, connection: localConnection(dynamo.endpoint) });
  server = await serveInChild(serverEnv());
}, 60_000);
afterAll(async () => {
  server?.child.kill("SIGKILL");
  await proxy?.stop();
  await dynamo?.stop();
  const { untrueReplies, ...counts } = report;
  const results = { ...counts, untrueReplies: untrueReplies.length, untrue: untrueReplies };
  if (process.env.FAULT_RESULTS === "1") writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`fault suite: ${JSON.stringify(results)}`);
});

function misbehave(fault: Fault, only?: string, onlyBody?: string): void {
  proxy.fault = fault;
  proxy.only = only;
  proxy.onlyBody = onlyBody;
  proxy.faultsLeft = Number.POSITIVE_INFINITY;
  proxy.slowMs = DYNAMO_TIMEOUT_MS - 150;
}

/** One session of one user against the server: each request continues the last reply's session. */
function session(userId: string) {
  let attributes: unknown;
  let count = 0;
  return async (request: Request): Promise<string> => {
    count += 1;
    const body: RequestEnvelope = envelope(request, {
      userId,
      session: count === 1 ? "new" : "continuing",
      attributes,
      sessionId: `amzn1.echo-api.session.${userId}`,
    });
    const started = performance.now();
    const answer = await fetch(`${server.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const ms = performance.now() - started;
    report.turns += 1;
    report.slowestTurnMs = Math.max(report.slowestTurnMs, Math.round(ms));
    expect(answer.status).toBe(200);
    const json = (await answer.json()) as {
      sessionAttributes?: unknown;
      response?: { outputSpeech?: { ssml?: string } };
    };
    attributes = json.sessionAttributes;
    return ssmlToText(json.response?.outputSpeech?.ssml ?? "");
  };
}

const now = () => ({ timestamp: new Date().toISOString(), requestId: `amzn1.echo-api.request.${crypto.randomUUID()}` });

/** The server must still be there; if it died, it is counted and started again. */
async function stillServing(): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) return;
  report.processDeaths += 1;
  server = await serveInChild(serverEnv());
}

describe("the server in front of a table that misbehaves", () => {
  it.each(FAULTS)("answers every turn with %s, saying only what is true of the stored record", async (fault) => {
    const userId = `amzn1.ask.account.FAULT-SUITE-${fault}`;
    misbehave(fault);
    const say = session(userId);
    await say(requestOf("LaunchRequest", now()));
    await say(intentRequest("StartRoutineIntent", { routine: matched("routine", "quick routine", "quick") }, now()));
    await say(intentRequest("AMAZON.NextIntent", {}, now()));
    const paused = await say(intentRequest("AMAZON.PauseIntent", {}, now()));
    await stillServing();
    misbehave("pass");
    const stored = await direct.read(userId);
    const routine = (stored?.data as { routine?: { routineId?: string; index?: number } } | undefined)?.routine;
    if (paused.includes("Your place is saved") && !(routine?.routineId === "quick" && routine.index === 1)) {
      report.untrueReplies.push(`${fault}: "${paused}" with ${JSON.stringify(routine ?? null)} stored`);
    }
    expect(paused).toMatch(/Paused after the/);
    if (fault === "pass" || fault === "slow") expect(paused).toContain("Your place is saved");
    else expect(paused).toMatch(/Your place is saved|couldn't make sure your place was kept/);
  });

  it("has not died", () => {
    expect(server.child.exitCode).toBeNull();
    expect(report.processDeaths).toBe(0);
    expect(report.untrueReplies).toEqual([]);
  });
});

describe("forget me with a quarantine delete that is refused", () => {
  it.each([
    ["the quarantined copies", `#quarantine"`],
    ["the record", `FORGET"}`],
  ])("says it deleted everything only when %s and the rest are gone", async (_name, body) => {
    const userId = "amzn1.ask.account.FAULT-SUITE-FORGET";
    misbehave("pass");
    await direct.write(userId, { schema: 2, visits: 3 }, undefined);
    const item = await direct.read(userId);
    if (!item) throw new Error("nothing stored");
    await direct.quarantine(userId, item);
    const say = session(userId);
    await say(requestOf("LaunchRequest", now()));
    await say(intentRequest("ForgetMeIntent", {}, now()));
    misbehave("deny", "DeleteItem", body);
    const reply = await say(intentRequest("AMAZON.YesIntent", {}, now()));
    await stillServing();
    misbehave("pass");
    const left = (await direct.read(userId)) !== undefined || (await direct.read(`${userId}#quarantine`)) !== undefined;
    if (/I've deleted/.test(reply) === left || /nothing has changed/.test(reply))
      report.untrueReplies.push(`forget (${_name} refused): "${reply}", data left: ${left}`);
    expect(reply).not.toMatch(/I've deleted|nothing has changed/);
    expect(reply).toContain(FORGET.failed);
    await direct.remove(userId);
  });
});

describe("file-store writers killed mid-write", () => {
  it(`lose no acknowledged update across ${KILLS} kills`, async () => {
    const folder = folders.fresh();
    const key = "amzn1.ask.account.FAULT-SUITE-KILLS";
    let acknowledged = 0;
    const start = () => {
      const child = spawn(process.execPath, ["--import", "tsx", WRITER, folder, key], {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "ignore"],
      });
      const writer = { child, acks: 0, exited: new Promise<void>((resolve) => child.on("exit", () => resolve())) };
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        const acks = chunk.split("ack\n").length - 1;
        writer.acks += acks;
        acknowledged += acks;
      });
      return writer;
    };
    const writers = [start(), start(), start()];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const index = kill % writers.length;
      const victim = writers[index];
      if (!victim) continue;
      // Once it is writing (its first save acknowledged), it is killed at a random moment of its next few writes.
      await expect.poll(() => victim.acks, { timeout: 30_000, interval: 5 }).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      victim.child.kill("SIGKILL");
      await victim.exited;
      writers[index] = start();
    }
    for (const writer of writers) writer.child.kill("SIGKILL");
    await Promise.all(writers.map((writer) => writer.exited));
    const stored = await new FileStore(folder).read(key);
    const visits = Number((stored?.data as { visits?: unknown } | undefined)?.visits ?? 0);
    report.acknowledged = acknowledged;
    report.storedVisits = visits;
    // Each save adds one visit: the record holds at least every acknowledged one (more when a writer died after its save landed).
    report.lostUpdates = Math.max(0, acknowledged - visits);
    expect(acknowledged).toBeGreaterThan(0);
    expect(report.lostUpdates).toBe(0);
  }, 180_000);
});
