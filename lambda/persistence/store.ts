/**
 * Where user records live, as the turn sees it: keyed by `userKey`, each item
 * carrying a version so that a write can be conditional (optimistic
 * concurrency). Every method throws a StoreError when the store fails.
 */

/** The largest stored record read or written, in bytes of JSON: a record is a few hundred. */
export const MAX_RECORD_BYTES = 64 * 1024;

/**
 * Why stored bytes could not be read as they are:
 * - too-large: over MAX_RECORD_BYTES; refused without being read whole.
 * - not-json: no JSON value could be read.
 * - stray-bytes: JSON behind a byte-order mark, or followed by NUL bytes; `data` holds it.
 */
export type StoreDamage = "too-large" | "not-json" | "stray-bytes";

/** One user's stored data and the version it was written at (1 for the first write; 0 for an item written before versions). */
export interface StoredItem {
  /** The stored value as read, for parseRecord; undefined when nothing could be read (see `damage`). */
  readonly data: unknown;
  readonly version: number;
  /** Set when the stored bytes were not what the store writes: a copy must be kept before they are replaced. */
  readonly damage?: StoreDamage;
}

export type WriteResult =
  | { readonly ok: true; readonly version: number }
  | { readonly ok: false; readonly conflict: true };

export type StoreKind = "dynamodb" | "file" | "memory";

/**
 * `deadline` (a Date.now() time), where a method takes one, is when the caller
 * stops waiting: a store whose calls can be slow (DynamoDB) gives up by then at
 * the latest, as well as after its own timeout. Local stores may ignore it.
 */
export interface RecordStore {
  readonly kind: StoreKind;
  /** The user's item, or undefined when nothing is stored. */
  read(key: string, deadline?: number): Promise<StoredItem | undefined>;
  /** Writes `data` only if the stored version is still `expected` (undefined: nothing stored yet). */
  write(
    key: string,
    data: Readonly<Record<string, unknown>>,
    expected: number | undefined,
    deadline?: number,
  ): Promise<WriteResult>;
  /**
   * Keeps a copy of the stored item, as it is at `item.version`, beside the
   * user's record, so that a write may then replace it. False when the item has
   * moved on from that version (nothing copied: whoever moved it kept a copy).
   */
  quarantine(key: string, item: StoredItem, deadline?: number): Promise<boolean>;
  /**
   * Deletes the user's quarantined copies, then the user's item (so a failure
   * part-way leaves the record, never copies of it without it); deleting nothing
   * is fine. `deadline` as for `read`.
   */
  remove(key: string, deadline?: number): Promise<void>;
  /**
   * Offered by stores that serialise their writers with a lock (file, memory):
   * `decide` is given the item as stored, under the lock, and what it returns
   * is written as the next version, with no other writer in between; when it
   * returns undefined nothing is written. The version written, or undefined.
   */
  writeDecided?(
    key: string,
    decide: (current: StoredItem | undefined) => Readonly<Record<string, unknown>> | undefined,
  ): Promise<number | undefined>;
}

/**
 * A store failure, safe to log: its message names the store, the operation and
 * an error code, never a key, a path or a value (they may identify the user).
 */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly store: StoreKind,
    readonly operation: string,
    readonly code: string,
  ) {
    super(`${store} store ${operation} failed: ${code}`);
  }
}

/** A short error code of any thrown value: an errno code or an error name, cut to 60 safe characters. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const name = error instanceof Error ? error.name : typeof error;
  const raw = typeof code === "string" && code ? code : name;
  return raw.replace(/[^A-Za-z0-9_.:-]/g, "").slice(0, 60) || "unknown";
}

/** The size in bytes of `data` as JSON. */
export function jsonBytes(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data) ?? "", "utf8");
}
