import { join } from "node:path";
import { FileLock, isAlive, ownerTag, type NodeModules } from "./file-lock";
import {
  MAX_RECORD_BYTES,
  StoreError,
  errorCode,
  type RecordStore,
  type StoreDamage,
  type StoredItem,
  type WriteResult,
} from "./store";
import { isPlainObject } from "./user-record";

let loaded: Promise<NodeModules> | undefined;

/**
 * node:fs/promises, node:crypto and node:os, loaded on first use: a Lambda on
 * the DynamoDB or memory store should not pay for them. Loaded with require,
 * about 2 ms here; import() would start Node's ES module loader, about 7 ms.
 */
function node(): Promise<NodeModules> {
  loaded ??= (async () => ({
    fs: require("node:fs/promises") as NodeModules["fs"],
    crypto: require("node:crypto") as NodeModules["crypto"],
    os: require("node:os") as NodeModules["os"],
  }))();
  return loaded;
}

/** A temporary file older than this is an orphan whoever wrote it: writes take milliseconds. */
const ORPHAN_AGE_MS = 60_000;

/**
 * One JSON file per user in `folder`, named by the sha256 of the user key:
 * `{"version":N,"attributes":{...}}`. A file holding a bare record was written
 * before versions, and reads as version 0.
 *
 * Writes are compare-and-swap under a lock file (`<name>.lock`, see FileLock),
 * so writers in any number of processes never lose each other's updates; and
 * writeDecided lets a writer that lost a race merge under that lock. A
 * write goes to a temporary file in the same folder, is synced, renamed over
 * the record, and the folder is synced, so a reader never sees half a file and
 * a crash never loses a renamed one. Temporary files of dead writers are
 * removed by the first write of each store.
 *
 * A file that is not what a write leaves is never overwritten unseen: read()
 * reports its damage, and quarantine() copies it beside the record
 * (`<name>.quarantine-<time>-<random>.json`) first. A file over
 * MAX_RECORD_BYTES is not read at all.
 */
export class FileStore implements RecordStore {
  readonly kind = "file";
  private swept: Promise<void> | undefined;

  constructor(private readonly folder: string) {}

  async read(key: string): Promise<StoredItem | undefined> {
    const modules = await node();
    try {
      return await readItem(modules, this.pathFor(key, modules));
    } catch (error) {
      throw new StoreError("file", "read", errorCode(error));
    }
  }

  async write(
    key: string,
    data: Readonly<Record<string, unknown>>,
    expected: number | undefined,
  ): Promise<WriteResult> {
    const version = await this.writeDecided(key, (current) => (current?.version === expected ? data : undefined));
    return version === undefined ? { ok: false, conflict: true } : { ok: true, version };
  }

  async writeDecided(
    key: string,
    decide: (current: StoredItem | undefined) => Readonly<Record<string, unknown>> | undefined,
  ): Promise<number | undefined> {
    const modules = await node();
    try {
      await this.prepare(modules);
      const target = this.pathFor(key, modules);
      return await this.locked(modules, target, async (lock) => {
        const current = await readItem(modules, target);
        const data = decide(current);
        if (data === undefined) return undefined;
        const attributes = JSON.stringify(data);
        if (Buffer.byteLength(attributes, "utf8") > MAX_RECORD_BYTES)
          throw new StoreError("file", "write", "too-large");
        const version = (current?.version ?? 0) + 1;
        await this.replace(modules, target, `{"version":${version},"attributes":${attributes}}`, lock);
        return version;
      });
    } catch (error) {
      throw error instanceof StoreError ? error : new StoreError("file", "write", errorCode(error));
    }
  }

  async quarantine(key: string, item: StoredItem): Promise<boolean> {
    const modules = await node();
    try {
      const target = this.pathFor(key, modules);
      return await this.locked(modules, target, async () => {
        const current = await readItem(modules, target);
        if (current === undefined || current.version !== item.version) return false;
        const copy = `${target.slice(0, -".json".length)}.quarantine-${Date.now()}-${modules.crypto.randomUUID().slice(0, 8)}.json`;
        // A copy of the file as it is, however large: the bytes go through the kernel, not this process.
        await modules.fs.copyFile(target, copy, modules.fs.constants.COPYFILE_EXCL);
        await syncFolder(modules, this.folder);
        return true;
      });
    } catch (error) {
      throw error instanceof StoreError ? error : new StoreError("file", "quarantine", errorCode(error));
    }
  }

  async remove(key: string): Promise<void> {
    const modules = await node();
    try {
      await this.prepare(modules);
      const target = this.pathFor(key, modules);
      const name = target.slice(this.folder.length + 1, -".json".length);
      await this.locked(modules, target, async () => {
        const names = await modules.fs.readdir(this.folder).catch((error: unknown) => {
          if (isMissing(error)) return [] as string[];
          throw error;
        });
        const copies = names.filter((file) => file.startsWith(`${name}.quarantine-`));
        // Copies first, the record last: a failure part-way leaves the record (see RecordStore.remove).
        await Promise.all(copies.map((file) => modules.fs.rm(join(this.folder, file), { force: true })));
        await modules.fs.rm(target, { force: true });
      });
    } catch (error) {
      throw error instanceof StoreError ? error : new StoreError("file", "remove", errorCode(error));
    }
  }

