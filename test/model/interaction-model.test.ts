import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PREVENTION_TIPS } from "../../models/content/answers";
import { CAUSES } from "../../models/content/causes";
import { EXERCISES } from "../../models/content/exercises";
import { ASK_TOPICS } from "../../models/content/ask-topics";
import { PACE_NAMES } from "../../models/content/pace";
import { ROUTINES } from "../../models/content/routines";
import { RED_FLAGS } from "../../models/content/safety";
import { STRETCHES } from "../../models/content/stretches";
import { LANGUAGES, SUPPORTED_LOCALES, languageFor } from "../../models/language/index";
import {
  buildInteractionModel,
  type InteractionModel,
  type ModelIntent,
  type ModelSlotType,
} from "../../models/language/interaction-model";
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, SLOT_TYPES } from "../../models/language/types";
import { sampleConflicts } from "../support/sample-conflicts";

const ROOT = join(import.meta.dirname, "..", "..");
const GENERATE = "npx tsx scripts/generate-model.ts";
const SLOT_REF = /\{([^}]*)\}/g;

const norm = (s: string): string => s.trim().toLowerCase();
const slotRefs = (sample: string): string[] => [...sample.matchAll(SLOT_REF)].map((m) => m[1] ?? "");

function typeOf(model: InteractionModel, name: string): ModelSlotType {
  const type = model.interactionModel.languageModel.types.find((t) => t.name === name);
  if (!type) throw new Error(`slot type ${name} missing`);
  return type;
}

/** Every spoken form of a slot type: values and synonyms, normalised. */
function spokenForms(type: ModelSlotType): string[] {
  return type.values.flatMap((v) => [v.name.value, ...v.name.synonyms]).map(norm);
}

