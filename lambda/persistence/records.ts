/**
 * The user record between the turn and the store: read once, parsed, and
 * written back only over the version it was read at. When another session of
 * the same user wrote in between, the write is refused, and this session's
 * change is merged field by field (see mergeRecord) into the record as stored
 * now: under the store's lock where it has one (file, memory), else by
 * re-reading and writing again, a few times and within a time budget at most. Nothing here throws: a failing store gives a read-only turn
 * or an unsaved change, never an error.
 */
import type { RecordStore, StoredItem } from "./store";
import {
  changedRoutine,
  defaultRecord,
  isDamaged,
  mergeRecord,
  parseRecord,
  type ParseStatus,
  type ParsedRecord,
  type UserRecord,
} from "./user-record";

/** What a later write needs to know about the read: rides in the session attributes (plain JSON). */
export interface SaveToken {
  /** The version read; absent when nothing was stored. */
  readonly version?: number;
  /** What was stored is damaged: the first save keeps a copy of it (quarantine) before replacing it. */
  readonly damaged?: true;
}

export type Loaded =
  | { readonly writable: true; readonly record: UserRecord; readonly token: SaveToken; readonly status: ParseStatus }
  /**
   * Nothing may be written this session. unavailable: the store failed (record is a
   * default). newer: a newer version wrote the record (record is what this version can read of it).
   */
  | {
      readonly writable: false;
      readonly record: UserRecord;
      readonly reason: "unavailable" | "newer";
      readonly error?: unknown;
    };

export type Saved =
  /** record: what is stored now (next, or next merged into another session's change); token: for the next save. */
  | { readonly ok: true; readonly record: UserRecord; readonly token: SaveToken }
  /**
   * unavailable: the store failed; the write may or may not have landed. conflict: other
   * sessions kept winning the race, or another session's later routine replaced this one's (nothing written). newer: a newer version wrote the record meanwhile; it is left alone.
   */
  | { readonly ok: false; readonly reason: "unavailable" | "conflict" | "newer"; readonly error?: unknown };

export interface SaveOptions {
  /** When this change happened: stamps `routineAt` when the routine moved. Default: now. */
  readonly now?: Date;
}

/** Writes tried per save: the first, then re-read, merge and write again after each conflict... */
export const SAVE_ATTEMPTS = 10;
/**
 * ...within this, from the save's start, every try and read included: with a
 * load's own deadline (DYNAMO_TIMEOUT_MS), a turn spends at most about 1.5 s
 * on a slow or hung store.
 */
export const SAVE_BUDGET_MS = 800;

/** Reads and parses the user's record. Never throws. */
export async function loadRecord(store: RecordStore, key: string): Promise<Loaded> {
  let item: StoredItem | undefined;
  try {
    item = await store.read(key);
  } catch (error) {
    return { writable: false, record: defaultRecord(), reason: "unavailable", error };
  }
  const { record, status } = parseItem(item);
  if (status === "newer") return { writable: false, record, reason: "newer" };
  const token: SaveToken = item ? { version: item.version, ...(isDamaged(status) ? { damaged: true } : {}) } : {};
  return { writable: true, record, token, status };
}

/**
 * Writes the change from `base` (the record as loaded, or as last saved) to
 * `next` over the version in `token`; on a conflict, merges it into the record
 * as stored now and tries again. Never throws.
 */
export async function saveRecord(
  store: RecordStore,
  key: string,
  token: SaveToken,
  base: UserRecord,
  next: UserRecord,
  options: SaveOptions = {},
): Promise<Saved> {
  const change = stamped(base, next, options.now ?? new Date());
  const deadline = Date.now() + SAVE_BUDGET_MS;
  try {
    if (token.damaged) await keepCopy(store, key, token.version, deadline);
    let expected = token.version;
    let data = change;
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt += 1) {
      const result = await store.write(key, data as unknown as Record<string, unknown>, expected, deadline);
      if (result.ok) return { ok: true, record: data, token: { version: result.version } };
      if (store.writeDecided) {
        const decided = await mergeLocked(store, key, base, change);
        if (decided !== "damaged") return decided;
      }
      if (attempt + 1 === SAVE_ATTEMPTS || Date.now() >= deadline) break;
      // Wait before reading again, not after: the window between the read and the write stays short.
      await pause(attempt);
      const item = await store.read(key, deadline);
      const fresh = parseItem(item);
      if (fresh.status === "newer") return { ok: false, reason: "newer" };
      if (item && isDamaged(fresh.status)) await keepCopy(store, key, item.version, deadline, item);
      data = mergeRecord(base, change, fresh.record);
      // Another session's later routine won the merge: this session's place would not be what is stored.
      if (superseded(base, change, data)) return { ok: false, reason: "conflict" };
      expected = item?.version;
    }
    return { ok: false, reason: "conflict" };
  } catch (error) {
    return { ok: false, reason: "unavailable", error };
  }
}

