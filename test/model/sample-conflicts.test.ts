/**
 * The conflict checker the interaction-model test relies on, on plain data:
 * it must find a clash of one-slot samples, of samples with many sentences,
 * of two two-slot samples, of a form that spans another sample's words and
 * slot, of slots of two types that share a form, and nothing between samples
 * of one intent.
 */
import { describe, expect, it } from "vitest";
import { sampleConflicts } from "../support/sample-conflicts";

const FORMS = new Map([
  ["SIGN", ["a stiff neck", "a fever", "numb hands"]],
  ["TOPIC", ["ice", "heat"]],
]);
const signs = (samples: string[]) => ({
  name: "RedFlagIntent",
  samples,
  slots: [
    { name: "symptom", type: "SIGN" },
    { name: "symptomTwo", type: "SIGN" },
  ],
});

describe("sampleConflicts", () => {
  it("finds two intents that say the same words once a slot is filled, whatever the case", () => {
    const { clashes } = sampleConflicts(
      [signs(["I have {symptom}"]), { name: "AskIntent", samples: ["i have a fever"] }],
      FORMS,
    );
    expect(clashes).toEqual(['"i have a fever": RedFlagIntent and AskIntent ("i have a fever")']);
  });

  it("matches a sample too large to write out piece by piece, against every slot form", () => {
    const intents = [signs(["{symptom} and {symptomTwo}"]), { name: "AskIntent", samples: ["numb hands and a fever"] }];
    expect(sampleConflicts(intents, FORMS, 4).clashes).toEqual([
      '"numb hands and a fever": AskIntent and RedFlagIntent ("{symptom} and {symptomTwo}")',
    ]);
    const three = {
      ...signs(["{symptom} {symptomTwo} and {symptomThree}"]),
      slots: ["symptom", "symptomTwo", "symptomThree"].map((name) => ({ name, type: "SIGN" })),
    };
    expect(
      sampleConflicts([three, { name: "AskIntent", samples: ["a fever a stiff neck and numb hands"] }], FORMS, 4)
        .clashes,
    ).toHaveLength(1);
    const apart = [signs(["{symptom} and {symptomTwo}"]), { name: "AskIntent", samples: ["numb hands and ice"] }];
    expect(sampleConflicts(apart, FORMS, 4).clashes).toEqual([]);
  });

  it("lets one intent say the same words twice, and leaves free-text slots out", () => {
    const { clashes, sentences } = sampleConflicts(
      [
        signs(["i have {symptom}", "i have a fever"]),
        { name: "SearchIntent", samples: ["i have {query}"], slots: [{ name: "query", type: "AMAZON.SearchQuery" }] },
      ],
      FORMS,
    );
    expect(clashes).toEqual([]);
    // Counted, not written out: three from the slot, one literal; the free-text sample is left out.
    expect(sentences).toBe(4);
  });

  it("compares two samples that both have two slots", () => {
    const other = {
      name: "WarnIntent",
      samples: ["is {first} with {second} bad"],
      slots: [
        { name: "first", type: "SIGN" },
        { name: "second", type: "SIGN" },
      ],
    };
    const redFlag = signs(["is {symptom} with {symptomTwo} bad", "{symptom} and {symptomTwo}"]);
    const { clashes } = sampleConflicts([redFlag, other], FORMS, 4);
    expect(clashes).toEqual([
      '"is a fever with a fever bad": RedFlagIntent and WarnIntent ("is {first} with {second} bad")',
    ]);
    const apart = { ...other, samples: ["is {first} or {second} bad"] };
    expect(sampleConflicts([redFlag, apart], FORMS, 4).clashes).toEqual([]);
  });

  it("finds a form that spans another sample's words and its slot", () => {
    const forms = new Map([
      ["PAIN", ["neck pain", "a headache"]],
      ["THING", ["pain", "ache"]],
    ]);
    const intents = [
      { name: "PainIntent", samples: ["is {pain} bad"], slots: [{ name: "pain", type: "PAIN" }] },
      { name: "ThingIntent", samples: ["is neck {thing} bad"], slots: [{ name: "thing", type: "THING" }] },
    ];
    expect(sampleConflicts(intents, forms).clashes).toEqual([
      '"is neck pain bad": PainIntent and ThingIntent ("is neck {thing} bad")',
    ]);
    const shifted = [intents[0]!, { ...intents[1]!, samples: ["is neck {thing}"] }];
    expect(sampleConflicts(shifted, forms).clashes).toEqual([]);
  });

  it("finds slots of two types that share a form, whatever the case and spacing", () => {
    const forms = new Map([
      ["SIGN", ["A  Fever", "numb hands"]],
      ["TOPIC", ["ice", "a fever"]],
    ]);
    const intents = [
      signs(["what about {symptom}"]),
      { name: "AskIntent", samples: ["What  about {topic} "], slots: [{ name: "topic", type: "TOPIC" }] },
    ];
    expect(sampleConflicts(intents, forms).clashes).toEqual([
      '"what about a fever": RedFlagIntent and AskIntent ("What  about {topic} ")',
    ]);
  });

  it("lets samples of one intent with two slots say the same words", () => {
    const { clashes } = sampleConflicts(
      [signs(["{symptom} and {symptomTwo}", "{symptomTwo} and {symptom}", "a fever and {symptom}"])],
      FORMS,
      1,
    );
    expect(clashes).toEqual([]);
  });

  it("refuses a slot joined to other letters, which it cannot compare word by word", () => {
    expect(() => sampleConflicts([signs(["{symptom}s"])], FORMS)).toThrow(/joined to other letters/);
    expect(() => sampleConflicts([signs(["{symptom}{symptomTwo}"])], FORMS)).toThrow(/joined to other letters/);
  });
});
