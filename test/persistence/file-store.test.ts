import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { FileStore } from "../../lambda/persistence/file-store";
import { defaultRecord, parseRecord } from "../../lambda/persistence/user-record";
import { withAttributes } from "../support/attributes-store";
import { recordFileName as fileName, useTempFolders } from "../support/temp-folders";
import { userEnvelope } from "../support/user-envelope";

const folders = useTempFolders("file-store");
const freshFolder = (): string => folders.fresh();
/** A FileStore on `folder`, seeded and inspected by request envelope. */
const storeIn = (folder: string) => withAttributes(new FileStore(folder));

function fileFor(folder: string, key: string): string {
  return join(folder, fileName(key));
}

const alice = userEnvelope({ userId: "amzn1.ask.account.alice" });
const bob = userEnvelope({ userId: "amzn1.ask.account.bob" });
const record = { ...defaultRecord(), visits: 3, usualRoutine: "quick" };

describe("FileStore", () => {
  it("reads a missing file as an empty object", async () => {
    expect(await storeIn(freshFolder()).getAttributes(alice)).toEqual({});
  });

  it("creates the folder on first write and reads back what it saved", async () => {
    const store = storeIn(freshFolder());
    await store.saveAttributes(alice, record);
    expect(await store.getAttributes(alice)).toEqual(record);
  });

  it("names the file by the sha256 of the user key, and keeps the version beside the attributes", async () => {
    const folder = freshFolder();
    await storeIn(folder).saveAttributes(alice, record);
    expect(JSON.parse(await readFile(fileFor(folder, "amzn1.ask.account.alice"), "utf8"))).toEqual({
      version: 1,
      attributes: record,
    });
  });

  it("reads a bare record, written before versions, as version 0", async () => {
    const folder = freshFolder();
    await mkdir(folder, { recursive: true });
    await writeFile(fileFor(folder, "amzn1.ask.account.alice"), JSON.stringify(record), "utf8");
    expect(await new FileStore(folder).read("amzn1.ask.account.alice")).toEqual({ data: record, version: 0 });
  });

  it("overwrites on the next save", async () => {
    const store = storeIn(freshFolder());
    await store.saveAttributes(alice, record);
    await store.saveAttributes(alice, { ...record, visits: 4 });
    expect(await store.getAttributes(alice)).toEqual({ ...record, visits: 4 });
  });

  it("keeps users apart", async () => {
    const store = storeIn(freshFolder());
    await store.saveAttributes(alice, record);
    await store.saveAttributes(bob, { ...record, visits: 1 });
    expect(await store.getAttributes(alice)).toEqual(record);
    expect(await store.getAttributes(bob)).toEqual({ ...record, visits: 1 });
  });

  it.each([
    ["invalid JSON", "{ not json"],
    ["an empty file", ""],
    ["a JSON string", '"garbage"'],
    ["a JSON array", "[1, 2]"],
  ])("reads %s as an empty object", async (_name, text) => {
    const folder = freshFolder();
    const store = storeIn(folder);
    await store.saveAttributes(alice, record);
    await writeFile(fileFor(folder, "amzn1.ask.account.alice"), text, "utf8");
    const attributes = await store.getAttributes(alice);
    expect(attributes).toEqual({});
    expect(parseRecord(attributes).record).toEqual(defaultRecord());
  });

  it("leaves a wrongly shaped record for parseRecord to salvage", async () => {
    const folder = freshFolder();
    const store = storeIn(folder);
    await store.saveAttributes(alice, record);
    await writeFile(fileFor(folder, "amzn1.ask.account.alice"), '{"schema":2,"visits":"many"}', "utf8");
    expect(parseRecord(await store.getAttributes(alice)).status).toBe("salvaged");
  });

  it("leaves no temp files after many concurrent writes", async () => {
    const folder = freshFolder();
    const store = storeIn(folder);
    await Promise.all(
      Array.from({ length: 20 }, (_, visits) => store.saveAttributes(visits % 2 ? alice : bob, { ...record, visits })),
    );
    const files = await readdir(folder);
    expect(files.sort()).toEqual([fileName("amzn1.ask.account.alice"), fileName("amzn1.ask.account.bob")].sort());
    expect(parseRecord(await store.getAttributes(alice)).status).toBe("ok");
  });

  it("deletes nothing, without failing, before anything was ever written", async () => {
    await expect(storeIn(freshFolder()).deleteAttributes(alice)).resolves.toBeUndefined();
  });

  it("deletes a user's data, and deleting twice is fine", async () => {
    const store = storeIn(freshFolder());
    await store.saveAttributes(alice, record);
    await store.saveAttributes(bob, record);
    await store.deleteAttributes(alice);
    await store.deleteAttributes(alice);
    expect(await store.getAttributes(alice)).toEqual({});
    expect(await store.getAttributes(bob)).toEqual(record);
  });

  it("throws on file system errors other than a missing file", async () => {
    const folder = freshFolder();
    const store = storeIn(folder);
    await store.saveAttributes(alice, record);
    await rm(fileFor(folder, "amzn1.ask.account.alice"));
    await mkdir(fileFor(folder, "amzn1.ask.account.alice")); // a directory where the file belongs
    await expect(store.getAttributes(alice)).rejects.toThrow();
  });

  it("fails with a message that names no user, no file and no folder, fit for a log line", async () => {
    const folder = freshFolder();
    const store = storeIn(folder);
    await mkdir(fileFor(folder, "amzn1.ask.account.alice"), { recursive: true });
    const failures = await Promise.all([
      store.getAttributes(alice).catch((error: unknown) => error),
      store.write("amzn1.ask.account.alice", record, undefined).catch((error: unknown) => error),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(Error);
      const message = String((failure as Error).message);
      expect(message).toMatch(/^file store (read|write) failed: [A-Za-z0-9_.:-]+$/);
      for (const secret of ["alice", fileName("amzn1.ask.account.alice").slice(0, 16), folder])
        expect(message).not.toContain(secret);
    }
  });
});
