import type { RecordStore, StoredItem, WriteResult } from "./store";

/** An item as the memory store keeps it: its data as JSON text, as the file and DynamoDB stores keep it too. */
interface Kept {
  readonly text: string;
  readonly version: number;
}

function kept(data: unknown, version: number): Kept {
  return { text: JSON.stringify(data), version };
}

function item(stored: Kept): StoredItem {
  return { data: JSON.parse(stored.text) as unknown, version: stored.version };
}

/**
 * Records kept in a Map, for tests, benchmarks and NECK_COACH_STORE=memory
 * (lost when the process ends). Items are kept as JSON text, so every read is
 * a fresh copy and only what JSON can carry survives, as in the other stores;
 * writes are compare-and-swap.
 */
export class MemoryStore implements RecordStore {
  readonly kind = "memory";
  private readonly items = new Map<string, Kept>();
  private readonly quarantined = new Map<string, Kept[]>();

  async read(key: string): Promise<StoredItem | undefined> {
    const stored = this.items.get(key);
    return stored ? item(stored) : undefined;
  }

  async write(
    key: string,
    data: Readonly<Record<string, unknown>>,
    expected: number | undefined,
  ): Promise<WriteResult> {
    const current = this.items.get(key)?.version;
    if (current !== expected) return { ok: false, conflict: true };
    const version = (current ?? 0) + 1;
    this.items.set(key, kept(data, version));
    return { ok: true, version };
  }

  async writeDecided(
    key: string,
    decide: (current: StoredItem | undefined) => Readonly<Record<string, unknown>> | undefined,
  ): Promise<number | undefined> {
    const current = this.items.get(key);
    const data = decide(current && item(current));
    if (data === undefined) return undefined;
    const version = (current?.version ?? 0) + 1;
    this.items.set(key, kept(data, version));
    return version;
  }

  async quarantine(key: string, copy: StoredItem): Promise<boolean> {
    const stored = this.items.get(key);
    if (stored === undefined || stored.version !== copy.version) return false;
    this.quarantined.set(key, [...(this.quarantined.get(key) ?? []), stored]);
    return true;
  }

  /** The copies quarantine kept for `key`, oldest first: for tests. */
  quarantinedCopies(key: string): StoredItem[] {
    return (this.quarantined.get(key) ?? []).map(item);
  }

  async remove(key: string): Promise<void> {
    this.items.delete(key);
    this.quarantined.delete(key);
  }
}
