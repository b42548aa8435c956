/**
 * Where user records live, as the turn sees it: keyed by `userKey`, each item
 * carrying a version so that a write can be conditional (optimistic
 * concurrency). Every method throws when the store fails.
 */

/** One user's stored data and the version it was written at (1 for the first write). */
export interface StoredItem {
  readonly data: unknown;
  readonly version: number;
}

export type WriteResult = { readonly ok: true; readonly version: number } | { readonly ok: false; readonly conflict: true };

export interface RecordStore {
  /** The user's item, or undefined when nothing is stored. */
  read(key: string): Promise<StoredItem | undefined>;
  /** Writes `data` only if the stored version is still `expected` (undefined: nothing stored yet). */
  write(key: string, data: Readonly<Record<string, unknown>>, expected: number | undefined): Promise<WriteResult>;
  /** Deletes the user's item; deleting nothing is fine. */
  remove(key: string): Promise<void>;
}
