/**
 * The understanding targets on the held-out half (test/nlu/check.json), en-US:
 * the statistical matcher at least 95% right, exact matching at least 80%.
 * Trains once for the file. Runs with NLU_STRICT=1 until the model meets them
 * (npm run nlu prints where it stands).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../scripts/lib/nlu-corpus";
import { exactMatcher } from "../../scripts/lib/nlu-exact";
import { loadModel } from "../../scripts/lib/nlu-model";
import { evaluate, summarise } from "../../scripts/lib/nlu-score";
import { statisticalMatcher } from "../../scripts/lib/nlu-statistical";

const CHECK = join(import.meta.dirname, "check.json");
const run = process.env.NLU_STRICT === "1" && existsSync(CHECK);

describe.skipIf(!run)("understanding targets on the check half (en-US, NLU_STRICT=1)", () => {
  const model = loadModel("en-US");
  const corpus = readCorpus(CHECK) ?? [];

  it("statistical: at least 95% right intent and slots", { timeout: 120_000 }, async () => {
    const outcomes = await evaluate(model, await statisticalMatcher(model), corpus);
    expect(summarise(outcomes).percent).toBeGreaterThanOrEqual(95);
  });

  it("exact: at least 80% right intent and slots", { timeout: 60_000 }, async () => {
    const outcomes = await evaluate(model, exactMatcher(model), corpus);
    expect(summarise(outcomes).percent).toBeGreaterThanOrEqual(80);
  });
});