describe.each(SUPPORTED_LOCALES)("interaction model %s", (locale) => {
  const model = buildInteractionModel(locale);
  const lm = model.interactionModel.languageModel;
  const intents: ModelIntent[] = lm.intents;

  it("the committed JSON is up to date", () => {
    const path = join(ROOT, "skill-package", "interactionModels", "custom", `${locale}.json`);
    let committed: string;
    try {
      committed = readFileSync(path, "utf8");
    } catch {
      throw new Error(`${path} is missing: run ${GENERATE}`);
    }
    const expected = `${JSON.stringify(model, null, 2)}\n`;
    expect(committed, `skill-package/interactionModels/custom/${locale}.json is stale: run ${GENERATE}`).toBe(expected);
  });

  it("does not share arrays with the language, so editing a built model changes nothing else", () => {
    const stretchType = lm.types.find((t) => t.name === "STRETCH_NAME");
    expect(stretchType?.values[0]?.name.synonyms).not.toBe(LANGUAGES[locale].synonyms.stretch["chin-tuck"]);
    expect(intents[0]?.samples).not.toBe(LANGUAGES[locale].intents[0]?.samples);
  });

  it("has a valid invocation name", () => {
    const name = lm.invocationName;
    expect(name).toMatch(/^[a-z]+( [a-z]+)+$/);
    const words = name.split(" ");
    expect(words.length).toBeGreaterThanOrEqual(2);
    for (const banned of [
      "alexa",
      "echo",
      "amazon",
      "skill",
      "app",
      "launch",
      "ask",
      "tell",
      "open",
      "load",
      "begin",
      "enable",
    ]) {
      expect(words, `invocation name contains "${banned}"`).not.toContain(banned);
    }
    expect(name).not.toMatch(/alexa|amazon|echo/);
  });

  it("declares every custom and built-in intent exactly once", () => {
    const names = intents.map((i) => i.name).sort();
    expect(names).toEqual([...CUSTOM_INTENTS, ...BUILT_IN_INTENTS].sort());
  });

  it("writes samples in lower case, with letters, spaces, apostrophes, periods in abbreviations and hyphens only", () => {
    const bad: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples) {
        const text = sample.replace(SLOT_REF, "slot");
        const ok =
          sample === sample.trim() &&
          !/\s{2}/.test(sample) &&
          /^[a-z' .-]+$/.test(text) &&
          // apostrophe inside a word ("what's") or closing a plural possessive ("players'")
          !/(^|[^a-z])'|'(?![a-z])(?<!s')/.test(text) &&
          // a period only right after a letter, and then a space, a letter or the end
          !/(^|[^a-z])\.|\.(?![a-z ]|$)/.test(text) &&
          // a hyphen joins two letters
          !/(^|[^a-z])-|-(?![a-z])/.test(text);
        if (!ok) bad.push(`${intent.name}: "${sample}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("keeps the invocation name and wake words out of samples", () => {
    const bad = intents
      .flatMap((i) => i.samples.map((s) => ({ intent: i.name, s })))
      .filter(({ s }) => s.includes(lm.invocationName) || /\b(alexa|echo|amazon)\b/.test(s));
    expect(bad).toEqual([]);
  });

  it("declares every slot a sample uses, and every declared slot type exists", () => {
    const typeNames = new Set(lm.types.map((t) => t.name));
    for (const intent of intents) {
      const declared = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
      for (const sample of intent.samples) {
        for (const ref of slotRefs(sample)) {
          expect(declared.has(ref), `${intent.name}: "${sample}" uses undeclared slot {${ref}}`).toBe(true);
        }
      }
      for (const [slot, type] of declared) {
        expect(typeNames.has(type) || type.startsWith("AMAZON."), `${intent.name}.${slot}: type ${type}`).toBe(true);
        const used = intent.samples.some((s) => slotRefs(s).includes(slot));
        expect(used, `${intent.name} declares {${slot}} but no sample uses it`).toBe(true);
      }
      if (intent.slots !== undefined) expect(intent.slots.length).toBeGreaterThan(0);
    }
    expect([...typeNames].sort()).toEqual([...SLOT_TYPES].sort());
  });

  it.each([
    ["STRETCH_NAME", STRETCHES, "stretch"],
    ["EXERCISE_NAME", EXERCISES, "exercise"],
    ["ROUTINE_NAME", ROUTINES, "routine"],
    ["SYMPTOM_NAME", RED_FLAGS, "symptom"],
    ["CAUSE_NAME", CAUSES, "cause"],
    ["HABIT_NAME", PREVENTION_TIPS, "habit"],
    ["PACE_NAME", PACE_NAMES, "pace"],
    ["TOPIC_NAME", ASK_TOPICS, "topic"],
  ] as const)(
    "%s carries every id and name of the content, and every synonym of the language",
    (typeName, content, slot) => {
      const type = typeOf(model, typeName);
      const synonyms: Readonly<Record<string, readonly string[]>> = LANGUAGES[locale].synonyms[slot];
      expect(type.values.map((v) => v.id)).toEqual(content.map((c) => c.id));
      expect(Object.keys(synonyms).sort()).toEqual(content.map((c) => c.id).sort());
      for (const item of content) {
        const value = type.values.find((v) => v.id === item.id);
        expect(value?.name.value).toBe(item.name);
        expect(value?.name.synonyms).toEqual(synonyms[item.id]);
      }
    },
  );

  it.each([...SLOT_TYPES])("%s: no spoken form belongs to two values", (typeName) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const value of typeOf(model, typeName).values) {
      for (const form of new Set([value.name.value, ...value.name.synonyms].map(norm))) {
        const previous = owner.get(form);
        if (previous !== undefined && previous !== value.id) clashes.push(`"${form}": ${previous} and ${value.id}`);
        owner.set(form, value.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("lists no synonym twice, and none that is its own value", () => {
    const bad = lm.types.flatMap((type) =>
      type.values.flatMap((value) => {
        const forms = value.name.synonyms.map(norm);
        return forms
          .filter((form, i) => form === norm(value.name.value) || forms.indexOf(form) !== i)
          .map((form) => `${type.name} ${value.id}: "${form}"`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it("uses no sample in two intents, and none twice in one", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples) {
        const key = norm(sample);
        const previous = owner.get(key);
        if (previous !== undefined) clashes.push(`"${key}": ${previous} and ${intent.name}`);
        owner.set(key, intent.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("names nothing twice: no spoken form belongs to two slot types", () => {
    // "my neck hurts after spinning" cannot be both cycling and dizziness.
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const type of lm.types) {
      for (const form of new Set(spokenForms(type))) {
        const previous = owner.get(form);
        if (previous !== undefined) clashes.push(`"${form}": ${previous} and ${type.name}`);
        owner.set(form, type.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has no sample that, with its slots filled by any spoken form, equals a sample of another intent", () => {
    // What Alexa's build reports as utterance conflicts (test/support/sample-conflicts.ts).
    const formsOf = new Map(lm.types.map((type) => [type.name, [...new Set(spokenForms(type))]]));
    const { clashes, sentences } = sampleConflicts(intents, formsOf);
    // More sentences than samples: the slots were filled with their forms.
    expect(sentences).toBeGreaterThan(intents.reduce((n, intent) => n + intent.samples.length, 0));
    expect(clashes).toEqual([]);
  });

  it("gives free text carriers of its own: no other intent's sample has the frame of a search sample", () => {
    // AMAZON.SearchQuery takes any words, so "what about {query}" beside "what about {topic}" would be a coin toss.
    const frame = (sample: string) => norm(sample).replace(SLOT_REF, "{}");
    const isFree = (intent: ModelIntent, sample: string) =>
      slotRefs(sample).some((ref) => intent.slots?.find((slot) => slot.name === ref)?.type === "AMAZON.SearchQuery");
    const free = new Map(
      intents.flatMap((intent) =>
        intent.samples.filter((s) => isFree(intent, s)).map((s) => [frame(s), intent.name] as const),
      ),
    );
    const clashes = intents.flatMap((intent) =>
      intent.samples
        .filter((s) => !isFree(intent, s) && free.has(frame(s)))
        .map((s) => `${intent.name} "${s}" and ${free.get(frame(s)) ?? ""}`),
    );
    expect(free.size).toBeGreaterThan(0);
    expect(clashes).toEqual([]);
  });

  it("lets a value be said alone only for a listed type, in one intent per type", () => {
    // "slower", "ice or heat": a sample that is only a slot, safe because no spoken form is in two types (tested above).
    const bare = intents.flatMap((intent) =>
      intent.samples
        .filter((s) => /^\{[^}]+\}$/.test(s))
        .map((s) => ({ intent: intent.name, type: intent.slots?.find((slot) => `{${slot.name}}` === s)?.type ?? "" })),
    );
    for (const { intent, type } of bare)
      expect(type !== "" && !type.startsWith("AMAZON."), `${intent}: free text or an undeclared slot alone`).toBe(true);
    const types = bare.map((b) => b.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each([...CUSTOM_INTENTS])("%s has at least 30 samples", (name) => {
    const intent = intents.find((i) => i.name === name);
    expect(intent?.samples.length ?? 0).toBeGreaterThanOrEqual(30);
  });
});

describe("languages", () => {
  const samplesOf = (locale: (typeof SUPPORTED_LOCALES)[number]) =>
    new Set(LANGUAGES[locale].intents.flatMap((i) => i.samples));

  it.each([
    ["en-GB", "i've done my neck in"],
    ["en-AU", "i've stuffed my neck"],
    ["en-GB", "i've cricked my neck"],
    ["en-GB", "my neck's knackered"],
    ["en-GB", "should i go to a and e with my neck"],
    ["en-GB", "hold on a tick"],
    ["en-AU", "my neck's heaps sore"],
    ["en-AU", "when should i call triple zero about my neck"],
    ["en-AU", "yeah nah"],
    ["en-IN", "my neck is paining since morning"],
    ["en-IN", "tell me one stretch"],
    ["en-IN", "which all stretches are there"],
    ["en-CA", "should i go to emerg for my neck"],
  ] as const)("%s says it its own way: %s (en-US does not)", (locale, sample) => {
    expect(samplesOf(locale).has(sample)).toBe(true);
    expect(samplesOf("en-US").has(sample)).toBe(false);
  });

  it.each([
    ["en-GB", "exercise", "lengths", "swimming"],
    ["en-GB", "exercise", "chins", "pull-up"],
    ["en-GB", "routine", "warm down", "after-lifting"],
    ["en-GB", "cause", "a trapped nerve", "existing-condition"],
    ["en-GB", "symptom", "i came off my bike", "injury"],
    ["en-AU", "symptom", "i stacked my bike", "injury"],
    ["en-AU", "exercise", "push bike", "cycling"],
    ["en-IN", "symptom", "giddiness", "dizziness"],
    ["en-IN", "symptom", "i met with an accident", "injury"],
    ["en-IN", "cause", "cervical spondylosis", "existing-condition"],
    ["en-IN", "cause", "wrong posture", "posture"],
    ["en-CA", "symptom", "i got checked into the boards", "injury"],
    ["en-GB", "topic", "see my gp", "professional"],
    ["en-GB", "topic", "ice or a hot water bottle", "ice-or-heat"],
    ["en-AU", "topic", "a myotherapist", "professional"],
    ["en-IN", "topic", "crocin", "pain-medicine"],
    ["en-CA", "topic", "a walk in clinic", "professional"],
  ] as const)("%s names a %s its own way: %s is %s (en-US has no such synonym)", (locale, slot, synonym, id) => {
    const byId: Readonly<Record<string, readonly string[]>> = LANGUAGES[locale].synonyms[slot];
    expect(byId[id]).toContain(synonym);
    const us: Readonly<Record<string, readonly string[]>> = LANGUAGES["en-US"].synonyms[slot];
    expect(Object.values(us).flat()).not.toContain(synonym);
  });

  it("a British word reaches Australia and India (which fall back to en-GB) but not Canada (which falls back to en-US)", () => {
    const british = "i've cricked my neck";
    expect(samplesOf("en-AU").has(british)).toBe(true);
    expect(samplesOf("en-IN").has(british)).toBe(true);
    expect(samplesOf("en-CA").has(british)).toBe(false);
    expect(samplesOf("en-GB").has("my neck is paining since morning")).toBe(false);
  });

  it("a variant keeps every sample of the locales it falls back to", () => {
    for (const [variant, parent] of [
      ["en-GB", "en-US"],
      ["en-AU", "en-GB"],
      ["en-IN", "en-GB"],
      ["en-CA", "en-US"],
    ] as const) {
      const own = samplesOf(variant);
      for (const sample of samplesOf(parent)) expect(own.has(sample), `${variant} lacks "${sample}"`).toBe(true);
    }
  });

  it.each([
    ["en-US", "en-US", true],
    ["en-GB", "en-GB", true],
    ["en-IN", "en-IN", true],
    ["en-NZ", "en-US", false],
    ["de-DE", "en-US", false],
    ["en-us", "en-US", false],
    ["", "en-US", false],
    [undefined, "en-US", false],
  ] as const)("languageFor(%s) is %s, supported %s", (input, locale, supported) => {
    expect(languageFor(input)).toEqual({ locale, supported });
  });
});
