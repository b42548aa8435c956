/**
 * Requests no Echo sends, that a forged one may (issue 23, finding 6): a
 * 200 KB search query is searched on its first MAX_QUERY_CHARS only, and
 * session attributes nested thousands deep are dropped rather than echoed
 * into a response that cannot be serialised.
 */
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { defaultRecord } from "../../lambda/persistence/user-record";
import { boundedQuery, MAX_QUERY_CHARS } from "../../lambda/search/search";
import { buildSkill } from "../../lambda/skill";
import { isBoundedJson } from "../../lambda/untrusted";
import { envelope, intentRequest, raw } from "../support/envelopes";
import { assertValidResponse } from "../support/response-checks";

const QUESTION = "why does my neck hurt after deadlifts";

function speechOf(response: unknown): string {
  return String((response as { response?: { outputSpeech?: { ssml?: string } } }).response?.outputSpeech?.ssml);
}

describe("a 200 KB search query", () => {
  it("is answered as its first words are", async () => {
    // A new user each time: the first answer of all carries a note the second would not.
    const ask = (query: string) =>
      buildSkill({ store: new MemoryStore() }).invoke(
        envelope(intentRequest("SearchIntent", { query: raw("query", query) })),
      );
    const short = await ask(QUESTION);
    const long = await ask(`${QUESTION} ${"x".repeat(200_000)}`);
    await assertValidResponse(long);
    expect(speechOf(long)).toBe(speechOf(short));
  });

  it("is cut at a word boundary within MAX_QUERY_CHARS", () => {
    const long = `${QUESTION} ${"and then some more words ".repeat(1000)}`;
    const cut = boundedQuery(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(long.startsWith(cut)).toBe(true);
    expect(long[cut.length]).toMatch(/\s/);
    expect(boundedQuery(QUESTION)).toBe(QUESTION);
  });
});

function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe("session attributes nested 100,000 deep", () => {
  it.each(["record", "stored"])("in %s: the turn answers with a response that serialises", async (where) => {
    const skill = buildSkill({ store: new MemoryStore() });
    const forged = { ...defaultRecord(), visits: 2, extra: nested(100_000) };
    const attributes = {
      record: where === "record" ? forged : defaultRecord(),
      [where]: forged,
      token: {},
      dialog: {},
    };
    const response = await skill.invoke(
      envelope(intentRequest("AMAZON.HelpIntent"), { session: "continuing", attributes }),
    );
    expect(() => JSON.stringify(response)).not.toThrow();
    await assertValidResponse(response);
  });

  it("are refused by isBoundedJson, without recursion", () => {
    const bounds = { maxDepth: 12, maxNodes: 2_000, maxChars: 16_384 };
    expect(isBoundedJson(nested(1_000_000), bounds)).toBe(false);
    expect(isBoundedJson(nested(11), bounds)).toBe(true);
    expect(isBoundedJson({ a: "x".repeat(20_000) }, bounds)).toBe(false);
    expect(
      isBoundedJson(
        Array.from({ length: 3_000 }, () => 1),
        bounds,
      ),
    ).toBe(false);
    expect(isBoundedJson({ a: Number.NaN }, bounds)).toBe(false);
    expect(isBoundedJson(defaultRecord(), bounds)).toBe(true);
  });
});
