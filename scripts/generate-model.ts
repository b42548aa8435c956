/**
 * Writes skill-package/interactionModels/custom/<locale>.json for every
 * supported locale, from models/language and models/content.
 *
 *   tsx scripts/generate-model.ts           write the files
 *   tsx scripts/generate-model.ts --check   write nothing; exit 1 naming stale files
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SUPPORTED_LOCALES, type SupportedLocale } from "../models/language/index";
import { buildInteractionModel } from "../models/language/interaction-model";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const MODEL_DIR = join(ROOT, "skill-package", "interactionModels", "custom");

export function modelPath(locale: SupportedLocale): string {
  return join(MODEL_DIR, `${locale}.json`);
}

/** The exact text of a locale's model file: 2-space JSON and a final newline. */
export function modelText(locale: SupportedLocale): string {
  return `${JSON.stringify(buildInteractionModel(locale), null, 2)}\n`;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function main(argv: readonly string[]): number {
  const check = argv.includes("--check");
  const stale: string[] = [];
  for (const locale of SUPPORTED_LOCALES) {
    const path = modelPath(locale);
    const text = modelText(locale);
    if (readOrUndefined(path) === text) continue;
    stale.push(relative(ROOT, path));
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(`Stale interaction models (run: npx tsx scripts/generate-model.ts):\n  ${stale.join("\n  ")}`);
      return 1;
    }
    console.log(`Interaction models up to date (${SUPPORTED_LOCALES.length} locales).`);
    return 0;
  }
  console.log(stale.length > 0 ? `Wrote ${stale.join(", ")}` : "Interaction models already up to date.");
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
