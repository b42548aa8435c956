/**
 * The Node.js versions package.json's `engines` promises (and the README
 * repeats) are ones every locked package accepts, so `npm install` on any of
 * them warns EBADENGINE of none (issue 23, finding 7: @aws-lite/client 0.24
 * wanted Node 22 while the README allowed 20.19).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/bundle";

/** npm's own semver (installed with the dev tools), for the ranges npm itself reads. */
const semver = createRequire(join(PROJECT_ROOT, "package.json"))("semver") as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};
const promised = pkg.engines.node;

/** The lowest version of each range the promise is made of, and the first of each later major line it covers. */
function edges(range: string): string[] {
  const lows = range.split("||").map((part) => semver.minVersion(part.trim())?.version ?? "");
  const majors = [20, 21, 22, 23, 24, 25, 26].map((major) => `${major}.0.0`);
  return [...new Set([...lows, ...majors.filter((version) => semver.satisfies(version, range))])].filter(Boolean);
}

describe("engines", () => {
  it("promise versions every locked package accepts", () => {
    const refused: string[] = [];
    for (const version of edges(promised)) {
      for (const [path, meta] of Object.entries(lock.packages)) {
        const range = !Array.isArray(meta.engines) ? meta.engines?.node : undefined;
        if (path && range && !semver.satisfies(version, range))
          refused.push(`${path.replace(/^.*node_modules\//, "")} (${range}) refuses Node ${version}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it("are what the README says", () => {
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8").replace(/\s+/g, " ");
    expect(readme).toContain(
      "Needs Node.js 20.19 or later on the 20 line, 22.13 or later on the 22 line, or 24 and later",
    );
    expect(edges(promised).slice(0, 3)).toEqual(["20.19.0", "22.13.0", "24.0.0"]);
  });
});
