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
    expect(contentFor("en-AU").answers.professional.point).toMatch(/GP, or a physio, chiro or osteo/);
    expect(contentFor("en-IN").answers.professional.point).toMatch(/doctor or physiotherapist/);
    expect(contentFor("en-CA").stretch("neck-tilt").movements[0]?.cue).toMatch(/centre/);
    expect(contentFor("en-US").stretch("neck-tilt").movements[0]?.cue).toMatch(/center/);
    expect(contentFor("en-AU").safety.emergencyNumber).toBe("triple zero");
    expect(contentFor("en-AU").safety.disclaimerFull).toMatch(/your local emergency number, triple zero \(000\)/);
    expect(contentFor("en-GB").topics.painMedicine.point).toMatch(/from the pharmacy, like paracetamol or ibuprofen/);
    expect(contentFor("en-AU").topics.painMedicine.point).toMatch(/from the chemist, like paracetamol/);
    expect(contentFor("en-IN").topics.painMedicine.point).toMatch(/from the chemist, like paracetamol/);
    expect(contentFor("en-CA").topics.painMedicine.point).toMatch(/like acetaminophen or ibuprofen/);
    expect(contentFor("en-US").topics.painMedicine.point).not.toMatch(/paracetamol|acetaminophen|chemist|pharmacy/);
    expect(contentFor("en-AU").topics.sorenessDuration.point).toMatch(/comes good/);
    expect(contentFor("en-GB").triage.soreness.say.join(" ")).toMatch(/see your GP or a physio/);
    expect(contentFor("en-CA").warningSigns.soonList).toMatch(/eight one one/);
    expect(contentFor("en-GB").warningSigns.aboutSoon("dizziness")).toBe(
      "Dizziness is worth seeing your GP about within days. It isn't an emergency on its own.",
    );
    expect(contentFor("en-IN").warningSigns.aboutSoon("dizziness")).toBe(
      "Dizziness is worth consulting a doctor about within days. It isn't an emergency on its own.",
    );
  });

  /** Every string a locale can say (not the sources it cites); a function is called with stand-in words (one that needs other arguments is skipped). */
  function spoken(value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (typeof value === "function") {
      try {
        return spoken((value as (...args: unknown[]) => unknown)("x", "y", "z"));
      } catch {
        return [];
      }
    }
    if (typeof value !== "object" || value === null) return [];
    // A triage rule's sources are citations, never spoken.
    return Object.entries(value).flatMap(([key, inner]) => (key === "sources" ? [] : spoken(inner)));
  }

  it.each([
    ["en-IN", /\bGP\b|one one one|nine nine nine/],
    ["en-AU", /one one one|nine nine nine|NHS/],
    ["en-CA", /\bGP\b|programme|paracetamol|chemist/],
    ["en-US", /\bGP\b|programme|paracetamol|chemist|eight one one/],
  ] as const)("%s inherits none of another region's words", (locale, foreign) => {
    expect(spoken(contentFor(locale)).filter((text) => foreign.test(text))).toEqual([]);
  });

  it("the inherited-words check catches a British word left in", () => {
    expect(spoken(contentFor("en-GB")).filter((text) => /\bGP\b/.test(text)).length).toBeGreaterThan(0);
  });
});

describe("spoken in each locale", () => {
  it("en-GB: a physio question, heard through the en-GB model, is answered with GP and physio", async () => {
    const user = newDevice({ locale: "en-GB" });
    await talk(
      user,
      "U: ask neck coach should i see my gp",
      "A: /^(Quick note: .*)?See your GP or a physio if your neck pain lasts/",
    );
  });

  it("en-GB: I've done my neck in gets what to do now", async () => {
    await talk(
      newDevice({ locale: "en-GB" }),
      "U: ask neck coach i've done my neck in",
      "A: For ordinary soreness after training, ease off today and give your neck a rest from heavy work.",
    );
  });

  it("en-US: the same question gets a doctor or physical therapist", async () => {
    await talk(newDevice(), "U: ask neck coach should i see a doctor", "A: /See a doctor or physical therapist/");
  });
});
