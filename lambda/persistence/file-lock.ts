/**
 * A lock file for the file store's writers, in this process and others:
 * created whole with its owner's tag (written aside, then hard-linked into
 * place, which fails when it exists), removed on release.
 * A lock whose owner died (same host) or that is older than any write is
 * broken by the next writer. Two writers breaking the same dead lock at the
 * same moment can both get in: only after a crash, and then at worst one of
 * their two writes is lost, never the file.
 */

export interface NodeModules {
  readonly fs: typeof import("node:fs/promises");
  readonly crypto: typeof import("node:crypto");
  readonly os: typeof import("node:os");
}

/** How long a writer waits for the lock before its write fails. */
const WAIT_MS = 1_000;
/** A lock older than this is dead whoever holds it: it is held for a few milliseconds. */
const STALE_MS = 10_000;

let hostTag: string | undefined;

/** `<pid>-<hash of the host name>`: who writes, in a file name, without naming the host. */
export function ownerTag({ crypto, os }: NodeModules): string {
  hostTag ??= crypto.createHash("sha256").update(os.hostname()).digest("hex").slice(0, 8);
  return `${process.pid}-${hostTag}`;
}

/** False only when `tag` names a process of this host that no longer exists. */
export function isAlive(modules: NodeModules, tag: string): boolean {
  const [pid, host] = tag.split("-");
  const thisHost = ownerTag(modules).split("-")[1];
  if (host !== thisHost || !pid || !/^\d+$/.test(pid)) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code !== "ESRCH";
  }
}

export class FileLock {
  private constructor(
    private readonly modules: NodeModules,
    private readonly path: string,
  ) {}

  static async acquire(modules: NodeModules, path: string): Promise<FileLock> {
    const { fs, crypto } = modules;
    // The lock appears whole, its owner already in it: written aside, then linked
    // into place (a link, like O_EXCL, fails when the lock exists). A writer killed
    // between creating a lock and writing its owner would leave an empty lock that
    // only age can break, and every write would wait for it in vain.
    const owner = ownerTag(modules);
    const aside = `${path}.${owner}.${crypto.randomUUID()}.tmp`;
    await fs.writeFile(aside, owner);
    try {
      const deadline = Date.now() + WAIT_MS;
      for (let attempt = 0; ; attempt += 1) {
        try {
          await fs.link(aside, path);
          return new FileLock(modules, path);
        } catch (error) {
          if ((error as { code?: unknown }).code !== "EEXIST") throw error;
        }
        if (await isStale(modules, path)) {
          await breakLock(modules, path);
          continue;
        }
        if (Date.now() > deadline) throw Object.assign(new Error("lock wait over"), { code: "lock-timeout" });
        // Short random waits, a little longer each time, so writers do not step in lockstep.
        await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * Math.min(20, 2 + attempt)));
      }
    } finally {
      await fs.rm(aside, { force: true });
    }
  }

  async release(): Promise<void> {
    await this.modules.fs.rm(this.path, { force: true });
  }
}

async function isStale(modules: NodeModules, path: string): Promise<boolean> {
  try {
    const [owner, stat] = await Promise.all([modules.fs.readFile(path, "utf8"), modules.fs.stat(path)]);
    // An empty lock (written by an older version, or a file system that lost the
    // content): only its age can make it stale.
    return Date.now() - stat.mtimeMs > STALE_MS || (owner !== "" && !isAlive(modules, owner));
  } catch {
    return false; // released meanwhile: try again
  }
}

/** Moves the dead lock aside first, so that of two breakers only one removes it. */
async function breakLock({ fs, crypto }: NodeModules, path: string): Promise<void> {
  const aside = `${path}.${crypto.randomUUID()}.stale`;
  try {
    await fs.rename(path, aside);
    await fs.rm(aside, { force: true });
  } catch {
    // Someone else broke it first.
  }
}
