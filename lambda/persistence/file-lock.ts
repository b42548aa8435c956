/**
 * A lock file for the file store's writers, in this process and others:
 * created whole with its owner's token (written aside, then hard-linked into
 * place, which fails when it exists), removed on release.
 *
 * A lock whose owner died (same host) or that is older than any write is
 * broken by the next writer; so is anything at the lock's path that no writer
 * leaves there (a directory, an entry that cannot be read), which would
 * otherwise block that user's writes for good. A lock is never broken, nor
 * released, unless it is the very lock that was judged: it is first moved
 * aside (of two movers only one gets it), then its token is compared, and a
 * live lock taken by mistake (another waiter broke the dead one and got in
 * first) is put back. A writer checks that its lock is still its own just
 * before its write replaces the record (`held`), so even a lock lost that way
 * costs a failed write, never an acknowledged one.
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

/** What is at the lock's path: nothing, a lock to wait for, a dead lock (its token), or something no writer leaves. */
type Seen = { readonly kind: "gone" | "live" | "foreign" } | { readonly kind: "dead"; readonly token: string };

export class FileLock {
  private constructor(
    private readonly modules: NodeModules,
    private readonly path: string,
    /** `<owner tag>:<random>`: this lock and no other, even of the same process. */
    readonly token: string,
  ) {}

  static async acquire(modules: NodeModules, path: string): Promise<FileLock> {
    const { fs, crypto } = modules;
    // The lock appears whole, its token already in it: written aside, then linked
    // into place (a link, like O_EXCL, fails when the lock exists). A writer killed
    // between creating a lock and writing its owner would leave an empty lock that
    // only age can break, and every write would wait for it in vain.
    const owner = ownerTag(modules);
    const token = `${owner}:${crypto.randomUUID()}`;
    const aside = `${path}.${owner}.${crypto.randomUUID()}.tmp`;
    try {
      // Inside the try: a write that fails half-way (a full disk) leaves no file behind.
      await fs.writeFile(aside, token);
      const deadline = Date.now() + WAIT_MS;
      for (let attempt = 0; ; attempt += 1) {
        try {
          await fs.link(aside, path);
          return new FileLock(modules, path, token);
        } catch (error) {
          if ((error as { code?: unknown }).code !== "EEXIST") throw error;
        }
        const seen = await inspect(modules, path);
        if (seen.kind === "gone") continue;
        if (seen.kind !== "live") {
          await breakLock(modules, path, seen);
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

  /** True while the lock at the path is this one. */
  async held(): Promise<boolean> {
    return (await readToken(this.modules, this.path)) === this.token;
  }

  /** Removes the lock if it is still this one; a lock someone else holds now is left alone. */
  async release(): Promise<void> {
    await takeIf(this.modules, this.path, (token) => token === this.token);
  }
}

/** The lock's token, or undefined when there is no lock file to read. */
async function readToken({ fs }: NodeModules, path: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

async function inspect(modules: NodeModules, path: string): Promise<Seen> {
  const { fs } = modules;
  let stat: Awaited<ReturnType<NodeModules["fs"]["lstat"]>>;
  try {
    stat = await fs.lstat(path);
  } catch (error) {
    return (error as { code?: unknown }).code === "ENOENT" ? { kind: "gone" } : { kind: "foreign" };
  }
  if (!stat.isFile()) return { kind: "foreign" };
  let token: string;
  try {
    token = await fs.readFile(path, "utf8");
  } catch (error) {
    return (error as { code?: unknown }).code === "ENOENT" ? { kind: "gone" } : { kind: "foreign" };
  }
  // An empty lock (written by an older version, or a file system that lost the
  // content): only its age can make it stale.
  const owner = token.split(":")[0] ?? "";
  const dead = Date.now() - stat.mtimeMs > STALE_MS || (owner !== "" && !isAlive(modules, owner));
  return dead ? { kind: "dead", token } : { kind: "live" };
}

/** Breaks the lock judged dead (or the foreign entry) at `path`, and nothing else. */
async function breakLock(modules: NodeModules, path: string, seen: Seen): Promise<void> {
  await takeIf(modules, path, (token) => (seen.kind === "dead" ? token === seen.token : token === undefined));
}

/**
 * Moves whatever is at `path` aside (atomic: of two movers, one gets it), and
 * removes it when `mine` says so of its token (undefined: not a readable file);
 * otherwise puts it back, unless a new lock took the place meanwhile.
 */
async function takeIf(
  { fs, crypto, os }: NodeModules,
  path: string,
  mine: (token: string | undefined) => boolean,
): Promise<void> {
  // The mover's tag in the name, as in a temporary file's: a sweep removes what a mover killed here left.
  const aside = `${path}.${ownerTag({ fs, crypto, os })}.${crypto.randomUUID()}.stale`;
  try {
    await fs.rename(path, aside);
  } catch {
    return; // gone already, or moved by someone else
  }
  const stat = await fs.lstat(aside).catch(() => undefined);
  const token = stat?.isFile() ? await readToken({ fs, crypto, os }, aside) : undefined;
  if (!mine(token)) {
    try {
      await fs.link(aside, path);
    } catch {
      // A new lock is in place (its holder got in after the move): the one moved is lost,
      // and its holder's write fails its `held` check rather than writing unserialised.
    }
  }
  await fs.rm(aside, { recursive: true, force: true });
}
