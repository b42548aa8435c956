/**
 * DynamoDB answers that are not DynamoDB's JSON, from anything between the
 * function and the table (a proxy's HTML page, a plain-text 503, a body cut
 * short, a connection dropped half-way through the body): each is a store
 * failure like any other. The turn gets the store-unavailable path and answers;
 * nothing escapes as an uncaught exception (vitest fails the run on one), and
 * no call is left pending.
 */
import { describe, expect, it, vi } from "vitest";
import { parseBody } from "../../lambda/persistence/dynamo-client";
import { DYNAMO_TIMEOUT_MS, type DynamoStore } from "../../lambda/persistence/dynamo-store";
import { loadRecord, saveRecord } from "../../lambda/persistence/records";
import { defaultRecord } from "../../lambda/persistence/user-record";
import { newDevice, TEST_USER } from "../support/conversation";
import type { LocalDynamo } from "../support/dynalite";
import { useStoreBehindProxy } from "../support/store-behind-proxy";
import type { Fault, FaultProxy } from "../support/fault-proxy";

const TABLE = "neck-coach-bad-answers";

let dynamo: LocalDynamo;
let proxy: FaultProxy;
let store: DynamoStore;

useStoreBehindProxy(TABLE, (local) => ({ dynamo, proxy, store } = local));

function misbehave(fault: Fault, times = Number.POSITIVE_INFINITY, only?: string): void {
  proxy.fault = fault;
  proxy.only = only;
  proxy.onlyBody = undefined;
  proxy.faultsLeft = times;
  for (const operation of Object.keys(proxy.seen)) delete proxy.seen[operation];
}

describe.each(["html", "text-503", "truncated", "cut"] as const)("a table whose every answer is %s", (fault) => {
  it("fails a load and a save as unavailable, within the store's deadline", async () => {
    misbehave(fault);
    const load = await loadRecord(store, `amzn1.ask.account.BAD-${fault}`);
    expect(load).toMatchObject({ writable: false, reason: "unavailable" });
    const save = await saveRecord(store, `amzn1.ask.account.BAD-${fault}`, {}, defaultRecord(), {
      ...defaultRecord(),
      visits: 1,
    });
    expect(save).toMatchObject({ ok: false, reason: "unavailable" });
  });

  it("leaves every turn answering, never claiming a save", async () => {
    misbehave(fault);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const user = newDevice({ store, userId: TEST_USER });
      for (const line of ["open neck coach", "start the quick routine", "next", "help"]) {
        const reply = await user.say(line);
        expect(reply.speech).not.toMatch(/saved|error|database/i);
      }
    } finally {
      logged.mockRestore();
    }
  });
});

describe("a single bad answer among good ones", () => {
  it.each(["html", "truncated", "cut", "text-503"] as const)(
    "is tried again after %s and the write counts once",
    async (fault) => {
      const key = `amzn1.ask.account.BAD-ONCE-${fault}`;
      misbehave("pass");
      const loaded = await loadRecord(store, key);
      if (!loaded.writable) throw new Error("not writable");
      // The write lands; its answer is replaced by the bad one.
      misbehave(fault, 1, "UpdateItem");
      const saved = await saveRecord(store, key, loaded.token, loaded.record, { ...loaded.record, visits: 1 });
      expect(saved).toMatchObject({ ok: true, token: { version: 1 } });
      misbehave("pass");
      expect(await loadRecord(store, key)).toMatchObject({ record: { visits: 1 }, token: { version: 1 } });
    },
  );
});

describe("a table that is reached but answers nothing after the headers", () => {
  it("settles the call by the store's deadline", async () => {
    misbehave("cut");
    const started = Date.now();
    await expect(store.read("amzn1.ask.account.BAD-CUT-SETTLES")).rejects.toMatchObject({ name: "StoreError" });
    // Bounded: the deadline, not a socket timeout minutes later (the first retries fail fast, so well inside it).
    expect(Date.now() - started).toBeLessThanOrEqual(DYNAMO_TIMEOUT_MS + 500);
  });
});

describe("parseBody", () => {
  it("reads JSON objects and empty bodies, and nothing else", () => {
    expect(parseBody(Buffer.from('{"Item":{"id":{"S":"x"}}}'))).toEqual({ Item: { id: { S: "x" } } });
    expect(parseBody(Buffer.alloc(0))).toEqual({});
    expect(parseBody(null)).toEqual({});
    expect(parseBody(Buffer.from("<html>"))).toBeUndefined();
    expect(parseBody(Buffer.from('{"Item":{"id"'))).toBeUndefined();
  });
});
