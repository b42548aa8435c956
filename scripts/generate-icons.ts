/**
 * Draws the skill's icons, skill-package/assets/images/icon-108.png and
 * icon-512.png (the sizes Amazon requires), from docs/icon.svg with resvg.
 *
 *   tsx scripts/generate-icons.ts           write the files
 *   tsx scripts/generate-icons.ts --check   write nothing; exit 1 naming stale files
 */
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SKILL_ICONS } from "../models/language/manifest";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ICON_SOURCE = join(ROOT, "docs", "icon.svg");

export interface IconFile {
  readonly size: number;
  /** Where the manifest's file:// address points, inside skill-package. */
  readonly path: string;
}

/** One PNG per manifest icon, at the path its file:// address names. */
export const ICON_FILES: readonly IconFile[] = Object.values(SKILL_ICONS).map(({ size, uri }) => ({
  size,
  path: join(ROOT, "skill-package", uri.replace(/^file:\/\//, "")),
}));

/** The icon drawn at `size` pixels square, as PNG bytes. */
export function renderIcon(size: number, svg: string = readFileSync(ICON_SOURCE, "utf8")): Buffer {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** The icon files that differ from a fresh drawing of docs/icon.svg. */
export function staleIcons(): string[] {
  const svg = readFileSync(ICON_SOURCE, "utf8");
  return ICON_FILES.filter(({ size, path }) => !readOrUndefined(path)?.equals(renderIcon(size, svg))).map(({ path }) =>
    relative(ROOT, path),
  );
}

function main(argv: readonly string[]): number {
  const stale = staleIcons();
  if (argv.includes("--check")) {
    if (stale.length > 0) {
      console.error(`Stale icons (run: npx tsx scripts/generate-icons.ts):\n  ${stale.join("\n  ")}`);
      return 1;
    }
    console.log("Icons up to date.");
    return 0;
  }
  const svg = readFileSync(ICON_SOURCE, "utf8");
  for (const { size, path } of ICON_FILES) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderIcon(size, svg));
  }
  console.log(stale.length > 0 ? `Wrote ${stale.join(", ")}` : "Icons already up to date.");
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
