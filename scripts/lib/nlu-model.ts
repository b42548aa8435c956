/**
 * The interaction model as the understanding harness sees it: read fresh from
 * skill-package/interactionModels/custom/<locale>.json, whatever intents and
 * slot types it holds today. Nothing here knows Neck Coach's intents.
 */
import { readFileSync } from "node:fs";
import { interactionModelPath } from "./virtual-device";

export const FALLBACK_INTENT = "AMAZON.FallbackIntent";

export interface NluSlot {
  readonly name: string;
  readonly type: string;
}

export interface NluIntent {
  readonly name: string;
  readonly slots: readonly NluSlot[];
  /** The model's own samples, slots written as {name}. */
  readonly samples: readonly string[];
}

/** One value of a custom slot type: its id and every spoken form (value, then synonyms). */
export interface NluSlotValue {
  readonly id: string;
  readonly forms: readonly string[];
}

export interface NluModel {
  readonly locale: string;
  readonly invocationName: string;
  readonly intents: readonly NluIntent[];
  /** Custom slot types by name. A slot whose type is not here (AMAZON.SearchQuery...) takes free text. */
  readonly types: ReadonlyMap<string, readonly NluSlotValue[]>;
  /** The JSON text the model was read from (virtual-alexa mutates what it is given: parse afresh). */
  readonly source: string;
}

/**
 * What Alexa itself understands for the standard built-in intents before a skill
 * adds a sample: the common utterances Amazon lists for each on "Standard
 * Built-in Intents" (developer.amazon.com/en-US/docs/alexa/custom-skills/standard-built-in-intents.html).
 * It stands for Alexa's own built-in training, which no skill can see; it is
 * used only for built-ins the model declares, together with the model's own
 * samples for them. Kept small on purpose: anything beyond Amazon's examples
 * belongs in the model's samples.
 */
export const BUILT_IN_TRAINING: Readonly<Record<string, readonly string[]>> = {
  "AMAZON.CancelIntent": ["cancel", "never mind", "forget it"],
  "AMAZON.HelpIntent": ["help", "help me", "can you help me"],
  "AMAZON.StopIntent": ["stop", "off", "shut up"],
  "AMAZON.YesIntent": ["yes", "yeah", "sure", "yes please"],
  "AMAZON.NoIntent": ["no", "nope", "no thanks"],
  "AMAZON.NavigateHomeIntent": ["go home", "home"],
  "AMAZON.NextIntent": ["next", "skip", "skip forward"],
  "AMAZON.PreviousIntent": ["go back", "previous", "skip back", "back up"],
  "AMAZON.RepeatIntent": ["repeat", "say that again", "repeat that"],
  "AMAZON.StartOverIntent": ["start over", "restart", "start again"],
  "AMAZON.PauseIntent": ["pause", "pause that"],
  "AMAZON.ResumeIntent": ["resume", "continue", "keep going"],
  "AMAZON.MoreIntent": ["more"],
};

/**
 * Out-of-domain requests: Alexa's FallbackIntent is trained by Amazon on what
 * people ask Alexa in other domains, which no skill sees. These few everyday
 * requests stand for that training; they name nothing this skill's content
 * covers. Used only when the model declares AMAZON.FallbackIntent.
 */
export const FALLBACK_TRAINING: readonly string[] = [
  "what's the weather",
  "will it rain tomorrow",
  "play some music",
  "set a timer for ten minutes",
  "what time is it",
  "turn on the lights",
  "tell me a joke",
  "add milk to my shopping list",
  "call mom",
  "who won the game last night",
];

interface RawModel {
  interactionModel?: {
    languageModel?: {
      invocationName?: unknown;
      intents?: unknown;
      types?: unknown;
    };
  };
}

interface RawIntent {
  name?: unknown;
  slots?: { name?: unknown; type?: unknown }[];
  samples?: unknown[];
}

interface RawType {
  name?: unknown;
  values?: { id?: unknown; name?: { value?: unknown; synonyms?: unknown[] } }[];
}

const str = (value: unknown, what: string): string => {
  if (typeof value !== "string") throw new Error(`interaction model: ${what} is not a string`);
  return value;
};

/** Reads a model's JSON text. Values without an id are known by their value, as Alexa does. */
export function parseModel(source: string, locale: string): NluModel {
  const lm = (JSON.parse(source) as RawModel).interactionModel?.languageModel;
  if (!lm || !Array.isArray(lm.intents)) throw new Error(`interaction model ${locale}: no languageModel.intents`);
  const intents = (lm.intents as RawIntent[]).map((intent): NluIntent => {
    const name = str(intent.name, "an intent name");
    return {
      name,
      slots: (intent.slots ?? []).map((s) => ({
        name: str(s.name, `a slot name of ${name}`),
        type: str(s.type, `a slot type of ${name}`),
      })),
      samples: (intent.samples ?? []).map((s) => str(s, `a sample of ${name}`)),
    };
  });
  const types = new Map<string, NluSlotValue[]>();
  for (const type of (Array.isArray(lm.types) ? lm.types : []) as RawType[]) {
    const typeName = str(type.name, "a slot type name");
    types.set(
      typeName,
      (type.values ?? []).map((v) => {
        const value = str(v.name?.value, `a value of ${typeName}`);
        const synonyms = (v.name?.synonyms ?? []).map((s) => str(s, `a synonym of ${typeName}`));
        return { id: typeof v.id === "string" && v.id !== "" ? v.id : value, forms: [value, ...synonyms] };
      }),
    );
  }
  return { locale, invocationName: str(lm.invocationName, "invocationName"), intents, types, source };
}

/** Reads skill-package/interactionModels/custom/<locale>.json now (or `path`). */
export function loadModel(locale: string, path = interactionModelPath(locale)): NluModel {
  return parseModel(readFileSync(path, "utf8"), locale);
}

export function findIntent(model: NluModel, name: string): NluIntent | undefined {
  return model.intents.find((i) => i.name === name);
}

/** The values of a slot's type, or undefined when the slot takes free text (AMAZON.SearchQuery and the like). */
export function slotValues(model: NluModel, slot: NluSlot): readonly NluSlotValue[] | undefined {
  return model.types.get(slot.type);
}

/** What a matcher is trained on for one intent: the model's samples, plus Alexa's own training for built-ins. */
export function trainingSamples(intent: NluIntent): readonly string[] {
  const own = intent.name === FALLBACK_INTENT ? FALLBACK_TRAINING : (BUILT_IN_TRAINING[intent.name] ?? []);
  const seen = new Set(intent.samples.map((s) => s.toLowerCase()));
  return [...intent.samples, ...own.filter((s) => !seen.has(s))];
}
