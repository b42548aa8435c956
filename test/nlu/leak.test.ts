/**
 * The check half must never be copied into the samples: no check phrasing,
 * compared without case, punctuation or the invocation, equals a sample of any
 * locale's model with its slots filled by a value or synonym of their type
 * (a free-text slot, AMAZON.SearchQuery, by any words). Samples written before
 * the corpus cannot be copies of it and are not held to this
 * (test/nlu/written-before.json: the model as it stood before the corpus, and
 * the phrases the product's specification names).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../scripts/lib/nlu-corpus";
import { leaks } from "../../scripts/lib/nlu-leak";
import { loadModel, parseModel } from "../../scripts/lib/nlu-model";

const CHECK = join(import.meta.dirname, "check.json");
const MODELS = join(import.meta.dirname, "..", "..", "skill-package", "interactionModels", "custom");
const LOCALES = readdirSync(MODELS)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));
const hasCheck = existsSync(CHECK);
const WRITTEN_BEFORE = JSON.parse(readFileSync(join(import.meta.dirname, "written-before.json"), "utf8")) as { samples: string[]; spec: string[] };

describe(hasCheck ? "check half vs samples" : "check half vs samples (skipped: test/nlu/check.json does not exist yet)", () => {
  it.skipIf(!hasCheck).each(LOCALES)("no check phrasing is a sample of %s with its slots filled", (locale) => {
    const texts = (readCorpus(CHECK) ?? []).map((item) => item.text);
    const model = loadModel(locale);
    const written = new Set([...WRITTEN_BEFORE.samples, ...WRITTEN_BEFORE.spec]);
    const later = { ...model, intents: model.intents.map((intent) => ({ ...intent, samples: intent.samples.filter((s) => !written.has(s)) })) };
    // Only the model's side is printed, so that a failure never shows a held-out phrasing.
    const found = [...new Set(leaks(later, texts).map((l) => `${l.intent}'s sample "${l.sample}", filled, is a held-out phrasing`))];
    expect(found).toEqual([]);
  });
});

describe("leak finder", () => {
  const model = parseModel(readFileSync(join(import.meta.dirname, "fixtures", "model.json"), "utf8"), "en-US");

  it("finds a phrasing equal to a sample with a value or synonym filled in, whatever the case, punctuation or invocation", () => {
    const texts = [
      "How do I do a Neck Retraction?",
      "alexa, ask test coach to teach me the shoulder rolls",
      "Let's do the whole routine.",
      "teach me a stretch!",
      "is running bad for my neck",
    ];
    expect(leaks(model, texts)).toEqual([
      { text: texts[0], intent: "TeachStretchIntent", sample: "how do i do a {stretch}" },
      { text: texts[1], intent: "TeachStretchIntent", sample: "teach me the {stretch}" },
      { text: texts[2], intent: "StartRoutineIntent", sample: "let's do the {routine} routine" },
      { text: texts[3], intent: "TeachStretchIntent", sample: "teach me a stretch" },
      { text: texts[4], intent: "SearchIntent", sample: "is {query} bad for my neck" },
    ]);
  });

  it("passes phrasings that differ by a word, or fill a slot with what its type does not hold", () => {
    const texts = [
      "uh how do i do a chin tuck",
      "how do i do a banana",
      "teach me the chin tuck please",
      "teach me stretch",
      "is bad for my neck",
      "start the quick one",
    ];
    expect(leaks(model, texts)).toEqual([]);
  });
});
