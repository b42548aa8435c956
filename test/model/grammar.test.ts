/** The template expander that writes the samples: alternations, optional parts, nesting, slots kept. */
import { describe, expect, it } from "vitest";
import { countExpansions, cover, expand, expandAll, variantSamples } from "../../models/language/grammar";

describe("grammar", () => {
  it("expands an alternation, in order", () => {
    expect(expand("(how do i|how to) do it")).toEqual(["how do i do it", "how to do it"]);
  });

  it("an empty branch makes a part optional, and spaces collapse", () => {
    expect(expand("do (a|the|) {stretch}")).toEqual(["do a {stretch}", "do the {stretch}", "do {stretch}"]);
    expect(expand("(um |)stop")).toEqual(["um stop", "stop"]);
  });

  it("nests groups and multiplies sequences", () => {
    expect(expand("(show me (how to|) do|teach me) (it|this)")).toEqual([
      "show me how to do it",
      "show me how to do this",
      "show me do it",
      "show me do this",
      "teach me it",
      "teach me this",
    ]);
    expect(countExpansions("(show me (how to|) do|teach me) (it|this)")).toBe(6);
  });

  it("drops repeats, within a template and across templates", () => {
    expect(expand("(a|a) b")).toEqual(["a b"]);
    expect(expandAll(["(a|b) c", "a c", "d"])).toEqual(["a c", "b c", "d"]);
    expect(countExpansions("(a|a) b")).toBe(2);
  });

  it("leaves text without groups as it is, and drops an empty result", () => {
    expect(expand("what's next")).toEqual(["what's next"]);
    expect(expand("(|)")).toEqual([]);
  });

  it.each(["(a|b", "a)b", "a|b"])("rejects the malformed template %s", (template) => {
    expect(() => expand(template)).toThrow(/grammar/);
  });
});

describe("cover", () => {
  const template = "(um |so |)(teach me|show me|walk me through) (a|the|) {stretch}( please|)";

  it("uses every branch of every group, without the full product", () => {
    const sentences = cover(template);
    expect(sentences.length).toBeLessThan(countExpansions(template));
    for (const word of [
      "um",
      "so",
      "teach me",
      "show me",
      "walk me through",
      "a {stretch}",
      "the {stretch}",
      "please",
    ]) {
      expect(
        sentences.some((s) => s.includes(word)),
        word,
      ).toBe(true);
    }
    expect(sentences.every((s) => expand(template).includes(s))).toBe(true);
  });

  it("is repeatable, and more rounds give more sentences", () => {
    expect(cover(template)).toEqual(cover(template));
    expect(cover(template, 3).length).toBeGreaterThan(cover(template).length);
  });

  it("reaches the branches of nested groups", () => {
    const sentences = cover("(ask (if|whether) (i|we) can|tell me) go");
    for (const part of ["if", "whether", " i ", " we ", "tell me"])
      expect(
        sentences.some((s) => ` ${s} `.includes(part)),
        part,
      ).toBe(true);
  });
});

describe("variantSamples", () => {
  it("expands a small template whole, and keeps each sentence once", () => {
    expect(variantSamples(["my neck's (knackered|a bit sore)", "my neck's knackered"])).toEqual([
      "my neck's knackered",
      "my neck's a bit sore",
    ]);
  });

  it("covers a large template: every word in some sample, far fewer than the full product", () => {
    const template = "my neck is (a|b|c|d|e|f) after (g|h|i|j|k|l) (m|n|o|p|q)";
    const sentences = variantSamples([template]);
    expect(countExpansions(template)).toBe(180);
    expect(sentences.length).toBeLessThan(60);
    for (const word of "abcdefghijklmnopq")
      expect(
        sentences.some((s) => s.split(" ").includes(word)),
        word,
      ).toBe(true);
    expect(sentences.every((s) => expand(template).includes(s))).toBe(true);
  });

  it("expands whole up to the limit it is given", () => {
    expect(variantSamples(["(a|b|c) (d|e)"], 6)).toEqual(expand("(a|b|c) (d|e)"));
  });
});
