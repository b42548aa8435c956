import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import type { RecordStore, StoreKind, StoredItem, WriteResult } from "./store";
import { userKey } from "../turn/user-key";
import { isPlainObject } from "./user-record";

/**
 * A RecordStore that also speaks ask-sdk's PersistenceAdapter, by envelope:
 * tests seed and inspect users that way. getAttributes reads the data ({} when
 * none or not an object); saveAttributes replaces it whatever its version.
 */
export abstract class AttributesAdapter implements RecordStore, PersistenceAdapter {
  abstract readonly kind: StoreKind;
  abstract read(key: string, deadline?: number): Promise<StoredItem | undefined>;
  abstract write(key: string, data: Readonly<Record<string, unknown>>, expected: number | undefined, deadline?: number): Promise<WriteResult>;
  abstract quarantine(key: string, item: StoredItem, deadline?: number): Promise<boolean>;
  abstract remove(key: string, deadline?: number): Promise<void>;
  /** Writes `data` whatever version is stored, as the next version: for tests that seed a user. */
  protected abstract overwrite(key: string, data: Readonly<Record<string, unknown>>): Promise<void>;

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const data = (await this.read(userKey(envelope)))?.data;
    return isPlainObject(data) ? data : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.overwrite(userKey(envelope), attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await this.remove(userKey(envelope));
  }
}
