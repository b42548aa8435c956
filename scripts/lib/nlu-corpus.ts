/**
 * The evaluation corpora: what people say, each labelled with the intent and
 * the slot values it must reach, and where they say it.
 *
 * - The tune set (test/nlu/tune.json and test/nlu/check.json, scored together
 *   as one set) guides the work on the model.
 * - A blind set (test/nlu/blind/<round>.json, same format) is written after the
 *   model is frozen by people who saw neither the samples nor the tune set, is
 *   scored once, and is then kept as a regression set (test/nlu/blind/README.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

/**
 * Where the user is when saying it: outside a routine (idle), inside one
 * (routine), right after the skill answered a question (after-answer), right
 * after the skill opened (after-launch). A line without one is idle.
 */
export const CONTEXTS = ["idle", "routine", "after-answer", "after-launch"] as const;
export type CorpusContext = (typeof CONTEXTS)[number];

export interface CorpusItem {
  readonly text: string;
  readonly intent: string;
  /** Slot name -> the slot type value's id; for a free-text slot (AMAZON.SearchQuery) the words said. */
  readonly slots: Readonly<Record<string, string>>;
  readonly context: CorpusContext;
}

/** The files of the tune set, scored together as "tune". */
export const TUNE_FILES = ["tune.json", "check.json"] as const;

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

/** Validates a parsed corpus file: an array of { text, intent, slots?, context? }. */
export function parseCorpus(data: unknown, where: string): CorpusItem[] {
  if (!Array.isArray(data)) fail(where, "not a JSON array");
  return data.map((raw: unknown, index): CorpusItem => {
    const at = `${where}[${index}]`;
    if (typeof raw !== "object" || raw === null) fail(at, "not an object");
    const { text, intent, slots = {}, context = "idle" } = raw as Record<string, unknown>;
    if (typeof text !== "string" || text.trim() === "") fail(at, "text must be a non-empty string");
    if (typeof intent !== "string" || intent === "") fail(at, "intent must be a non-empty string");
    if (typeof slots !== "object" || slots === null || Array.isArray(slots)) fail(at, "slots must be an object");
    for (const [name, value] of Object.entries(slots)) {
      if (typeof value !== "string" || value === "") fail(at, `slot ${name} must be a non-empty string`);
    }
    if (!CONTEXTS.includes(context as CorpusContext)) fail(at, `context must be one of ${CONTEXTS.join(", ")}`);
    return { text, intent, slots: slots as Record<string, string>, context: context as CorpusContext };
  });
}

/** Reads a corpus file, or undefined when it does not exist (yet). */
export function readCorpus(path: string): CorpusItem[] | undefined {
  if (!existsSync(path)) return undefined;
  return parseCorpus(JSON.parse(readFileSync(path, "utf8")) as unknown, path);
}

/** Reads the files of one set as one corpus, in order; files that do not exist are left out. */
export function readCorpora(paths: readonly string[]): { items: CorpusItem[]; read: string[] } {
  const read = paths.filter((p) => existsSync(p));
  return { items: read.flatMap((p) => readCorpus(p) ?? []), read };
}

/** Where a blind set's figures are written: beside it, `<round>.results.json`. */
export function blindResultsPath(blindFile: string): string {
  return blindFile.replace(/(\.json)?$/, ".results.json");
}

/** The command line of a script that scores one labelled set in one locale: `FILE [--locale en-GB] [--show-misses]`. */
export function oneSetArgs(usage: string): { file: string; locale: string; showMisses: boolean } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { locale: { type: "string", default: "en-US" }, "show-misses": { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file) throw new Error(`usage: ${usage}`);
  return { file, locale: values.locale ?? "en-US", showMisses: values["show-misses"] ?? false };
}
