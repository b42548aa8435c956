/**
 * Writes skill-package/skill.json from models/language/manifest.ts, keeping
 * the endpoint that `ask deploy` wrote into the file, if any.
 *
 *   tsx scripts/generate-manifest.ts           write the file
 *   tsx scripts/generate-manifest.ts --check   write nothing; exit 1 when it is stale
 *
 * The check compares content, not formatting, because `ask deploy` rewrites
 * the file in its own layout.
 */
import { isDeepStrictEqual } from "node:util";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestWithDeployment, type SkillManifest } from "../models/language/manifest";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const MANIFEST_PATH = join(ROOT, "skill-package", "skill.json");

/** The parsed skill.json, or undefined when it is missing or not JSON. */
export function readManifest(path = MANIFEST_PATH): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/** What skill.json should hold, given what it holds now. */
export function expectedManifest(current: unknown = readManifest()): SkillManifest {
  return manifestWithDeployment(current);
}

export function manifestText(manifest: SkillManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const check = argv.includes("--check");
  const current = readManifest();
  const expected = expectedManifest(current);
  const name = relative(ROOT, MANIFEST_PATH);
  // Plain JSON on both sides: compare after a round trip.
  const upToDate = current !== undefined && isDeepStrictEqual(current, JSON.parse(JSON.stringify(expected)));
  if (check) {
    if (!upToDate) {
      console.error(`Stale skill manifest (run: npx tsx scripts/generate-manifest.ts):\n  ${name}`);
      return 1;
    }
    console.log("Skill manifest up to date.");
    return 0;
  }
  if (upToDate) {
    console.log("Skill manifest already up to date.");
    return 0;
  }
  mkdirSync(dirname(MANIFEST_PATH), { recursive: true });
  writeFileSync(MANIFEST_PATH, manifestText(expected));
  console.log(`Wrote ${name}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
