/**
 * DynamoDB that misbehaves: dynalite behind a proxy that hangs, throttles,
 * resets, or takes a write and loses its answer. A store operation gives up
 * within its deadline, so a turn answers well inside Alexa's 8 s. The bound
 * checked here is the 2 s per turn; the store's deadline is 0.7 s.
 */
import { describe, expect, it, vi } from "vitest";
import { DYNAMO_TIMEOUT_MS, DynamoStore } from "../../lambda/persistence/dynamo-store";
import { loadRecord, SAVE_BUDGET_MS, saveRecord } from "../../lambda/persistence/records";
import { defaultRecord } from "../../lambda/persistence/user-record";
import { newDevice, TEST_USER } from "../support/conversation";
import { localConnection, type LocalDynamo } from "../support/dynalite";
import { useStoreBehindProxy } from "../support/store-behind-proxy";
import type { Fault, FaultProxy } from "../support/fault-proxy";

const TABLE = "neck-coach-faults";
/** The bound for a turn against a hung or throttled store. */
const TURN_BOUND_MS = 2_000;

let dynamo: LocalDynamo;
let proxy: FaultProxy;
let store: DynamoStore;

useStoreBehindProxy(TABLE, (local) => ({ dynamo, proxy, store } = local));

function misbehave(fault: Fault, options: { only?: string; times?: number } = {}): void {
  proxy.fault = fault;
  proxy.only = options.only;
  proxy.faultsLeft = options.times ?? Number.POSITIVE_INFINITY;
  for (const operation of Object.keys(proxy.seen)) delete proxy.seen[operation];
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe.each(["hang", "throttle", "reset"] as const)("a table that would %s every request", (fault) => {
  it("costs a load or a save at most the store's deadline, and neither throws", async () => {
    misbehave(fault);
    const load = await timed(() => loadRecord(store, "amzn1.ask.account.FAULT-LOAD"));
    expect(load.value).toMatchObject({ writable: false, reason: "unavailable" });
    const save = await timed(() =>
      saveRecord(store, "amzn1.ask.account.FAULT-SAVE", {}, defaultRecord(), { ...defaultRecord(), visits: 1 }),
    );
    expect(save.value).toMatchObject({ ok: false, reason: "unavailable" });
    for (const { ms } of [load, save]) expect(ms).toBeLessThan(DYNAMO_TIMEOUT_MS + 400);
    // Bounded retries: a throttled or reset request is tried again a few times, never forever.
    const tries = (proxy.seen.GetItem ?? 0) + (proxy.seen.UpdateItem ?? 0);
    expect(tries).toBeGreaterThanOrEqual(2);
    expect(tries).toBeLessThan(40);
  });

  it("leaves every turn of a session answering within 2 s with a valid reply that admits nothing untrue", async () => {
    misbehave(fault);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const user = newDevice({ store, userId: TEST_USER });
      for (const line of ["open neck coach", "start the quick routine", "next", "go back", "what's next", "help"]) {
        const { value: reply, ms } = await timed(() => user.say(line));
        expect(ms, `"${line}" answered in ${Math.round(ms)} ms`).toBeLessThan(TURN_BOUND_MS);
        expect(reply.speech).not.toMatch(/sorry|error|wrong|database|saved/i);
      }
      expect(logged.mock.calls.map((call) => String(call[0])).join("\n")).not.toContain(TEST_USER);
    } finally {
      logged.mockRestore();
    }
  });
});

describe("a table that hangs when the user stops mid-routine", () => {
  // KNOWN, for the turn to fix: the stop reply says the place is saved when the store could not save it.
  // When the turn says nothing of saving then, this test fails: make it a plain `it`.
  it("does not claim the place in the routine is saved", async () => {
    misbehave("hang");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const user = newDevice({ store, userId: TEST_USER });
      await user.say("open neck coach");
      await user.say("start the quick routine");
      const { value: reply, ms } = await timed(() => user.say("stop"));
      expect(ms).toBeLessThan(TURN_BOUND_MS);
      expect(reply.speech).not.toMatch(/saved/i);
    } finally {
      logged.mockRestore();
    }
  });
});

describe("a table that answers every request just inside the store's timeout", () => {
  it("costs a turn's load and a save that meets a conflict at most about 1.5 s together", async () => {
    const key = "amzn1.ask.account.FAULT-SLOW";
    misbehave("slow");
    proxy.slowMs = DYNAMO_TIMEOUT_MS - 150;
    const started = performance.now();
    const loaded = await loadRecord(store, key);
    if (!loaded.writable) throw new Error("the slow read should still answer");
    // Another session writes meanwhile, straight to the table: this save will conflict and re-read.
    const other = new DynamoStore({ tableName: TABLE, connection: localConnection(dynamo.endpoint) });
    await other.write(key, { ...defaultRecord(), visits: 1 }, undefined);
    const saved = await saveRecord(store, key, loaded.token, loaded.record, { ...loaded.record, visits: 1 });
    const ms = performance.now() - started;
    expect(saved.ok).toBe(false);
    expect(ms).toBeLessThan(DYNAMO_TIMEOUT_MS + SAVE_BUDGET_MS + 300);
    proxy.slowMs = 0;
  });
});

describe("a table that is briefly throttled", () => {
  it("absorbs two throttled answers within the deadline", async () => {
    misbehave("throttle", { times: 2 });
    const loaded = await loadRecord(store, "amzn1.ask.account.FAULT-BRIEF");
    expect(loaded).toMatchObject({ writable: true, status: "new" });
    expect(proxy.seen.GetItem).toBe(3);
  });
});

describe("a write whose answer is lost after it took effect", () => {
  it("is tried again, recognised as ours, and counted once", async () => {
    const key = "amzn1.ask.account.FAULT-LOST-ANSWER";
    misbehave("pass");
    const loaded = await loadRecord(store, key);
    if (!loaded.writable) throw new Error("not writable");
    misbehave("lose-answer", { only: "UpdateItem", times: 1 });
    const saved = await saveRecord(store, key, loaded.token, loaded.record, { ...loaded.record, visits: 1 });
    expect(saved).toMatchObject({ ok: true, token: { version: 1 } });
    expect(proxy.seen.UpdateItem).toBe(2);
    misbehave("pass");
    expect(await loadRecord(store, key)).toMatchObject({ record: { visits: 1 }, token: { version: 1 } });
  });
});