  private pathFor(key: string, { crypto }: NodeModules): string {
    return join(this.folder, `${crypto.createHash("sha256").update(key).digest("hex")}.json`);
  }

  private async locked<T>(modules: NodeModules, target: string, critical: (lock: FileLock) => Promise<T>): Promise<T> {
    const lock = await FileLock.acquire(modules, `${target.slice(0, -".json".length)}.lock`);
    try {
      return await critical(lock);
    } finally {
      await lock.release();
    }
  }

  /** Creates the folder, and once per store removes what dead writers left behind. */
  private async prepare(modules: NodeModules): Promise<void> {
    this.swept ??= (async () => {
      await modules.fs.mkdir(this.folder, { recursive: true });
      await sweepOrphans(modules, this.folder);
    })();
    try {
      await this.swept;
    } catch (error) {
      this.swept = undefined;
      throw error;
    }
  }

  /** Writes `text` aside and renames it over `target`, if `lock` is still held then (else fails: no write unserialised). */
  private async replace({ fs, crypto, os }: NodeModules, target: string, text: string, lock: FileLock): Promise<void> {
    // The writer's tag in the name lets a sweep tell a dead writer's file from a live one's.
    const temp = `${target}.${ownerTag({ fs, crypto, os })}.${crypto.randomUUID()}.tmp`;
    try {
      const handle = await fs.open(temp, "wx");
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (!(await lock.held())) throw new StoreError("file", "write", "lock-lost");
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    await syncFolder({ fs, crypto, os }, this.folder);
  }
}

/** The item in `path`, or undefined when there is no file. */
async function readItem({ fs }: NodeModules, path: string): Promise<StoredItem | undefined> {
  let handle: Awaited<ReturnType<NodeModules["fs"]["open"]>>;
  try {
    handle = await fs.open(path, "r");
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_RECORD_BYTES) return { data: undefined, version: 0, damage: "too-large" };
    return decode(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** A file's bytes as an item; anything but what a write leaves is reported as damage. */
function decode(bytes: Buffer): StoredItem {
  let start = 0;
  let end = bytes.length;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (end > start && bytes[end - 1] === 0) end -= 1;
  const parsed = parseJson(bytes.subarray(start, end).toString("utf8"));
  if (parsed === undefined) return { data: undefined, version: 0, damage: "not-json" };
  const damage: StoreDamage | undefined = start > 0 || end < bytes.length ? "stray-bytes" : undefined;
  const envelope =
    isPlainObject(parsed) && Object.keys(parsed).length === 2 && "attributes" in parsed ? parsed : undefined;
  const version = envelope?.version;
  const item: StoredItem =
    // Only a version that a write can still add one to exactly: at 2^53 and above, N + 1 === N and compare-and-swap would pass twice.
    typeof version === "number" && Number.isSafeInteger(version) && version >= 1 && version < Number.MAX_SAFE_INTEGER
      ? { data: envelope?.attributes, version }
      : { data: parsed, version: 0 };
  return damage ? { ...item, damage } : item;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Makes a rename in `folder` durable. Some platforms cannot open a folder for syncing: they skip it. */
async function syncFolder({ fs }: NodeModules, folder: string): Promise<void> {
  let handle: Awaited<ReturnType<NodeModules["fs"]["open"]>> | undefined;
  try {
    handle = await fs.open(folder, "r");
    await handle.sync();
  } catch (error) {
    if (!["EISDIR", "EPERM", "EINVAL", "EACCES"].includes(errorCode(error))) throw error;
  } finally {
    await handle?.close();
  }
}

/** Removes temporary files whose writer is dead (same host) or that are older than any write. */
async function sweepOrphans(modules: NodeModules, folder: string): Promise<void> {
  const { fs } = modules;
  const names = await fs.readdir(folder);
  await Promise.all(
    names
      .filter((name) => name.endsWith(".tmp") || name.endsWith(".stale"))
      .map(async (name) => {
        const path = join(folder, name);
        const owner = /\.(?:json|lock)\.([^.]+)\.[0-9a-f-]+\.(?:tmp|stale)$/.exec(name)?.[1];
        const stat = await fs.stat(path).catch(() => undefined);
        if (!stat) return;
        const orphan = Date.now() - stat.mtimeMs > ORPHAN_AGE_MS || (owner !== undefined && !isAlive(modules, owner));
        if (orphan) await fs.rm(path, { force: true });
      }),
  );
}

function isMissing(error: unknown): boolean {
  return errorCode(error) === "ENOENT";
}

/**
 * The file store for `folder`: the local runners' store (`npm start`, the
 * self-hosted server). The Lambda bundle loads this file only when it is asked
 * for, and the deployed package leaves it out (scripts/lib/bundle.ts).
 */
export function openFileStore(folder: string): RecordStore {
  return new FileStore(folder);
}
