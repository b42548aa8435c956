import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import type { RecordStore, StoredItem, WriteResult } from "./store";
import { userKey } from "./user-key";

/** Records kept in a Map, for tests and benchmarks. Stores and returns copies; writes are compare-and-swap. */
export class MemoryStore implements RecordStore, PersistenceAdapter {
  private readonly items = new Map<string, StoredItem>();

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

  async remove(key: string): Promise<void> {
    this.items.delete(key);
  }

  /** The stored attributes of the request's user ({} when none): for tests that inspect or seed a user. */
  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const data = (await this.read(userKey(envelope)))?.data;
    return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const key = userKey(envelope);
    await this.write(key, attributes, this.items.get(key)?.version);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await this.remove(userKey(envelope));
  }
}
