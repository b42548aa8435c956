import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/bundle";

/**
 * The facts come from a source article; the wording must be the project's own.
 * The article and its overlap checker sit beside the repository, as on CI.
 */
const CHECKER = join(PROJECT_ROOT, "..", "shared", "tools", "seed-overlap.mjs");

describe("wording is the project's own", () => {
  it.skipIf(!existsSync(CHECKER))("shares no run of eight words with the source article", () => {
    const result = spawnSync(process.execPath, [CHECKER], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0 run\(s\) of 8 words shared with the seed/m);
  });
});
