/**
 * Never destroy what cannot be read. A user's stored record in every damaged
 * shape met in the field goes through a turn as the turn drives the store
 * (loadRecord, a visit, saveRecord): a record from a newer version is left
 * byte for byte and the turn is read-only; anything else is copied aside
 * first (once, logged once without naming the user), its valid fields are
 * salvaged, and the visit is saved.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { FileStore } from "../../lambda/persistence/file-store";
import { loadRecord, saveRecord, type Loaded, type Saved } from "../../lambda/persistence/records";
import type { RecordStore } from "../../lambda/persistence/store";
import { defaultRecord, type UserRecord } from "../../lambda/persistence/user-record";
import { getRawItem, putRawItem } from "../support/dynalite";
import { useLocalTable } from "../support/local-table";
import { recordFileName, useTempFolders } from "../support/temp-folders";

const VALID: UserRecord = {
  ...defaultRecord(),
  visits: 7,
  disclaimerHeard: true,
  usualRoutine: "full",
  routinesFinished: 4,
  streakDays: 2,
  lastActiveDay: "2026-03-14",
  lastVisitDay: "2026-03-14",
};
const envelopeText = (attributes: unknown, version = 3): string => JSON.stringify({ version, attributes });
const ENVELOPE = envelopeText(VALID);

/** One turn: load, and if the record may be written, a visit saved. */
async function visit(store: RecordStore, key: string): Promise<{ loaded: Loaded; saved: Saved | undefined }> {
  const loaded = await loadRecord(store, key);
  if (!loaded.writable) return { loaded, saved: undefined };
  const next = { ...loaded.record, visits: loaded.record.visits + 1, lastVisitDay: "2026-03-15" };
  return { loaded, saved: await saveRecord(store, key, loaded.token, loaded.record, next) };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

/** The quarantine lines logged, checked to name no user, in no form. */
function quarantineLines(key: string, hash?: string): Record<string, unknown>[] {
  const lines = warn.mock.calls.map((call) => String(call[0]));
  for (const line of lines) {
    expect(line).not.toContain(key);
    if (hash) expect(line).not.toContain(hash.slice(0, 12));
    expect(line.length).toBeLessThan(200);
  }
  return lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.event === "record.quarantined");
}

describe("the file store, given a damaged record file", () => {
  const folders = useTempFolders("unreadable");
  let count = 0;

  async function seeded(
    bytes: Buffer,
  ): Promise<{ store: FileStore; folder: string; key: string; hash: string; file: string }> {
    count += 1;
    const folder = folders.fresh();
    await mkdir(folder, { recursive: true });
    const key = `amzn1.ask.account.UNREADABLE-${count}`;
    const hash = recordFileName(key).slice(0, -".json".length);
    const file = join(folder, `${hash}.json`);
    await writeFile(file, bytes);
    return { store: new FileStore(folder), folder, key, hash, file };
  }

  const withVisit = (record: UserRecord): UserRecord => ({
    ...record,
    visits: record.visits + 1,
    lastVisitDay: "2026-03-15",
  });
  /** [name, file bytes, the record saved after one visit]. */
  const damaged: ReadonlyArray<readonly [string, Buffer, UserRecord]> = [
    ["truncated", Buffer.from(ENVELOPE.slice(0, ENVELOPE.length >> 1)), withVisit(defaultRecord())],
    ["followed by trailing bytes", Buffer.from(`${ENVELOPE}}garbage`), withVisit(defaultRecord())],
    ["empty", Buffer.alloc(0), withVisit(defaultRecord())],
    ["an array", Buffer.from("[1,2,3]"), withVisit(defaultRecord())],
    [
      "one bad field (visits: -1)",
      Buffer.from(envelopeText({ ...VALID, visits: -1 })),
      withVisit({ ...VALID, visits: 0 }),
    ],
    [
      "behind a byte-order mark",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENVELOPE)]),
      withVisit(VALID),
    ],
    ["followed by NUL bytes", Buffer.concat([Buffer.from(ENVELOPE), Buffer.alloc(64)]), withVisit(VALID)],
    ["nothing but NUL bytes", Buffer.alloc(512), withVisit(defaultRecord())],
    [
      "over the size limit (70 KB)",
      Buffer.from(envelopeText({ ...VALID, notes: "x".repeat(70 * 1024) })),
      withVisit(defaultRecord()),
    ],
  ];

  it.each(damaged)(
    "%s: keeps the file's bytes aside before anything is written, salvages what it can, logs once",
    async (_name, bytes, saved) => {
      const { store, folder, key, hash, file } = await seeded(bytes);
      const first = await visit(store, key);
      expect(first.saved?.ok).toBe(true);
      expect((await loadRecord(store, key)).record).toEqual({ ...saved, routineAt: null });

      const copies = (await readdir(folder)).filter((name) => name.includes(".quarantine-"));
      expect(copies).toHaveLength(1);
      expect(copies[0]?.startsWith(hash)).toBe(true);
      expect(Buffer.compare(await readFile(join(folder, copies[0] ?? "")), bytes)).toBe(0);
      expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({
        version: expect.any(Number),
        attributes: { visits: saved.visits },
      });

      // A second turn finds a sound record: nothing more is copied, nothing more is logged.
      expect((await visit(store, key)).saved?.ok).toBe(true);
      expect((await readdir(folder)).filter((name) => name.includes(".quarantine-"))).toHaveLength(1);
      expect(quarantineLines(key, hash)).toEqual([expect.objectContaining({ level: "warn", store: "file" })]);
    },
  );

  it("a record from a newer version: the turn is read-only and the file is left byte for byte", async () => {
    const bytes = Buffer.from(envelopeText({ ...VALID, schema: 3, mood: "slow" }));
    const { store, folder, key, file } = await seeded(bytes);
    const { loaded, saved } = await visit(store, key);
    expect(loaded).toMatchObject({ writable: false, reason: "newer", record: { visits: 7, usualRoutine: "full" } });
    expect(saved).toBeUndefined();
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
    expect(await readdir(folder)).toHaveLength(1);
  });

  it("a record a newer version wrote while this session ran: the save is refused and the file left alone", async () => {
    const { store, key, file } = await seeded(Buffer.from(ENVELOPE));
    const loaded = await loadRecord(store, key);
    if (!loaded.writable) throw new Error("expected a writable record");
    const newer = Buffer.from(envelopeText({ ...VALID, schema: 3 }, 4));
    await writeFile(file, newer);
    const saved = await saveRecord(store, key, loaded.token, loaded.record, { ...loaded.record, visits: 8 });
    expect(saved).toEqual({ ok: false, reason: "newer" });
    expect(Buffer.compare(await readFile(file), newer)).toBe(0);
  });

  it("keeps fields it does not know through a write", async () => {
    const { store, key, file } = await seeded(
      Buffer.from(envelopeText({ ...VALID, mood: "slow", later: { a: [1, 2] } })),
    );
    expect((await visit(store, key)).saved?.ok).toBe(true);
    const stored = JSON.parse(await readFile(file, "utf8")) as { attributes: Record<string, unknown> };
    expect(stored.attributes).toMatchObject({ mood: "slow", later: { a: [1, 2] }, visits: 8 });
  });
});

