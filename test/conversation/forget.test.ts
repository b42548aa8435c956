/**
 * "Alexa, ask neck coach to forget me": after a yes, the user's stored record
 * is deleted, in every store, and the skill says so only once it is done.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileStore } from "../../lambda/persistence/file-store";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import type { RecordStore } from "../../lambda/persistence/store";
import { newDevice, talk, TEST_USER, type TestStore } from "../support/conversation";
import { useLocalTable } from "../support/local-table";

const folder = mkdtempSync(join(tmpdir(), "neck-coach-forget-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const table = useLocalTable("neck-coach-forget");

const STORES: ReadonlyArray<readonly [string, () => TestStore]> = [
  ["memory", () => new MemoryStore()],
  ["file", () => new FileStore(folder)],
  ["DynamoDB", () => table.store],
];

async function hasRecord(store: RecordStore): Promise<boolean> {
  return (await store.read(TEST_USER)) !== undefined;
}

describe.each(STORES)("forget me, on the %s store", (_name, makeStore) => {
  it("asks first, then deletes everything stored and says so", async () => {
    const store = makeStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: next", "U: pause");
    expect(await hasRecord(store)).toBe(true);
    await talk(
      newDevice({ store }),
      "U: ask neck coach to forget me",
      "A: Shall I delete it?",
      "A: [open]",
      "U: yes",
      "A: I've deleted everything Neck Coach kept about you.",
      "A: [ended]",
    );
    expect(await hasRecord(store)).toBe(false);
    await talk(newDevice({ store }), "U: open neck coach", "A: Welcome to Neck Coach");
  });

  it("no keeps everything as it is", async () => {
    const store = makeStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine");
    await talk(
      newDevice({ store }),
      "U: ask neck coach to forget me",
      "U: no",
      "A: I'll keep everything as it is.",
      "A: [open]",
    );
    expect(await hasRecord(store)).toBe(true);
    await store.remove(TEST_USER);
  });
});

describe("forget me when the store fails", () => {
  it("says plainly that nothing was deleted", async () => {
    class Failing extends MemoryStore {
      override async remove(): Promise<void> {
        throw new Error("store down");
      }
    }
    const store = new Failing();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine");
    const [, yes] = await talk(
      newDevice({ store }),
      "U: ask neck coach to forget me",
      "U: yes",
      "A: I couldn't make sure your data was deleted just now",
    );
    expect(yes?.speech).not.toMatch(/I've deleted/);
    expect(await hasRecord(store)).toBe(true);
  });
});
