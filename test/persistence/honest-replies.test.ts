/**
 * Replies about deleting and saving say what is true of the stored record
 * (issue 23, finding 4): "forget me" when only one of its deletes fails, and a
 * save whose routine another session's later one replaced.
 */
import { describe, expect, it, vi } from "vitest";
import { DynamoStore } from "../../lambda/persistence/dynamo-store";
import { FileStore } from "../../lambda/persistence/file-store";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { loadRecord, saveRecord, type Loaded } from "../../lambda/persistence/records";
import type { RecordStore } from "../../lambda/persistence/store";
import { defaultRecord, type UserRecord } from "../../lambda/persistence/user-record";
import { FORGET } from "../../models/content/prompts";
import { newDevice, talk, TEST_USER } from "../support/conversation";
import { localConnection, type LocalDynamo } from "../support/dynalite";
import { useStoreBehindProxy } from "../support/store-behind-proxy";
import type { FaultProxy } from "../support/fault-proxy";
import { useTempFolders } from "../support/temp-folders";

const TABLE = "neck-coach-honest";
const folders = useTempFolders("honest");
let dynamo: LocalDynamo;
let proxy: FaultProxy;
let store: DynamoStore;

useStoreBehindProxy(TABLE, (local) => ({ dynamo, proxy, store } = local));

async function storedAnything(): Promise<{ record: boolean; copies: boolean }> {
  const direct = new DynamoStore({ tableName: TABLE, connection: localConnection(dynamo.endpoint) });
  const record = (await direct.read(TEST_USER)) !== undefined;
  const copies = (await direct.read(`${TEST_USER}#quarantine`)) !== undefined;
  return { record, copies };
}

describe("forget me on DynamoDB when one of its two deletes is refused", () => {
  it.each([
    ["the quarantined copies'", `${TEST_USER}#quarantine"`],
    ["the record's", `${TEST_USER}"}`],
  ])("says what is true when %s delete fails", async (_name, body) => {
    proxy.fault = "pass";
    const direct = new DynamoStore({ tableName: TABLE, connection: localConnection(dynamo.endpoint) });
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: next", "U: pause");
    // A damaged copy kept aside earlier, as quarantine() leaves it.
    const item = await direct.read(TEST_USER);
    if (!item) throw new Error("nothing stored");
    expect(await direct.quarantine(TEST_USER, item)).toBe(true);

    proxy.fault = "deny";
    proxy.only = "DeleteItem";
    proxy.onlyBody = body;
    proxy.faultsLeft = Number.POSITIVE_INFINITY;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const [, yes] = await talk(newDevice({ store }), "U: ask neck coach to forget me", "U: yes");
    logged.mockRestore();
    proxy.fault = "pass";
    proxy.only = undefined;
    proxy.onlyBody = undefined;

    const left = await storedAnything();
    expect(left.record || left.copies).toBe(true);
    // Not "deleted everything", not "nothing has changed": the reply claims neither when either could be untrue.
    expect(yes?.speech).toContain(FORGET.failed);
    expect(yes?.speech).not.toMatch(/I've deleted|nothing has changed/);
    // The copies go first: whatever failed, no copy outlives the record it was taken from.
    expect(left.copies && !left.record).toBe(false);
    await direct.remove(TEST_USER);
  });
});

const TODAY = "2026-03-15";
const QUICK: UserRecord = {
  ...defaultRecord(),
  visits: 2,
  routine: { routineId: "quick", index: 1, continuous: false },
  usualRoutine: "quick",
  routineAt: "2026-03-14T20:00:00.000Z",
  lastVisitDay: TODAY,
};

describe.each<[string, () => RecordStore]>([
  ["memory", () => new MemoryStore()],
  ["file", () => new FileStore(folders.fresh())],
  ["DynamoDB", () => new DynamoStore({ tableName: TABLE, connection: localConnection(dynamo.endpoint) })],
])("two devices on one account, on the %s store", (_name, makeStore) => {
  async function bothLoaded(key: string): Promise<{ s: RecordStore; a: Loaded; b: Loaded }> {
    const s = makeStore();
    await s.write(key, QUICK as unknown as Record<string, unknown>, undefined);
    const a = await loadRecord(s, key);
    const b = await loadRecord(s, key);
    if (!a.writable || !b.writable) throw new Error("not writable");
    return { s, a, b };
  }

  it("does not report a place as saved when the other device's later routine is what is stored", async () => {
    const key = `amzn1.ask.account.TWO-DEVICES-LATER-${_name}`;
    const { s, a, b } = await bothLoaded(key);
    if (!a.writable || !b.writable) throw new Error("not writable");
    // A moved on in the quick routine at 10:00:01; B started the full routine at 10:00:02 and saved first.
    const bSaved = await saveRecord(
      s,
      key,
      b.token,
      b.record,
      { ...b.record, routine: { routineId: "full", index: 0, continuous: false }, usualRoutine: "full" },
      { now: new Date(`${TODAY}T10:00:02Z`) },
    );
    expect(bSaved.ok).toBe(true);
    const aSaved = await saveRecord(
      s,
      key,
      a.token,
      a.record,
      { ...a.record, routine: { routineId: "quick", index: 2, continuous: false } },
      { now: new Date(`${TODAY}T10:00:01Z`) },
    );
    const stored = await loadRecord(s, key);
    expect(stored.record.routine?.routineId).toBe("full");
    // Saved means A's place is the one stored: so it must not say saved here.
    expect(aSaved.ok).toBe(false);
  });

  it("saves a place that is later than the other device's", async () => {
    const key = `amzn1.ask.account.TWO-DEVICES-EARLIER-${_name}`;
    const { s, a, b } = await bothLoaded(key);
    if (!a.writable || !b.writable) throw new Error("not writable");
    await saveRecord(
      s,
      key,
      b.token,
      b.record,
      { ...b.record, routine: { routineId: "full", index: 0, continuous: false }, usualRoutine: "full" },
      { now: new Date(`${TODAY}T10:00:01Z`) },
    );
    const aSaved = await saveRecord(
      s,
      key,
      a.token,
      a.record,
      { ...a.record, visits: 3, routine: { routineId: "quick", index: 2, continuous: false } },
      { now: new Date(`${TODAY}T10:00:02Z`) },
    );
    expect(aSaved.ok).toBe(true);
    expect((await loadRecord(s, key)).record).toMatchObject({ visits: 3, routine: { routineId: "quick", index: 2 } });
  });
});
