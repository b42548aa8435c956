/**
 * The file store across processes, with real files: two processes playing 500
 * sessions each of one user lose no visit and no finished routine; a writer
 * killed mid-write leaves a readable record, and the temporary file it left is
 * removed by the next store's first write; a lock left by a dead process does
 * not block the next writer.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdir, stat, utimes, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileStore } from "../../lambda/persistence/file-store";
import { loadRecord, saveRecord } from "../../lambda/persistence/records";
import { defaultRecord } from "../../lambda/persistence/user-record";
import { recordFileName, useTempFolders } from "../support/temp-folders";

const ROOT = join(__dirname, "..", "..");
const CHILD = join(__dirname, "file-sessions.child.ts");

const folders = useTempFolders("processes");
const freshFolder = (): string => folders.fresh();
const hashOf = (key: string): string => recordFileName(key).slice(0, -".json".length);

function runChild(args: readonly string[]): {
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  kill: () => void;
} {
  // One process (node with tsx's loader), so that a kill stops the writer itself.
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { done, kill: () => child.kill("SIGKILL") };
}

describe("the file store shared by processes", () => {
  it("keeps every visit and every finished routine of 2 processes × 500 sessions of one user", async () => {
    const folder = freshFolder();
    const key = "amzn1.ask.account.TWO-PROCESSES";
    const runs = [runChild([folder, key, "500", "10"]), runChild([folder, key, "500", "10"])];
    const results = await Promise.all(runs.map((run) => run.done));
    for (const { code, stderr } of results) expect(code, stderr).toBe(0);
    const counts = results.map(({ stdout }) => JSON.parse(stdout) as { saved: number; failed: number });
    expect(counts).toEqual([
      { saved: 500, failed: 0, reasons: {} },
      { saved: 500, failed: 0, reasons: {} },
    ]);
    const loaded = await loadRecord(new FileStore(folder), key);
    expect(loaded.record).toMatchObject({
      visits: 1000,
      routinesFinished: 100,
      streakDays: 1,
      lastActiveDay: "2026-03-15",
    });
    expect(await readdir(folder)).toEqual([`${hashOf(key)}.json`]);
  }, 120_000);

  it("leaves a readable record when a writer is killed mid-write, and the next store sweeps what it left", async () => {
    const folder = freshFolder();
    const key = "amzn1.ask.account.KILLED";
    const run = runChild([folder, key, "100000", "7"]);
    // Let it write for a while (from its first file on), then kill it wherever it is.
    const file = join(folder, `${hashOf(key)}.json`);
    for (let waited = 0; waited < 20_000 && !(await stat(file).catch(() => undefined)); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    run.kill();
    await run.done;
    const store = new FileStore(folder);
    const loaded = await loadRecord(store, key);
    expect(loaded).toMatchObject({ writable: true, status: "ok" });
    if (!loaded.writable) return;
    expect(loaded.record.visits).toBeGreaterThan(0);
    // Whatever the kill left (a temporary file, a lock), the next write goes through and clears it.
    const saved = await saveRecord(store, key, loaded.token, loaded.record, {
      ...loaded.record,
      visits: loaded.record.visits + 1,
    });
    expect(saved.ok).toBe(true);
    expect(await readdir(folder), "what the kill left").toEqual([`${hashOf(key)}.json`]);
  }, 60_000);

  it("sweeps temporary files older than any write, and a lock a dead process moved aside; leaves a live writer's alone", async () => {
    const folder = freshFolder();
    const store = new FileStore(folder);
    const key = "amzn1.ask.account.ORPHANS";
    await store.write(key, defaultRecord() as unknown as Record<string, unknown>, undefined);
    const name = `${hashOf(key)}.json`;
    const old = join(folder, `${name}.1-00000000.0b5c1d9e-0000-4000-8000-000000000000.tmp`);
    const live = join(
      folder,
      `${name}.${process.pid}-${hashOf(hostname()).slice(0, 8)}.0b5c1d9e-0000-4000-8000-000000000001.tmp`,
    );
    await writeFile(old, '{"version":1,"attributes":{"visits":3}}');
    await writeFile(live, '{"version":1,"attributes":{"visits":4}}');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(old, longAgo, longAgo);
    // A process killed between moving a lock aside and removing it (fresh: only its dead owner makes it an orphan).
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(
      join(
        folder,
        `${hashOf(key)}.lock.${deadPid}-${hashOf(hostname()).slice(0, 8)}.0b5c1d9e-0000-4000-8000-000000000002.stale`,
      ),
      "1-x:token",
    );
    const next = new FileStore(folder);
    expect((await next.write(key, { ...defaultRecord(), visits: 1 } as unknown as Record<string, unknown>, 1)).ok).toBe(
      true,
    );
    expect((await readdir(folder)).sort()).toEqual([name, live.slice(folder.length + 1)].sort());
  });

  /** A store holding a record of `key`, its lock held by a process that has exited. */
  async function lockedByTheDead(
    key: string,
  ): Promise<{ folder: string; store: FileStore; owner: string; lock: string }> {
    const folder = freshFolder();
    const store = new FileStore(folder);
    await store.write(key, defaultRecord() as unknown as Record<string, unknown>, undefined);
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.on("close", resolve));
    const owner = `${dead.pid}-${hashOf(hostname()).slice(0, 8)}`;
    const lock = join(folder, `${hashOf(key)}.lock`);
    await writeFile(lock, owner);
    return { folder, store, owner, lock };
  }

  it("breaks a lock whose owner is dead instead of waiting on it", async () => {
    const key = "amzn1.ask.account.DEAD-LOCK";
    const { store } = await lockedByTheDead(key);
    const started = performance.now();
    expect(
      (await store.write(key, { ...defaultRecord(), visits: 2 } as unknown as Record<string, unknown>, 1)).ok,
    ).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("clears what a writer killed while taking the lock leaves: its lock, whole with its owner, and the copy it linked from", async () => {
    const key = "amzn1.ask.account.KILLED-AT-LOCK";
    const { folder, owner, lock } = await lockedByTheDead(key);
    await writeFile(`${lock}.${owner}.0b5c1d9e-0000-4000-8000-000000000002.tmp`, owner);
    // A lock that could not be broken would make this write wait out its deadline and fail.
    expect(
      (
        await new FileStore(folder).write(
          key,
          { ...defaultRecord(), visits: 2 } as unknown as Record<string, unknown>,
          1,
        )
      ).ok,
    ).toBe(true);
    expect(await readdir(folder)).toEqual([`${hashOf(key)}.json`]);
  });
});
