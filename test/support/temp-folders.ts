import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/**
 * For a test file: a temporary folder, made before its tests and removed after
 * them; `fresh()` names a new subfolder that does not exist yet, so each test
 * starts empty.
 */
export function useTempFolders(prefix: string): { readonly root: string; fresh(): string } {
  let root: string | undefined;
  let count = 0;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), `neck-coach-${prefix}-`));
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });
  const ready = (): string => {
    if (root === undefined) throw new Error("the temporary folder is not made yet (use it inside a test)");
    return root;
  };
  return {
    get root() {
      return ready();
    },
    fresh: () => join(ready(), `case-${(count += 1)}`),
  };
}

/** The name the file store gives a user's record: the sha256 of the user key, in hex, then ".json". */
export function recordFileName(key: string): string {
  return `${createHash("sha256").update(key).digest("hex")}.json`;
}
