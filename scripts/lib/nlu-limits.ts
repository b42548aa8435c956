/**
 * Amazon's documented limits and naming rules for a custom interaction model,
 * checked on the JSON that is deployed. Sources (developer.amazon.com/en-US/docs/alexa/custom-skills/):
 * - create-the-interaction-model-for-your-skill.html#limits ("Interaction model
 *   limits"): at most 250 intents, at most 350 intents and slot types together,
 *   slot values and synonyms of at most 140 characters, a model of at most 1.5 MB.
 * - create-intents-utterances-and-slots.html (intent and slot name requirements):
 *   names of letters and underscores only; built-in intents are AMAZON.<Name>.
 * - A sample utterance of at most 200 characters: the bound the developer
 *   console applies (it is not in today's limits table); kept as the stricter rule.
 * - choose-the-invocation-name-for-a-custom-skill.html: lower-case letters,
 *   spaces, possessive apostrophes and periods in abbreviations; at least two
 *   words (one only for a brand name, which Neck Coach does not have).
 * And one rule of this project: no sample is a bare slot ("{stretch}"); every
 * sample carries words around its slots, so the classifier learns carrier phrases.
 */
import { sampleParts } from "./nlu-text";

export const LIMITS = {
  intents: 250,
  intentsAndSlotTypes: 350,
  sampleCharacters: 200,
  slotValueCharacters: 140,
  modelBytes: 1.5 * 1024 * 1024,
} as const;

const NAME = /^[A-Za-z_]+$/;
const BUILT_IN_INTENT = /^AMAZON\.[A-Za-z]+$/;
const INVOCATION = /^[a-z]+(?:'s)?(?:\.)?(?: [a-z]+(?:'s)?(?:\.)?)+$/;

interface LooseModel {
  interactionModel?: {
    languageModel?: {
      invocationName?: string;
      intents?: { name?: string; slots?: { name?: string; type?: string }[]; samples?: string[] }[];
      types?: { name?: string; values?: { name?: { value?: string; synonyms?: string[] } }[] }[];
    };
  };
}

/** Every way the model's JSON text breaks one of Amazon's limits or naming rules (empty when none). */
export function limitViolations(source: string): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > LIMITS.modelBytes) problems.push(`model is ${bytes} bytes, more than ${LIMITS.modelBytes}`);
  const lm = (JSON.parse(source) as LooseModel).interactionModel?.languageModel ?? {};
  const invocation = lm.invocationName ?? "";
  if (!INVOCATION.test(invocation))
    problems.push(`invocation name "${invocation}" is not two or more lower-case words`);
  const intents = lm.intents ?? [];
  const types = lm.types ?? [];
  if (intents.length > LIMITS.intents) problems.push(`${intents.length} intents, more than ${LIMITS.intents}`);
  if (intents.length + types.length > LIMITS.intentsAndSlotTypes) {
    problems.push(`${intents.length + types.length} intents and slot types, more than ${LIMITS.intentsAndSlotTypes}`);
  }
  for (const intent of intents) {
    const name = intent.name ?? "";
    if (!NAME.test(name) && !BUILT_IN_INTENT.test(name)) problems.push(`intent name "${name}"`);
    for (const slot of intent.slots ?? []) {
      if (!NAME.test(slot.name ?? "")) problems.push(`${name}: slot name "${slot.name ?? ""}"`);
    }
    for (const sample of intent.samples ?? []) {
      if (sample.length > LIMITS.sampleCharacters) {
        problems.push(
          `${name}: sample of ${sample.length} characters, more than ${LIMITS.sampleCharacters}: "${sample}"`,
        );
      }
    }
  }
  for (const type of types) {
    const typeName = type.name ?? "";
    if (!NAME.test(typeName)) problems.push(`slot type name "${typeName}"`);
    for (const value of type.values ?? []) {
      for (const form of [value.name?.value ?? "", ...(value.name?.synonyms ?? [])]) {
        if (form.length > LIMITS.slotValueCharacters) {
          problems.push(
            `${typeName}: value or synonym of ${form.length} characters, more than ${LIMITS.slotValueCharacters}: "${form}"`,
          );
        }
      }
    }
  }
  return problems;
}

/** Samples that are nothing but slots ("{stretch}"), as "Intent: sample". */
export function bareSlotSamples(source: string): string[] {
  const intents = (JSON.parse(source) as LooseModel).interactionModel?.languageModel?.intents ?? [];
  return intents.flatMap((intent) =>
    (intent.samples ?? [])
      .filter((sample) => sampleParts(sample).every((part) => "slot" in part || part.literal.trim() === ""))
      .map((sample) => `${intent.name ?? ""}: ${sample}`),
  );
}
