/** What npm start listens with: the stand-in kept on disk per model, and slots sent as words. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheKey, listener, spokenSlots } from "../../scripts/lib/nlu-listener";
import { parseModel } from "../../scripts/lib/nlu-model";

const SOURCE = readFileSync(join(import.meta.dirname, "fixtures", "model.json"), "utf8");
const model = parseModel(SOURCE, "en-US");
const dir = mkdtempSync(join(tmpdir(), "neck-coach-listener-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("spokenSlots", () => {
  it("sends a custom type's value id as the value's name, and free text as said", () => {
    expect(spokenSlots(model, { intent: "StartRoutineIntent", slots: { routine: "full" } })).toEqual({
      routine: "full",
    });
    expect(spokenSlots(model, { intent: "TeachStretchIntent", slots: { stretch: "chin-tuck" } })).toEqual({
      stretch: "chin tuck",
    });
    expect(spokenSlots(model, { intent: "SearchIntent", slots: { query: "foam rollers" } })).toEqual({
      query: "foam rollers",
    });
  });
});

describe("cacheKey", () => {
  it("is the same for the same model and changes with its text or locale", () => {
    expect(cacheKey(model)).toBe(cacheKey(parseModel(SOURCE, "en-US")));
    expect(cacheKey(parseModel(SOURCE.replace("teach me a stretch", "teach me one stretch"), "en-US"))).not.toBe(
      cacheKey(model),
    );
    expect(cacheKey(parseModel(SOURCE, "en-GB"))).not.toBe(cacheKey(model));
  });
});

describe("listener", () => {
  it("trains once, saying so, then reads the classifier from the cache and understands the same", async () => {
    const trained: string[] = [];
    const first = await listener(model, dir, () => trained.push("train"));
    expect(first.cached).toBe(false);
    expect(trained).toEqual(["train"]);
    expect(readdirSync(dir)).toEqual([`en-US-${cacheKey(model)}.json`]);
    const second = await listener(model, dir, () => trained.push("train"));
    expect(second.cached).toBe(true);
    expect(trained).toEqual(["train"]);
    for (const text of [
      "could you show me how to do a neck retraction",
      "let's do the long routine",
      "purple monkey dishwasher",
    ]) {
      expect(await second.interpret(text)).toEqual(await first.interpret(text));
    }
    expect(await second.interpret("could you show me how to do a neck retraction")).toEqual({
      intent: "TeachStretchIntent",
      slots: { stretch: "chin tuck" },
    });
  });

  it("trains again over a cache file it cannot read", async () => {
    const own = mkdtempSync(join(dir, "broken-"));
    writeFileSync(join(own, `en-US-${cacheKey(model)}.json`), "{ not json");
    const heard = await listener(model, own);
    expect(heard.cached).toBe(false);
    expect((await heard.interpret("let's do the long routine")).intent).toBe("StartRoutineIntent");
    expect(JSON.parse(readFileSync(join(own, `en-US-${cacheKey(model)}.json`), "utf8"))).toHaveProperty("documents");
  });
});
