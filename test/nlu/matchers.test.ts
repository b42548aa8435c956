/**
 * The loader and both matchers on a small model of the same shape as the
 * skill's (a custom type with synonyms and an id-less value, a free-text
 * AMAZON.SearchQuery slot, built-ins without samples), so the figures of
 * npm run nlu rest on tested code whatever the skill's intents are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exactMatcher } from "../../scripts/lib/nlu-exact";
import {
  BUILT_IN_TRAINING,
  FALLBACK_TRAINING,
  loadModel,
  parseModel,
  trainingSamples,
  type NluModel,
} from "../../scripts/lib/nlu-model";
import type { Matcher } from "../../scripts/lib/nlu-score";
import {
  entityName,
  freeTextValue,
  slotsFrom,
  statisticalMatcher,
  trainingDocuments,
  wordCover,
} from "../../scripts/lib/nlu-statistical";
import { interactionModelPath } from "../../scripts/lib/virtual-device";

const FIXTURE = join(import.meta.dirname, "fixtures", "model.json");
const model: NluModel = parseModel(readFileSync(FIXTURE, "utf8"), "en-US");
const intent = (name: string) => {
  const found = model.intents.find((i) => i.name === name);
  if (!found) throw new Error(`${name} missing from the fixture`);
  return found;
};

describe("loader", () => {
  it("reads intents, slots, samples and slot types; a value without an id is known by its value", () => {
    expect(model.invocationName).toBe("test coach");
    expect(model.intents.map((i) => i.name)).toContain("SearchIntent");
    expect(intent("SearchIntent").slots).toEqual([{ name: "query", type: "AMAZON.SearchQuery" }]);
    expect(intent("AMAZON.HelpIntent").samples).toEqual([]);
    expect(model.types.get("ROUTINE_NAME")).toEqual([
      { id: "quick", forms: ["quick"] },
      { id: "full", forms: ["full", "whole", "long"] },
    ]);
    expect(model.types.has("AMAZON.SearchQuery")).toBe(false);
  });

  it("reads the committed model of a locale fresh from its file", () => {
    const path = interactionModelPath("en-GB");
    const loaded = loadModel("en-GB");
    const json = JSON.parse(readFileSync(path, "utf8")) as {
      interactionModel: { languageModel: { intents: { name: string }[] } };
    };
    expect(loaded.source).toBe(readFileSync(path, "utf8"));
    expect(loaded.intents.map((i) => i.name)).toEqual(json.interactionModel.languageModel.intents.map((i) => i.name));
  });

  it("refuses a file that is not an interaction model", () => {
    expect(() => parseModel("{}", "en-US")).toThrow(/languageModel/);
    expect(() =>
      parseModel('{"interactionModel":{"languageModel":{"invocationName":"a b","intents":[{"name":3}]}}}', "en-US"),
    ).toThrow(/intent name/);
  });

  it("adds Alexa's own training to built-ins, after the model's samples, and none to custom intents", () => {
    expect(trainingSamples(intent("AMAZON.YesIntent"))).toEqual(BUILT_IN_TRAINING["AMAZON.YesIntent"]);
    expect(trainingSamples(intent("AMAZON.NextIntent"))).toEqual([
      "i'm ready",
      ...(BUILT_IN_TRAINING["AMAZON.NextIntent"] ?? []),
    ]);
    expect(trainingSamples(intent("AMAZON.FallbackIntent"))).toEqual(FALLBACK_TRAINING);
    expect(trainingSamples(intent("TeachStretchIntent"))).toEqual(intent("TeachStretchIntent").samples);
  });
});

describe("exact matcher (virtual-alexa)", () => {
  const exact = exactMatcher(model);

  it.each([
    ["how do i do a neck retraction", "TeachStretchIntent", { stretch: "chin-tuck" }],
    ["teach me the shoulder rolls", "TeachStretchIntent", { stretch: "shoulder-roll" }],
    ["teach me a stretch", "TeachStretchIntent", {}],
    ["start the quick routine", "StartRoutineIntent", { routine: "quick" }],
    ["let's do the whole routine", "StartRoutineIntent", { routine: "full" }],
    ["tell me about yoga mats", "SearchIntent", { query: "yoga mats" }],
    ["i'm ready", "AMAZON.NextIntent", {}],
    ["yes", "AMAZON.YesIntent", {}],
    ["how do i do a banana", "AMAZON.FallbackIntent", {}],
    ["what is the weather", "AMAZON.FallbackIntent", {}],
  ])("%j -> %s %j", (text, name, slots) => {
    expect(exact.interpret(text)).toEqual({ intent: name, slots });
  });
});

describe("statistical matcher (NLP.js)", () => {
  let statistical: Matcher;
  beforeAll(async () => {
    statistical = await statisticalMatcher(model);
  });

  it("trains on every sample, every value and synonym, and no raw slot reference", () => {
    const docs = trainingDocuments(model);
    const teach = docs.filter((d) => d.intent === "TeachStretchIntent").map((d) => d.text);
    for (const form of ["chin tuck", "neck retraction", "chin tucks", "shoulder roll", "shoulder rolls"]) {
      expect(
        teach.some((t) => t.endsWith(` ${form}`)),
        form,
      ).toBe(true);
    }
    expect(teach).toContain("teach me a stretch");
    expect(docs.filter((d) => d.intent === "SearchIntent").map((d) => d.text)).toEqual([
      "tell me about",
      "what about",
      "is bad for my neck",
      "does help my neck",
    ]);
    expect(docs.filter((d) => d.intent === "AMAZON.StopIntent").map((d) => d.text)).toEqual(
      BUILT_IN_TRAINING["AMAZON.StopIntent"],
    );
    expect(docs.some((d) => d.text.includes("{"))).toBe(false);
  });

  it("orders a slot type's forms so the first ones show every word, the one bringing most new words first", () => {
    expect(wordCover(["chin tuck", "chin tucks", "neck retraction", "tuck your chin", "retraction"])).toEqual({
      ordered: ["tuck your chin", "neck retraction", "chin tucks", "chin tuck", "retraction"],
      covering: 3,
    });
    expect(wordCover([])).toEqual({ ordered: [], covering: 0 });
  });

  it("with every word, shows each word of a type's forms but not each form: a long synonym list no longer swells its intent", () => {
    const signs: NluModel = {
      locale: "en-US",
      invocationName: "test coach",
      source: "{}",
      intents: [
        { name: "ReportIntent", slots: [{ name: "sign", type: "SIGN_NAME" }], samples: ["{sign}", "i think {sign}"] },
      ],
      types: new Map([
        [
          "SIGN_NAME",
          [
            {
              id: "numb-face",
              forms: ["my face is numb", "my face went numb", "half my face is numb", "my face feels numb"],
            },
            { id: "faint", forms: ["i fainted", "i passed out", "i blacked out"] },
          ],
        ],
      ]),
    };
    const texts = (cover: "every form" | "every word") => trainingDocuments(signs, 1, cover).map((d) => d.text);
    expect(texts("every word")).toEqual([
      "@slotsignname",
      "half my face is numb",
      "i passed out",
      "my face went numb",
      "i think @slotsignname",
      "i think my face feels numb",
      "i think i fainted",
      "i think i blacked out",
    ]);
    expect(texts("every form")).toEqual([
      "@slotsignname",
      "my face is numb",
      "my face went numb",
      "half my face is numb",
      "my face feels numb",
      "i think @slotsignname",
      "i think i fainted",
      "i think i passed out",
      "i think i blacked out",
      "i think my face is numb",
    ]);
  });

  it.each([
    ["could you teach me the chin tucks", "TeachStretchIntent", { stretch: "chin-tuck" }],
    ["how do i do a shoulder roll", "TeachStretchIntent", { stretch: "shoulder-roll" }],
    ["give me a stretch", "TeachStretchIntent", {}],
    ["let's do the long routine", "StartRoutineIntent", { routine: "full" }],
    ["start a quick routine", "StartRoutineIntent", { routine: "quick" }],
    ["yeah", "AMAZON.YesIntent", {}],
    ["shut up", "AMAZON.StopIntent", {}],
  ])("%j -> %s %j", async (text, name, slots) => {
    expect(await statistical.interpret(text)).toEqual({ intent: name, slots });
  });

  it("takes the words a search carrier leaves as the query", async () => {
    const got = await statistical.interpret("is swimming in cold water bad for my neck");
    expect(got).toEqual({ intent: "SearchIntent", slots: { query: "swimming in cold water" } });
  });

  it("sends what the model knows nothing of to AMAZON.FallbackIntent", async () => {
    expect((await statistical.interpret("what's the weather like in paris")).intent).toBe("AMAZON.FallbackIntent");
  });
});

describe("freeTextValue", () => {
  const search = intent("SearchIntent");
  it.each([
    ["tell me about yoga", "yoga"],
    ["so what about a foam roller", "so what about a foam roller"],
    ["is lifting heavy bad for my neck", "lifting heavy"],
    ["does stretching help", "stretching"],
    ["tell me about", "about"],
    ["yoga", "yoga"],
  ])("%j -> %j", (text, expected) => {
    expect(freeTextValue(search, "query", text)).toBe(expected);
  });
});

describe("slotsFrom, two slots of one type", () => {
  const signs: NluModel = parseModel(
    JSON.stringify({
      interactionModel: {
        languageModel: {
          invocationName: "neck coach",
          intents: [
            {
              name: "RedFlagIntent",
              slots: [
                { name: "symptom", type: "SYMPTOM_NAME" },
                { name: "symptomTwo", type: "SYMPTOM_NAME" },
              ],
              samples: ["i have {symptom} and {symptomTwo}"],
            },
          ],
          types: [
            {
              name: "SYMPTOM_NAME",
              values: [
                { id: "fever", name: { value: "a fever", synonyms: [] } },
                { id: "stiff-neck", name: { value: "my neck is stiff", synonyms: [] } },
                { id: "fever-stiff-neck", name: { value: "a fever and a stiff neck", synonyms: [] } },
              ],
            },
          ],
        },
      },
    }),
    "en-US",
  );
  const redFlag = signs.intents.find((i) => i.name === "RedFlagIntent")!;
  const at = (option: string, start: number, end: number) => ({
    entity: entityName("SYMPTOM_NAME"),
    option,
    accuracy: 1,
    start,
    end,
    sourceText: "",
    utteranceText: "",
  });

  it("fills both slots in the order the signs are said", () => {
    const text = "my neck is stiff and i have a fever";
    expect(slotsFrom(signs, redFlag, [at("fever", 28, 34), at("stiff-neck", 0, 15)], text)).toEqual({
      symptom: "stiff-neck",
      symptomTwo: "fever",
    });
  });

  it("lets one span fill one slot: a value inside a longer one is part of it", () => {
    const text = "i have a fever and a stiff neck";
    expect(slotsFrom(signs, redFlag, [at("fever", 7, 13), at("fever-stiff-neck", 7, 30)], text)).toEqual({
      symptom: "fever-stiff-neck",
    });
  });

  it("hears one sign said twice as one", () => {
    const text = "i have a fever i have a fever";
    expect(slotsFrom(signs, redFlag, [at("fever", 7, 13), at("fever", 22, 28)], text)).toEqual({ symptom: "fever" });
  });
});
