import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import { userKey } from "./user-key";

/** Attributes kept in a Map, for tests and benchmarks. Stores and returns copies. */
export class MemoryStore implements PersistenceAdapter {
  private readonly items = new Map<string, Record<string, unknown>>();

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const stored = this.items.get(userKey(envelope));
    return stored ? structuredClone(stored) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.items.set(userKey(envelope), structuredClone(attributes));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(userKey(envelope));
  }
}
