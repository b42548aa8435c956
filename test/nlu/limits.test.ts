/**
 * Every generated interaction model stays within Amazon's documented limits and
 * naming rules (scripts/lib/nlu-limits.ts cites the pages), and the checker
 * catches each breach.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS, bareSlotSamples, limitViolations } from "../../scripts/lib/nlu-limits";

const MODELS = join(import.meta.dirname, "..", "..", "skill-package", "interactionModels", "custom");
const FILES = readdirSync(MODELS).filter((f) => f.endsWith(".json"));
const read = (file: string): string => readFileSync(join(MODELS, file), "utf8");

describe.each(FILES)("%s", (file) => {
  it("is within Amazon's interaction model limits and naming rules", () => {
    expect(limitViolations(read(file))).toEqual([]);
  });

  it("has no sample that is only a free-text slot", () => {
    // Amazon requires a carrier phrase around AMAZON.SearchQuery; a custom slot alone ("{pace}": "slower") is allowed, and
    // safe where no spoken form is in two slot types (tested in test/model/interaction-model.test.ts).
    const bare = bareSlotSamples(read(file));
    const freeText = (
      JSON.parse(read(file)) as {
        interactionModel: { languageModel: { intents: { name: string; slots?: { name: string; type: string }[] }[] } };
      }
    ).interactionModel.languageModel.intents.flatMap((i) =>
      (i.slots ?? []).filter((s) => s.type === "AMAZON.SearchQuery").map((s) => `${i.name}: {${s.name}}`),
    );
    expect(freeText.length).toBeGreaterThan(0);
    expect(bare.filter((b) => freeText.includes(b))).toEqual([]);
  });
});

describe("the limits checker", () => {
  type Model = {
    interactionModel: {
      languageModel: {
        invocationName: string;
        intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
        types: { name: string; values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[];
      };
    };
  };
  const small = (): Model =>
    JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "model.json"), "utf8")) as Model;
  const check = (change: (lm: Model["interactionModel"]["languageModel"]) => void): string[] => {
    const model = small();
    change(model.interactionModel.languageModel);
    return limitViolations(JSON.stringify(model));
  };

  it("passes the small fixture model", () => {
    expect(check(() => undefined)).toEqual([]);
  });

  it.each<[string, (lm: Model["interactionModel"]["languageModel"]) => void, RegExp]>([
    ["a one-word invocation name", (lm) => void (lm.invocationName = "coach"), /invocation name/],
    ["an upper-case invocation name", (lm) => void (lm.invocationName = "Test Coach"), /invocation name/],
    ["digits in the invocation name", (lm) => void (lm.invocationName = "coach 2"), /invocation name/],
    [
      "an intent name with a hyphen",
      (lm) => void (lm.intents[0] && (lm.intents[0].name = "Teach-Stretch")),
      /intent name/,
    ],
    [
      "an intent name with a digit",
      (lm) => void (lm.intents[0] && (lm.intents[0].name = "Teach2Intent")),
      /intent name/,
    ],
    [
      "a slot name with a digit",
      (lm) => void lm.intents[0]?.slots?.splice(0, 1, { name: "stretch1", type: "STRETCH_NAME" }),
      /slot name/,
    ],
    [
      "a slot type name with a space",
      (lm) => void (lm.types[0] && (lm.types[0].name = "STRETCH NAME")),
      /slot type name/,
    ],
    [
      "a sample over 200 characters",
      (lm) => void lm.intents[0]?.samples.push(`teach me ${"a".repeat(LIMITS.sampleCharacters - 8)}`),
      /sample of 201/,
    ],
    [
      "a value over 140 characters",
      (lm) => void lm.types[0]?.values.push({ name: { value: "v".repeat(141) } }),
      /value or synonym of 141/,
    ],
    [
      "a synonym over 140 characters",
      (lm) => void lm.types[0]?.values[0]?.name.synonyms?.push("s".repeat(141)),
      /value or synonym of 141/,
    ],
    [
      "251 intents",
      (lm) =>
        lm.intents.push(
          ...Array.from({ length: 251 - lm.intents.length }, (_, i) => ({
            name: `Extra${"x".repeat(i)}Intent`,
            samples: [],
          })),
        ),
      /251 intents, more than 250/,
    ],
    [
      "351 intents and slot types",
      (lm) =>
        lm.types.push(
          ...Array.from({ length: 351 - lm.intents.length - lm.types.length }, (_, i) => ({
            name: `T${"x".repeat(i)}`,
            values: [],
          })),
        ),
      /351 intents and slot types/,
    ],
    [
      "a model over 1.5 MB",
      (lm) =>
        lm.types.push({
          name: "BIG",
          values: Array.from({ length: 12_000 }, (_, i) => ({
            id: `v${i}`,
            name: { value: `${"w".repeat(120)} ${i}` },
          })),
        }),
      /model is \d+ bytes/,
    ],
  ])("catches %s", (_, change, message) => {
    const problems = check(change);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("takes exactly 200 characters, 140 characters, 250 intents", () => {
    expect(
      check((lm) => {
        lm.intents[0]?.samples.push(`teach me ${"a".repeat(LIMITS.sampleCharacters - 9)}`);
        lm.types[0]?.values.push({ name: { value: "v".repeat(LIMITS.slotValueCharacters) } });
        lm.intents.push(
          ...Array.from({ length: LIMITS.intents - lm.intents.length }, (_, i) => ({
            name: `Extra${"x".repeat(i)}Intent`,
            samples: [],
          })),
        );
      }),
    ).toEqual([]);
  });

  it("finds samples that are nothing but slots", () => {
    const model = small();
    model.interactionModel.languageModel.intents[0]?.samples.push("{stretch}", " {stretch} ");
    expect(bareSlotSamples(JSON.stringify(model))).toEqual([
      "TeachStretchIntent: {stretch}",
      "TeachStretchIntent:  {stretch} ",
    ]);
    expect(bareSlotSamples(JSON.stringify(small()))).toEqual([]);
  });
});
