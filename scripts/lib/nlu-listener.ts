/**
 * What `npm start` listens with beyond exact matching: a statistical stand-in
 * trained on the interaction model, nearest neighbours over TF-IDF
 * (nlu-neighbours.ts), the one of the two stand-ins that understood more on
 * every blind set and the quicker to train; kept on disk so that a second
 * start does not train again. The cache file is keyed by a hash of the model's
 * JSON and the stand-in's code, so any change to one of them trains afresh.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./bundle";
import { findIntent, slotValues, type NluModel } from "./nlu-model";
import type { Interpretation } from "./nlu-score";
import { neighboursMatcher, type NeighboursMatcher } from "./nlu-neighbours";

/** Where trained stand-ins are kept unless NECK_COACH_NLU_CACHE says otherwise. */
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "neck-coach-nlu");

/** The files whose text decides what the stand-in learns from a model. */
const CODE = ["nlu-neighbours.ts", "nlu-statistical.ts", "nlu-model.ts", "nlu-text.ts"].map((f) => join(__dirname, f));

/** The cache key of a model: a hash of its JSON and the stand-in's code. */
export function cacheKey(model: NluModel): string {
  const hash = createHash("sha256");
  hash.update(model.locale).update("\0").update(model.source);
  for (const file of CODE) hash.update("\0").update(existsSync(file) ? readFileSync(file, "utf8") : file);
  return hash.digest("hex").slice(0, 16);
}

export interface Listener {
  /** True when the classifier came from the cache, false when it was trained now. */
  readonly cached: boolean;
  /** What the stand-in understood, with each slot as words Alexa would send (a value's name for its id). */
  interpret(text: string): Promise<Interpretation>;
}

/**
 * The slots as a request carries them: a custom type's value id as the value's
 * own name (which Alexa's entity resolution resolves to that id), free text as said.
 */
export function spokenSlots(model: NluModel, understood: Interpretation): Record<string, string> {
  const declared = findIntent(model, understood.intent)?.slots ?? [];
  const slots: Record<string, string> = {};
  for (const [name, value] of Object.entries(understood.slots)) {
    const slot = declared.find((s) => s.name === name);
    const values = slot ? slotValues(model, slot) : undefined;
    slots[name] = values?.find((v) => v.id === value)?.forms[0] ?? value;
  }
  return slots;
}

/**
 * The stand-in for `model`, from the cache in `cacheDir` when there, else
 * trained (`onTrain` is called first, so the caller can say so) and saved.
 */
export async function listener(model: NluModel, cacheDir: string, onTrain: () => void = () => {}): Promise<Listener> {
  const file = join(cacheDir, `${model.locale}-${cacheKey(model)}.json`);
  let matcher: NeighboursMatcher | undefined;
  if (existsSync(file)) {
    try {
      matcher = await neighboursMatcher(model, { trained: readFileSync(file, "utf8") });
    } catch {
      matcher = undefined; // an unreadable cache is trained again
    }
  }
  const cached = matcher !== undefined;
  if (!matcher) {
    onTrain();
    matcher = await neighboursMatcher(model);
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, matcher.saved());
    renameSync(partial, file);
  }
  const trained = matcher;
  return {
    cached,
    async interpret(text: string): Promise<Interpretation> {
      const understood = await trained.interpret(text);
      return { intent: understood.intent, slots: spokenSlots(model, understood) };
    },
  };
}
