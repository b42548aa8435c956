/**
 * ask-sdk's PersistenceAdapter over any RecordStore, by request envelope: how
 * tests and the benchmark seed and inspect a user. The production stores speak
 * RecordStore only; this view is never given to the skill as anything more.
 */
import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import type { RecordStore } from "../../lambda/persistence/store";
import { isPlainObject } from "../../lambda/persistence/user-record";
import { userKey } from "../../lambda/turn/user-key";

/** A RecordStore that also reads, seeds and deletes a user by request envelope. */
export interface AttributesStore extends RecordStore, PersistenceAdapter {
  /** The user's stored data; {} when nothing is stored or it is not an object. */
  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>>;
  /** Writes `attributes` as the next version, whatever is stored: read, then write at the version read. */
  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void>;
  /** Removes the user's record and quarantined copies. */
  deleteAttributes(envelope: RequestEnvelope): Promise<void>;
}

/** How many read-then-write tries a seed makes against other writers before it gives up. */
const SEED_ATTEMPTS = 50;

const views = new WeakSet<object>();

/**
 * `store` with the PersistenceAdapter methods beside its own; every call goes
 * to `store` as it is (a subclass's overrides included), and writeDecided is
 * offered only when `store` offers it. A view given again is returned as it is.
 */
export function withAttributes(store: RecordStore): AttributesStore {
  if (views.has(store)) return store as AttributesStore;
  const decided = store.writeDecided?.bind(store);
  const view: AttributesStore = {
    kind: store.kind,
    read: (key, deadline) => store.read(key, deadline),
    write: (key, data, expected, deadline) => store.write(key, data, expected, deadline),
    quarantine: (key, item, deadline) => store.quarantine(key, item, deadline),
    remove: (key, deadline) => store.remove(key, deadline),
    ...(decided ? { writeDecided: decided } : {}),
    async getAttributes(envelope) {
      const data = (await store.read(userKey(envelope)))?.data;
      return isPlainObject(data) ? data : {};
    },
    async saveAttributes(envelope, attributes) {
      const key = userKey(envelope);
      for (let attempt = 0; attempt < SEED_ATTEMPTS; attempt++) {
        const current = await store.read(key);
        if ((await store.write(key, attributes, current?.version)).ok) return;
      }
      throw new Error(`saveAttributes: other writers kept winning, ${SEED_ATTEMPTS} tries`);
    },
    async deleteAttributes(envelope) {
      await store.remove(userKey(envelope));
    },
  };
  views.add(view);
  return view;
}
