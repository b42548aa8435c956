/**
 * loadRecord, saveRecord, forgetRecord and parseToken on the memory store
 * (a real compare-and-swap), counted: one read per turn, one write per save on
 * the happy path, a bounded number of tries against writers that keep winning.
 */
import { describe, expect, it, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { forgetRecord, loadRecord, parseToken, SAVE_ATTEMPTS, saveRecord } from "../../lambda/persistence/records";
import { StoreError, type RecordStore, type StoredItem, type WriteResult } from "../../lambda/persistence/store";
import { defaultRecord, type UserRecord } from "../../lambda/persistence/user-record";
import { CountingStore } from "../../scripts/lib/counting-store";

const KEY = "amzn1.ask.account.RECORDS";
const RECORD: UserRecord = { ...defaultRecord(), visits: 2, usualRoutine: "quick" };

async function seeded(data: unknown = RECORD): Promise<{ memory: MemoryStore; store: CountingStore }> {
  const memory = new MemoryStore();
  await memory.write(KEY, data as Record<string, unknown>, undefined);
  return { memory, store: new CountingStore(memory) };
}

/** A store whose every operation fails, as an unreachable database does. */
class BrokenStore extends MemoryStore {
  override async read(): Promise<StoredItem | undefined> {
    throw new StoreError("memory", "read", "ECONNREFUSED");
  }
  override async write(): Promise<WriteResult> {
    throw new StoreError("memory", "write", "ECONNREFUSED");
  }
  override async remove(): Promise<void> {
    throw new StoreError("memory", "remove", "ECONNREFUSED");
  }
}

/** A store without a lock (as DynamoDB), where another session writes a visit between every read and write of ours. */
class RacingStore implements RecordStore {
  readonly kind = "dynamodb";
  private readonly inner = new MemoryStore();
  racing = false;
  read(key: string): Promise<StoredItem | undefined> {
    return this.inner.read(key);
  }
  async write(
    key: string,
    data: Readonly<Record<string, unknown>>,
    expected: number | undefined,
  ): Promise<WriteResult> {
    if (this.racing) {
      const current = await this.inner.read(key);
      const record = current?.data as UserRecord;
      await this.inner.write(key, { ...record, visits: record.visits + 1 }, current?.version);
    }
    return this.inner.write(key, data, expected);
  }
  quarantine(key: string, item: StoredItem): Promise<boolean> {
    return this.inner.quarantine(key, item);
  }
  remove(key: string): Promise<void> {
    return this.inner.remove(key);
  }
}

describe("loadRecord", () => {
  it("gives a new user a default record and an empty token, in one read", async () => {
    const store = new CountingStore(new MemoryStore());
    expect(await loadRecord(store, KEY)).toEqual({ writable: true, record: defaultRecord(), token: {}, status: "new" });
    expect(store.reads).toBe(1);
  });

  it("gives a stored record with the version it was read at", async () => {
    const { store } = await seeded();
    expect(await loadRecord(store, KEY)).toEqual({
      writable: true,
      record: RECORD,
      token: { version: 1 },
      status: "ok",
    });
  });

  it("marks the token of a damaged record, so the save keeps a copy first", async () => {
    const { store } = await seeded({ ...RECORD, visits: "many" });
    expect(await loadRecord(store, KEY)).toMatchObject({
      writable: true,
      token: { version: 1, damaged: true },
      status: "salvaged",
    });
  });

  it("is read-only, without throwing, when the store fails", async () => {
    const loaded = await loadRecord(new BrokenStore(), KEY);
    expect(loaded).toMatchObject({ writable: false, reason: "unavailable", record: defaultRecord() });
    expect(!loaded.writable && loaded.error).toBeInstanceOf(StoreError);
  });
});

describe("saveRecord", () => {
  it("writes once, reads nothing, when no other session wrote", async () => {
    const { memory, store } = await seeded();
    const loaded = await loadRecord(memory, KEY);
    if (!loaded.writable) throw new Error("not writable");
    const next = { ...loaded.record, visits: 3 };
    expect(await saveRecord(store, KEY, loaded.token, loaded.record, next)).toEqual({
      ok: true,
      record: next,
      token: { version: 2 },
    });
    expect([store.reads, store.writes]).toEqual([0, 1]);
  });

  it("stamps routineAt with the change's time when the routine moved", async () => {
    const { memory } = await seeded();
    const loaded = await loadRecord(memory, KEY);
    if (!loaded.writable) throw new Error("not writable");
    const next = { ...loaded.record, routine: { routineId: "quick" as const, index: 1, continuous: false } };
    const saved = await saveRecord(memory, KEY, loaded.token, loaded.record, next, {
      now: new Date("2026-03-15T08:00:00Z"),
    });
    expect(saved.ok && saved.record.routineAt).toBe("2026-03-15T08:00:00.000Z");
    const unmoved = await saveRecord(memory, KEY, { version: 2 }, next, { ...next, visits: 9 });
    expect(unmoved.ok && unmoved.record.routineAt).toBe(null);
  });

  it("merges into what another session wrote, and returns the record now stored", async () => {
    const { memory } = await seeded();
    const mine = await loadRecord(memory, KEY);
    const theirs = await loadRecord(memory, KEY);
    if (!mine.writable || !theirs.writable) throw new Error("not writable");
    await saveRecord(memory, KEY, theirs.token, theirs.record, { ...theirs.record, visits: 3, disclaimerHeard: true });
    const saved = await saveRecord(memory, KEY, mine.token, mine.record, { ...mine.record, visits: 3 });
    expect(saved).toEqual({ ok: true, record: { ...RECORD, visits: 4, disclaimerHeard: true }, token: { version: 3 } });
    expect((await memory.read(KEY))?.data).toEqual({ ...RECORD, visits: 4, disclaimerHeard: true });
  });

  it("on a store with a lock, merges under the lock after one lost race: two writes, no read", async () => {
    const { memory, store } = await seeded();
    const mine = await loadRecord(memory, KEY);
    if (!mine.writable) throw new Error("not writable");
    await memory.write(KEY, { ...RECORD, visits: 3 }, 1);
    const saved = await saveRecord(store, KEY, mine.token, mine.record, { ...mine.record, visits: 3 });
    expect(saved).toEqual({ ok: true, record: { ...RECORD, visits: 4 }, token: { version: 3 } });
    expect([store.reads, store.writes]).toEqual([0, 2]);
  });

  it(`on a store without a lock, gives up after ${SAVE_ATTEMPTS} writes when another session wins every race, and says so`, async () => {
    const racing = new RacingStore();
    await racing.write(KEY, RECORD as unknown as Record<string, unknown>, undefined);
    racing.racing = true;
    const store = new CountingStore(racing);
    const loaded = await loadRecord(racing, KEY);
    if (!loaded.writable) throw new Error("not writable");
    expect(await saveRecord(store, KEY, loaded.token, loaded.record, { ...loaded.record, visits: 3 })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(store.writes).toBe(SAVE_ATTEMPTS);
  });

  it("fails without throwing when the store fails", async () => {
    const saved = await saveRecord(new BrokenStore(), KEY, {}, defaultRecord(), { ...defaultRecord(), visits: 1 });
    expect(saved).toMatchObject({ ok: false, reason: "unavailable" });
  });

  it("quarantines a damaged record once, then writes, logging one line that names no user", async () => {
    const { memory } = await seeded({ ...RECORD, visits: "many" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const loaded = await loadRecord(memory, KEY);
      if (!loaded.writable) throw new Error("not writable");
      const saved = await saveRecord(memory, KEY, loaded.token, loaded.record, { ...loaded.record, visits: 1 });
      expect(saved.ok).toBe(true);
      expect(memory.quarantinedCopies(KEY)).toEqual([{ data: { ...RECORD, visits: "many" }, version: 1 }]);
      expect(warn.mock.calls.map((call) => JSON.parse(String(call[0])) as unknown)).toEqual([
        { level: "warn", event: "record.quarantined", store: "memory", damage: "salvaged" },
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("forgetRecord", () => {
  it("deletes the record and its quarantined copies", async () => {
    const { memory } = await seeded();
    const item = await memory.read(KEY);
    if (item) await memory.quarantine(KEY, item);
    expect(await forgetRecord(memory, KEY)).toBe(true);
    expect(await memory.read(KEY)).toBeUndefined();
    expect(memory.quarantinedCopies(KEY)).toEqual([]);
  });

  it("says false, without throwing, when the store fails", async () => {
    expect(await forgetRecord(new BrokenStore(), KEY)).toBe(false);
  });
});

describe("parseToken", () => {
  it.each([
    [{}, {}],
    [{ version: 0 }, { version: 0 }],
    [
      { version: 12, damaged: true },
      { version: 12, damaged: true },
    ],
    [{ damaged: true }, { damaged: true }],
  ])("reads %j", (raw, token) => {
    expect(parseToken(raw)).toEqual(token);
  });

  it.each([null, "1", 1, [], { version: -1 }, { version: 1.5 }, { version: "1" }, { version: 1, damaged: "yes" }])(
    "refuses %j",
    (raw) => {
      expect(parseToken(raw)).toBeUndefined();
    },
  );
});