/**
 * On a store with a lock: merges `base` to `change` into the record as stored
 * under the lock, so no other writer can win the race again. "damaged" when the
 * stored record must be quarantined first (the caller's loop does that).
 */
async function mergeLocked(
  store: RecordStore,
  key: string,
  base: UserRecord,
  change: UserRecord,
): Promise<Saved | "damaged"> {
  let outcome: "newer" | "damaged" | "superseded" | undefined;
  let merged: UserRecord | undefined;
  const version = await store.writeDecided?.(key, (item) => {
    const fresh = parseItem(item);
    if (fresh.status === "newer" || (item && isDamaged(fresh.status))) {
      outcome = fresh.status === "newer" ? "newer" : "damaged";
      return undefined;
    }
    merged = mergeRecord(base, change, fresh.record);
    if (superseded(base, change, merged)) {
      outcome = "superseded";
      return undefined;
    }
    return merged as unknown as Record<string, unknown>;
  });
  if (version !== undefined && merged) return { ok: true, record: merged, token: { version } };
  if (outcome === "superseded") return { ok: false, reason: "conflict" };
  return outcome === "damaged" ? "damaged" : { ok: false, reason: "newer" };
}

/**
 * Deletes the user's record and any quarantined copies, within SAVE_BUDGET_MS.
 * Never throws: false when the store failed, and then nothing is known to be
 * deleted (a copy may be gone and the record not; or a delete landed and its
 * answer was lost), so the reply must not say either way.
 */
export async function forgetRecord(store: RecordStore, key: string): Promise<boolean> {
  try {
    await store.remove(key, Date.now() + SAVE_BUDGET_MS);
    return true;
  } catch {
    return false;
  }
}

/** A token read back from session attributes; anything malformed is no token. */
export function parseToken(raw: unknown): SaveToken | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const { version, damaged } = raw as { version?: unknown; damaged?: unknown };
  if (damaged !== undefined && damaged !== true) return undefined;
  const flags = damaged === true ? { damaged: true as const } : {};
  if (version === undefined) return flags;
  return typeof version === "number" && Number.isSafeInteger(version) && version >= 0
    ? { version, ...flags }
    : undefined;
}

/** An item as a record; bytes the store could not read as they were make the record damaged at least. */
function parseItem(item: StoredItem | undefined): ParsedRecord {
  if (item === undefined) return parseRecord(undefined);
  if (item.damage === undefined) return parseRecord(item.data);
  if (item.data === undefined) return { record: defaultRecord(), status: "corrupt" };
  const parsed = parseRecord(item.data);
  return parsed.status === "newer" || isDamaged(parsed.status) ? parsed : { record: parsed.record, status: "salvaged" };
}

/**
 * True when this session moved its routine (`base` to `change`) but the merge
 * kept another session's later one: nothing is written then, and the save is
 * reported as not kept, so that no reply says "your place is saved" of a
 * place the stored record does not hold. The session's other changes stay in
 * its state, for its next save to merge again.
 */
function superseded(base: UserRecord, change: UserRecord, merged: UserRecord): boolean {
  return changedRoutine(base, change) && changedRoutine(merged, change);
}

/** `next` with `routineAt` set to `now` when its routine changed and the caller did not set a time. */
function stamped(base: UserRecord, next: UserRecord, now: Date): UserRecord {
  if (!changedRoutine(base, next) || next.routineAt !== base.routineAt) return next;
  return { ...next, routineAt: now.toISOString() };
}

/** Quarantines the damaged item at `version`, re-read unless given; logged once, here, with no user data. */
async function keepCopy(
  store: RecordStore,
  key: string,
  version: number | undefined,
  deadline: number,
  read?: StoredItem,
): Promise<void> {
  const item = read ?? (await store.read(key, deadline));
  if (item === undefined || item.version !== version) return; // moved on: the write will conflict and look again
  if (await store.quarantine(key, item, deadline)) {
    console.warn(
      JSON.stringify({
        level: "warn",
        event: "record.quarantined",
        store: store.kind,
        damage: item.damage ?? parseItem(item).status,
      }),
    );
  }
}

/** A short random wait after a conflict, longer with each, so racing sessions fall out of step. */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(40, 2 ** (attempt + 1))));
}
