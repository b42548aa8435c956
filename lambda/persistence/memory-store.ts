import { AttributesAdapter } from "./attributes-adapter";
import type { StoredItem, WriteResult } from "./store";

/** Records kept in a Map, for tests and benchmarks. Stores and returns copies; writes are compare-and-swap. */
export class MemoryStore extends AttributesAdapter {
  readonly kind = "memory";
  private readonly items = new Map<string, StoredItem>();
  private readonly quarantined = new Map<string, StoredItem[]>();

  async read(key: string): Promise<StoredItem | undefined> {
    const stored = this.items.get(key);
    return stored ? structuredClone(stored) : undefined;
  }

  async write(key: string, data: Readonly<Record<string, unknown>>, expected: number | undefined): Promise<WriteResult> {
    const current = this.items.get(key)?.version;
    if (current !== expected) return { ok: false, conflict: true };
    const version = (current ?? 0) + 1;
    this.items.set(key, { data: structuredClone(data), version });
    return { ok: true, version };
  }

  async writeDecided(key: string, decide: (current: StoredItem | undefined) => Readonly<Record<string, unknown>> | undefined): Promise<number | undefined> {
    const current = this.items.get(key);
    const data = decide(current && structuredClone(current));
    if (data === undefined) return undefined;
    const version = (current?.version ?? 0) + 1;
    this.items.set(key, { data: structuredClone(data), version });
    return version;
  }

  protected async overwrite(key: string, data: Readonly<Record<string, unknown>>): Promise<void> {
    this.items.set(key, { data: structuredClone(data), version: (this.items.get(key)?.version ?? 0) + 1 });
  }

  async quarantine(key: string, item: StoredItem): Promise<boolean> {
    const stored = this.items.get(key);
    if (stored === undefined || stored.version !== item.version) return false;
    this.quarantined.set(key, [...(this.quarantined.get(key) ?? []), structuredClone(stored)]);
    return true;
  }

  /** The copies quarantine kept for `key`, oldest first: for tests. */
  quarantinedCopies(key: string): StoredItem[] {
    return structuredClone(this.quarantined.get(key) ?? []);
  }

  async remove(key: string): Promise<void> {
    this.items.delete(key);
    this.quarantined.delete(key);
  }
}
