/**
 * The file store's lock, one race at a time, on real files: a lock is broken
 * or released only when it is the very lock judged (so two waiters breaking
 * one dead lock cannot both get in); a failed lock write leaves no file; an
 * entry at the lock path that no writer leaves does not block writes; and a
 * version at 2^53 or above no longer lets a stale write through.
 */
import * as realFs from "node:fs/promises";
import * as crypto from "node:crypto";
import * as os from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileLock, ownerTag, type NodeModules } from "../../lambda/persistence/file-lock";
import { FileStore } from "../../lambda/persistence/file-store";
import { recordFileName, useTempFolders } from "../support/temp-folders";

const folders = useTempFolders("lock");
const modules: NodeModules = { fs: realFs, crypto, os };

/** A pid that no process has: the lock of a writer that was killed. */
const DEAD_PID = 2 ** 22 + 17;
const deadToken = (): string => `${DEAD_PID}-${ownerTag(modules).split("-")[1]}:dead`;

async function lockPath(): Promise<string> {
  const folder = folders.fresh();
  await realFs.mkdir(folder, { recursive: true });
  return join(folder, "user.lock");
}

describe("FileLock", () => {
  it("does not release a lock that is no longer its own", async () => {
    const path = await lockPath();
    const mine = await FileLock.acquire(modules, path);
    // Meanwhile another writer judged this lock dead, broke it and took the place.
    await realFs.rm(path);
    await realFs.writeFile(path, "other-writer:token");
    expect(await mine.held()).toBe(false);
    await mine.release();
    expect(await realFs.readFile(path, "utf8")).toBe("other-writer:token");
  });

  it("does not break a live lock that replaced the dead one it judged", async () => {
    const path = await lockPath();
    await realFs.writeFile(path, deadToken());
    const liveToken = `${ownerTag(modules)}:live`;
    let swapped = false;
    // Between this waiter's judgement (it read the dead token) and its break, another waiter
    // breaks the dead lock and takes the lock: the file at the path is now a live writer's.
    const racing: NodeModules = {
      ...modules,
      fs: {
        ...realFs,
        rename: async (from: string, to: string) => {
          if (!swapped && from === path) {
            swapped = true;
            await realFs.rm(path);
            await realFs.writeFile(path, liveToken);
          }
          return realFs.rename(from, to);
        },
      } as NodeModules["fs"],
    };
    await expect(FileLock.acquire(racing, path)).rejects.toMatchObject({ code: "lock-timeout" });
    expect(await realFs.readFile(path, "utf8")).toBe(liveToken);
  });

  it("breaks a dead writer's lock", async () => {
    const path = await lockPath();
    await realFs.writeFile(path, deadToken());
    const lock = await FileLock.acquire(modules, path);
    expect(await lock.held()).toBe(true);
    await lock.release();
    await expect(realFs.stat(path)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("leaves no temporary file when writing the lock fails", async () => {
    const path = await lockPath();
    const full: NodeModules = {
      ...modules,
      fs: {
        ...realFs,
        writeFile: async (file: string) => {
          await realFs.writeFile(file, "");
          throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
        },
      } as NodeModules["fs"],
    };
    await expect(FileLock.acquire(full, path)).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await realFs.readdir(join(path, ".."))).toEqual([]);
  });
});

describe("FileStore with something else at the lock path", () => {
  const KEY = "amzn1.ask.account.LOCK-PATH";
  const lockOf = (folder: string) => join(folder, recordFileName(KEY).replace(/\.json$/, ".lock"));

  it.each([
    ["a directory", (path: string) => realFs.mkdir(path)],
    ["a symbolic link that cannot be read (a loop)", (path: string) => realFs.symlink(path, path)],
  ])("writes past %s", async (_name, make) => {
    const folder = folders.fresh();
    await realFs.mkdir(folder, { recursive: true });
    await make(lockOf(folder));
    const store = new FileStore(folder);
    expect(await store.write(KEY, { visits: 1 }, undefined)).toEqual({ ok: true, version: 1 });
    expect(await store.read(KEY)).toMatchObject({ data: { visits: 1 }, version: 1 });
  });
});

describe("FileStore versions at 2^53 and above", () => {
  it("does not let two writes over the same version both succeed", async () => {
    const folder = folders.fresh();
    await realFs.mkdir(folder, { recursive: true });
    const key = "amzn1.ask.account.HUGE-VERSION";
    await realFs.writeFile(join(folder, recordFileName(key)), `{"version":${2 ** 53},"attributes":{"visits":3}}`);
    const store = new FileStore(folder);
    const item = await store.read(key);
    if (!item) throw new Error("nothing read");
    const first = await store.write(key, { visits: 4 }, item.version);
    const second = await store.write(key, { visits: 5 }, item.version);
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, conflict: true });
  });
});
