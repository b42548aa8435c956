/**
 * The evaluation corpus: what people say, each labelled with the intent and the
 * slot values it must reach. test/nlu/tune.json may guide the samples;
 * test/nlu/check.json must never be copied into them.
 */
import { existsSync, readFileSync } from "node:fs";

export const CONTEXTS = ["idle", "routine"] as const;
export type CorpusContext = (typeof CONTEXTS)[number];

export interface CorpusItem {
  readonly text: string;
  readonly intent: string;
  /** Slot name -> the slot type value's id; for a free-text slot (AMAZON.SearchQuery) the words said. */
  readonly slots: Readonly<Record<string, string>>;
  /** Where the user is when saying it: outside a routine, or inside one. */
  readonly context: CorpusContext;
}

export const HALVES = ["tune", "check"] as const;
export type Half = (typeof HALVES)[number];

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

/** Validates a parsed corpus file: an array of { text, intent, slots, context }. */
export function parseCorpus(data: unknown, where: string): CorpusItem[] {
  if (!Array.isArray(data)) fail(where, "not a JSON array");
  return data.map((raw: unknown, index): CorpusItem => {
    const at = `${where}[${index}]`;
    if (typeof raw !== "object" || raw === null) fail(at, "not an object");
    const { text, intent, slots = {}, context } = raw as Record<string, unknown>;
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
