/**
 * The user record between the turn and the store: read once, parsed, and
 * written back only with the version it was read at.
 */
import type { RecordStore } from "./store";
import { defaultRecord, parseRecord, type UserRecord } from "./user-record";

/** What a later write needs to know about the read: rides in the session attributes (plain JSON). */
export interface SaveToken {
  /** The version read; absent when nothing was stored. */
  readonly version?: number;
}

export type Loaded =
  | { readonly writable: true; readonly record: UserRecord; readonly token: SaveToken }
  | { readonly writable: false; readonly record: UserRecord; readonly reason: "unavailable"; readonly error: unknown };

export type Saved =
  | { readonly ok: true; readonly record: UserRecord; readonly token: SaveToken }
  | { readonly ok: false; readonly error: unknown };

/** Reads and parses the user's record. Never throws: a failing store gives a read-only default. */
export async function loadRecord(store: RecordStore, key: string): Promise<Loaded> {
  try {
    const item = await store.read(key);
    const { record } = parseRecord(item?.data);
    return { writable: true, record, token: item ? { version: item.version } : {} };
  } catch (error) {
    return { writable: false, record: defaultRecord(), reason: "unavailable", error };
  }
}

/** Writes `next` over the version in `token`. Never throws. */
export async function saveRecord(store: RecordStore, key: string, token: SaveToken, next: UserRecord): Promise<Saved> {
  try {
    const result = await store.write(key, next as unknown as Record<string, unknown>, token.version);
    if (!result.ok) return { ok: false, error: new Error("write conflict") };
    return { ok: true, record: next, token: { version: result.version } };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Deletes the user's record. Never throws: false when the store failed. */
export async function forgetRecord(store: RecordStore, key: string): Promise<boolean> {
  try {
    await store.remove(key);
    return true;
  } catch {
    return false;
  }
}

/** A token read back from session attributes; anything malformed is no token. */
export function parseToken(raw: unknown): SaveToken | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const version = (raw as { version?: unknown }).version;
  if (version === undefined) return {};
  return typeof version === "number" && Number.isInteger(version) && version >= 0 ? { version } : undefined;
}
