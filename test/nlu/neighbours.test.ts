/**
 * The second stand-in, nearest neighbours over TF-IDF: its parts on plain
 * data, then the whole on the small fixture model (the same shape as the
 * skill's), so it owes nothing to the skill's intents.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseModel } from "../../scripts/lib/nlu-model";
import {
  calibrateThreshold,
  features,
  NeighbourIndex,
  neighboursMatcher,
  TfIdf,
  vote,
  type NeighboursMatcher,
} from "../../scripts/lib/nlu-neighbours";

describe("features", () => {
  it("are the stemmed words and each neighbouring pair; placeholders stay as they are", () => {
    expect(features("Stretching my @slotstretchname")).toEqual([
      "stretch",
      "my",
      "@slotstretchname",
      "stretch my",
      "my @slotstretchname",
    ]);
    expect(features("  ")).toEqual([]);
    expect(features("what's next")).toEqual(["what", "next", "what next"]);
  });
});

describe("TF-IDF", () => {
  const tfidf = new TfIdf([
    ["a", "b"],
    ["a", "c"],
    ["a", "d"],
  ]);

  it("gives unit vectors in which a rare feature outweighs a common one", () => {
    const v = tfidf.vector(["a", "b"]);
    const length = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
    expect(length).toBeCloseTo(1, 10);
    expect(v.get("b") ?? 0).toBeGreaterThan(v.get("a") ?? 0);
  });

  it("leaves out what no document has; nothing known is an empty vector", () => {
    expect([...tfidf.vector(["a", "zebra"]).keys()]).toEqual(["a"]);
    expect(tfidf.vector(["zebra"]).size).toBe(0);
  });
});

describe("nearest neighbours", () => {
  const vectors = [
    new Map([["x", 1]]),
    new Map([
      ["x", Math.SQRT1_2],
      ["y", Math.SQRT1_2],
    ]),
    new Map([["y", 1]]),
    new Map([["z", 1]]),
  ];
  const index = new NeighbourIndex(vectors, ["X", "XY", "Y", "Z"]);

  it("ranks by cosine similarity, leaves out dissimilar and skipped ones", () => {
    const found = index.nearest(new Map([["x", 1]]), 3);
    expect(found.map((n) => n.label)).toEqual(["X", "XY"]);
    expect(found[1]?.similarity).toBeCloseTo(Math.SQRT1_2, 10);
    expect(index.nearest(new Map([["x", 1]]), 3, (i) => i === 0).map((n) => n.label)).toEqual(["XY"]);
    expect(index.nearest(new Map([["w", 1]]), 3)).toEqual([]);
  });

  it("votes by summed similarity; the winner's confidence is its nearest one", () => {
    const neighbours = [
      { index: 0, label: "A", similarity: 0.9 },
      { index: 1, label: "B", similarity: 0.6 },
      { index: 2, label: "B", similarity: 0.5 },
    ];
    expect(vote(neighbours)).toEqual({ label: "B", confidence: 0.6 });
    expect(vote(neighbours.slice(0, 2))).toEqual({ label: "A", confidence: 0.9 });
    expect(vote([])).toBeUndefined();
  });
});

describe("out-of-domain threshold", () => {
  it("separates the two sets where they do not overlap, just above the out-of-domain ones", () => {
    const t = calibrateThreshold([0.6, 0.7, 0.9], [0.1, 0.3]);
    expect(t).toBeGreaterThan(0.3);
    expect(t).toBeLessThanOrEqual(0.6);
  });

  it("where they overlap, is right for the most of each, weighed equally", () => {
    // Just above 0.45: 3 of 4 in-domain kept, 2 of 2 out-of-domain refused; no threshold does better.
    const t = calibrateThreshold([0.2, 0.5, 0.8, 0.9], [0.3, 0.45]);
    expect(t).toBeGreaterThan(0.45);
    expect(t).toBeCloseTo(0.45, 6);
  });

  it("is 0 without anything to calibrate on", () => {
    expect(calibrateThreshold([], [0.3])).toBe(0);
    expect(calibrateThreshold([0.5], [])).toBe(0);
  });
});

describe("the neighbours matcher on a small model", () => {
  const model = parseModel(readFileSync(join(import.meta.dirname, "fixtures", "model.json"), "utf8"), "en-US");
  let matcher: NeighboursMatcher;
  beforeAll(async () => {
    matcher = await neighboursMatcher(model);
  });

  it("understands phrasings no sample holds, with slot values by the same entity matching", async () => {
    expect(await matcher.interpret("could you show me how to do a neck retraction please")).toEqual({
      intent: "TeachStretchIntent",
      slots: { stretch: "chin-tuck" },
    });
    expect(await matcher.interpret("let's do my long routine now")).toEqual({
      intent: "StartRoutineIntent",
      slots: { routine: "full" },
    });
    expect(await matcher.interpret("is deadlifting bad for my neck")).toEqual({
      intent: "SearchIntent",
      slots: { query: "deadlifting" },
    });
  });

  it("trains on documents equal once their slot values are placeholders only once, and calibrates a threshold in (0, 1)", () => {
    expect(matcher.documents).toBeGreaterThan(model.intents.reduce((n, i) => n + i.samples.length, 0));
    expect(matcher.threshold).toBeGreaterThan(0);
    expect(matcher.threshold).toBeLessThan(1);
  });

  it("sends what is far from every sample, or near Alexa's other domains, to AMAZON.FallbackIntent", async () => {
    expect(await matcher.interpret("purple monkey dishwasher")).toEqual({ intent: "AMAZON.FallbackIntent", slots: {} });
    expect(await matcher.interpret("what's the weather like tomorrow")).toEqual({
      intent: "AMAZON.FallbackIntent",
      slots: {},
    });
  });

  it("a threshold given is used as it is: near 1, only a phrase equal to a document passes", async () => {
    const strict = await neighboursMatcher(model, { threshold: 0.999 });
    expect(strict.threshold).toBe(0.999);
    expect((await strict.interpret("teach me a stretch")).intent).toBe("TeachStretchIntent");
    expect((await strict.interpret("could you teach me a stretch")).intent).toBe("AMAZON.FallbackIntent");
  });
});
