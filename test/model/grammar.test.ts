/** The template expander that writes the samples: alternations, optional parts, nesting, slots kept. */
import { describe, expect, it } from "vitest";
import { countExpansions, expand, expandAll } from "../../models/language/grammar";

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
