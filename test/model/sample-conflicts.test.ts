/**
 * The conflict checker the interaction-model test relies on, on plain data:
 * it must find a clash written out in full, a clash with a sample too large to
 * write out (matched piece by piece), and nothing between samples of one intent.
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
    expect(sentences).toBe(3);
  });
});
