import { LIFTER_TOPIC_IDS } from "../../models/content/lifter";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EN_US_CONTENT } from "../../models/content/content";
import { contentFor } from "../../models/locales/index";
import { SEARCH_INDEX_JSON } from "../../models/content/search-index";
import { CAUSE_IDS, EXERCISE_IDS, STRETCH_IDS, type StretchId } from "../../models/types";
import {
  answerSource,
  habitSource,
  SEARCH_INDEX_PATH,
  SEARCH_SOURCES,
  searchDocuments,
  searchIndexText,
  stretchSource,
} from "../../scripts/generate-search-index";

const ROOT = join(import.meta.dirname, "..", "..");
const GENERATE = "npx tsx scripts/generate-search-index.ts";

describe("the search index", () => {
  const documents = searchDocuments();
  const keys = documents.map((d) => d.id);

  it("the committed JSON is up to date", () => {
    let committed: string;
    try {
      committed = readFileSync(SEARCH_INDEX_PATH, "utf8");
    } catch {
      throw new Error(`${SEARCH_INDEX_PATH} is missing: run ${GENERATE}`);
    }
    expect(committed === searchIndexText(), `models/content/search-index.ts is stale: run ${GENERATE}`).toBe(true);
  });

  it("the generator's --check agrees, and exits 0", () => {
    const out = execFileSync(
      join(ROOT, "node_modules", ".bin", "tsx"),
      ["scripts/generate-search-index.ts", "--check"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(out).toContain(`Search index up to date (${SEARCH_SOURCES.length} topics`);
  });

  it("covers every stretch, exercise, cause, prevention tip and general answer, once each", () => {
    const expected = [
      ...STRETCH_IDS.map((id) => `stretch:${id}`),
      ...EXERCISE_IDS.map((id) => `exercise:${id}`),
      ...CAUSE_IDS.map((id) => `cause:${id}`),
      ...EN_US_CONTENT.preventionTips.map((tip) => `habit:${tip.id}`),
      ...["causes", "prevention", "relief", "professional", "takeaways", "stretch-guidance"].map(
        (key) => `topic:${key}`,
      ),
      ...["ice-or-heat", "pain-medicine", "soreness-duration", "nutrition"].map((key) => `topic:${key}`),
      ...LIFTER_TOPIC_IDS.map((id) => `lifter:${id}`),
    ];
    expect([...keys].sort()).toEqual([...expected].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("indexes the content's words: a stretch's summary, its synonyms, an exercise's safety note, a locale's own word", () => {
    const chinTuck = documents.find((d) => d.id === "stretch:chin-tuck");
    expect(chinTuck?.name).toBe("chin tuck");
    expect(chinTuck?.body).toContain(contentFor("en-US").stretch("chin-tuck").summary);
    expect(chinTuck?.keywords).toContain("neck retraction");
    const deadlift = documents.find((d) => d.id === "exercise:deadlift");
    expect(deadlift?.howTo).toContain(contentFor("en-US").exercise("deadlift").keepSafe);
    // en-GB and en-IN say "physio" and "programme"; en-US does not.
    expect(documents.find((d) => d.id === "topic:professional")?.body).toMatch(/physio.*programme/s);
  });

  it("stores only each topic's title, so the bundle carries no whole texts", () => {
    const stored = (JSON.parse(SEARCH_INDEX_JSON) as { storedFields: Record<string, object> }).storedFields;
    expect(Object.keys(stored)).toHaveLength(documents.length);
    for (const fields of Object.values(stored)) expect(Object.keys(fields)).toEqual(["title"]);
  });

  it("fails loudly when a source names what the content no longer has", () => {
    expect(() => searchDocuments([stretchSource("no-such-stretch" as StretchId)])).toThrow(/no-such-stretch/);
    expect(() => habitSource("no-such-tip")).toThrow(/no-such-tip/);
    expect(() => searchDocuments([answerSource("causes", () => undefined, "nothing", [])])).toThrow(
      /topic:causes names what the content no longer has/,
    );
  });

  it("refuses a topic listed twice", () => {
    expect(() => searchDocuments([stretchSource("chin-tuck"), stretchSource("chin-tuck")])).toThrow(
      /listed twice: stretch:chin-tuck/,
    );
  });
});