describe("the DynamoDB store, given a damaged item", () => {
  const tableName = "neck-coach-unreadable";
  const local = useLocalTable(tableName);
  let count = 0;

  const damaged: ReadonlyArray<readonly [string, unknown, Partial<UserRecord>]> = [
    ["a string", "garbage", {}],
    ["a list", [1, 2, 3], {}],
    ["a map of no known schema", { foo: "bar" }, {}],
    ["one bad field (visits: -1)", { ...VALID, visits: -1 }, { ...VALID, visits: 0 }],
    ["over the size limit (70 KB)", { ...VALID, notes: "x".repeat(70 * 1024) }, {}],
  ];

  it.each(damaged)(
    "%s: is copied to the quarantine item before the visit is written",
    async (_name, attributes, kept) => {
      count += 1;
      const key = `amzn1.ask.account.DYNAMO-UNREADABLE-${count}`;
      await putRawItem(local.endpoint, tableName, { id: key, attributes });
      const { saved } = await visit(local.store, key);
      expect(saved?.ok).toBe(true);
      const stored = await loadRecord(local.store, key);
      expect(stored.record).toMatchObject({ ...kept, visits: (kept.visits ?? 0) + 1, lastVisitDay: "2026-03-15" });
      const quarantine = await getRawItem(local.endpoint, tableName, `${key}#quarantine`);
      expect(quarantine?.copies).toEqual([expect.objectContaining({ attributes, version: 0 })]);
      expect(quarantineLines(key)).toEqual([expect.objectContaining({ store: "dynamodb" })]);
    },
  );

  it("a record from a newer version is left untouched and the turn is read-only", async () => {
    const key = "amzn1.ask.account.DYNAMO-NEWER";
    const item = { id: key, attributes: { ...VALID, schema: 3 }, version: 9 };
    await putRawItem(local.endpoint, tableName, item);
    const { loaded } = await visit(local.store, key);
    expect(loaded).toMatchObject({ writable: false, reason: "newer" });
    expect(await getRawItem(local.endpoint, tableName, key)).toEqual(item);
  });

  it("forgetting a user removes the quarantined copies too", async () => {
    const key = "amzn1.ask.account.DYNAMO-FORGET";
    await putRawItem(local.endpoint, tableName, { id: key, attributes: "garbage" });
    await visit(local.store, key);
    expect(await getRawItem(local.endpoint, tableName, `${key}#quarantine`)).toBeDefined();
    await local.store.remove(key);
    expect(await getRawItem(local.endpoint, tableName, key)).toBeUndefined();
    expect(await getRawItem(local.endpoint, tableName, `${key}#quarantine`)).toBeUndefined();
  });
});
