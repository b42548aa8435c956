import { describe, expect, it } from "vitest";
import { EN_US_CONTENT } from "../../models/content/content";
import { contentFor, fallbackChain, overlay, SUPPORTED_LOCALES } from "../../models/locales";
import { newDevice, talk } from "../support/conversation";

/** Every path to a leaf (string, number, boolean, function) in `value`, arrays by index. */
function leafPaths(value: unknown, at = ""): string[] {
  if (typeof value !== "object" || value === null) return [at];
  return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, at ? `${at}.${key}` : key));
}

function missingKeys(base: unknown, other: unknown): string[] {
  const have = new Set(leafPaths(other));
  return leafPaths(base).filter((path) => !have.has(path));
}

describe("locale content", () => {
  it.each(SUPPORTED_LOCALES)("%s has every key the en-US base has", (locale) => {
    expect(missingKeys(EN_US_CONTENT, contentFor(locale))).toEqual([]);
  });

  it("the key check catches a locale that lacks one", () => {
    const { routine: _dropped, ...help } = EN_US_CONTENT.words.help;
    const lacking = { ...EN_US_CONTENT, words: { ...EN_US_CONTENT.words, help } };
    expect(missingKeys(EN_US_CONTENT, lacking)).toEqual(["words.help.routine"]);
  });

  it("falls back along a chain that ends in en-US", () => {
    expect(fallbackChain("en-AU")).toEqual(["en-AU", "en-GB", "en-US"]);
    expect(fallbackChain("en-IN")).toEqual(["en-IN", "en-GB", "en-US"]);
    expect(fallbackChain("en-CA")).toEqual(["en-CA", "en-US"]);
  });

  it("overlay replaces only what a variant names", () => {
    const base = { a: "one", b: { c: "two", d: ["x"] }, f: (n: number) => `${n}` };
    const result = overlay(base, { b: { c: "deux" } });
    expect(result).toEqual({ a: "one", b: { c: "deux", d: ["x"] }, f: base.f });
    expect(base.b.c).toBe("two");
  });

  it("each locale speaks with its own words where English differs", () => {
    expect(contentFor("en-GB").answers.professional.point).toMatch(/GP or a physio/);
    expect(contentFor("en-GB").answers.professional.detail.join(" ")).toMatch(/programme/);
    expect(contentFor("en-US").answers.professional.detail.join(" ")).toMatch(/program\b/);
    expect(contentFor("en-AU").answers.professional.point).toMatch(/GP or a physio/);
    expect(contentFor("en-IN").answers.professional.point).toMatch(/doctor or physiotherapist/);
    expect(contentFor("en-CA").stretch("neck-tilt").movements[0]?.cue).toMatch(/centre/);
    expect(contentFor("en-US").stretch("neck-tilt").movements[0]?.cue).toMatch(/center/);
    expect(contentFor("en-AU").safety.emergencyNumber).toBe("triple zero");
    expect(contentFor("en-AU").safety.disclaimerFull).toMatch(/your local emergency number, triple zero \(000\)/);
  });
});

describe("spoken in each locale", () => {
  it("en-GB: a physio question, heard through the en-GB model, is answered with GP and physio", async () => {
    const user = newDevice({ locale: "en-GB" });
    await talk(user, "U: ask neck coach should i see my gp", "A: /^(Quick note: .*)?See your GP or a physio if your neck pain lasts/");
  });

  it("en-GB: I've done my neck in gets what to do now", async () => {
    await talk(newDevice({ locale: "en-GB" }), "U: ask neck coach i've done my neck in", "A: For ordinary soreness after training, stop for today and rest your neck.");
  });

  it("en-US: the same question gets a doctor or physical therapist", async () => {
    await talk(newDevice(), "U: ask neck coach should i see a doctor", "A: /See a doctor or physical therapist/");
  });
});
