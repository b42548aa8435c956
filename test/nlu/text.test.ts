/** What a phrasing becomes before matching: spoken form, invocation stripped, compared forms. */
import { describe, expect, it } from "vitest";
import {
  alternation,
  comparable,
  requestText,
  sampleParts,
  sampleRegex,
  spoken,
  stripInvocation,
} from "../../scripts/lib/nlu-text";

const NAME = "neck coach";

describe("spoken", () => {
  it.each([
    ["How do I do a Chin Tuck?", "how do i do a chin tuck"],
    ["  what's   next  ", "what's next"],
    ["Alexa, ask Neck Coach: why?!", "alexa ask neck coach why"],
    ["my neck \u2019s sore", "my neck s sore"],
    ["a warm-up - then go", "a warm-up then go"],
    ["the players' gym", "the players' gym"],
    ["'quoted' words", "quoted' words"],
  ])("%j -> %j", (input, expected) => {
    expect(spoken(input)).toBe(expected);
  });
});

describe("stripInvocation", () => {
  it.each([
    ["ask neck coach how to do a chin tuck", "how to do a chin tuck"],
    ["alexa ask neck coach to start the quick routine", "start the quick routine"],
    ["hey alexa tell neck coach i'm done", "i'm done"],
    ["tell neck coach that my arm is numb", "my arm is numb"],
    ["open neck coach and start the quick routine", "start the quick routine"],
    ["ask neck coach for a stretch", "a stretch"],
    ["ask neck coach about deadlifts", "deadlifts"],
    ["ask neck coach if pull ups are bad for my neck", "pull ups are bad for my neck"],
    ["ask neck coach whether i should see a doctor", "i should see a doctor"],
    ["use neck coach to teach me a stretch", "teach me a stretch"],
    ["talk to neck coach and resume", "resume"],
    ["ask neck coach what's next", "what's next"],
    ["give me a stretch using neck coach", "give me a stretch"],
    ["open neck coach", ""],
    ["alexa start neck coach", ""],
    ["alexa what's next", "what's next"],
    ["start the quick routine", "start the quick routine"],
    ["tell me about neck pain", "tell me about neck pain"],
    ["ask my coach about deadlifts", "ask my coach about deadlifts"],
  ])("%j -> %j", (input, expected) => {
    expect(stripInvocation(input, NAME)).toBe(expected);
  });

  it("takes the invocation name from the model, whatever it is", () => {
    expect(stripInvocation("ask daily stretch to start", "Daily Stretch")).toBe("start");
    expect(stripInvocation("ask neck coach to start", "daily stretch")).toBe("ask neck coach to start");
  });
});

describe("requestText and comparable", () => {
  it("requestText is the spoken form, then stripped", () => {
    expect(requestText("Alexa, ask Neck Coach: how do I do a chin tuck?", NAME)).toBe("how do i do a chin tuck");
  });

  it("comparable ignores case, whitespace, apostrophes and hyphens", () => {
    expect(comparable("What's  the Warm-Up?")).toBe(comparable("whats the warm up"));
    expect(comparable("What's next")).not.toBe(comparable("what is next"));
  });
});

describe("samples as patterns", () => {
  it("splits a sample into words and slots", () => {
    expect(sampleParts("how do i do a {stretch} please")).toEqual([
      { literal: "how do i do a " },
      { slot: "stretch" },
      { literal: " please" },
    ]);
    expect(sampleParts("{stretch}")).toEqual([{ slot: "stretch" }]);
  });

  it("fills a sample's slots with alternations of values", () => {
    const regex = sampleRegex(
      "how do I do a {stretch}",
      () => alternation(["Chin Tuck", "neck retraction"], comparable),
      comparable,
    );
    expect(regex.test("how do i do a chin tuck")).toBe(true);
    expect(regex.test("how do i do a neck retraction")).toBe(true);
    expect(regex.test("how do i do a chin")).toBe(false);
    expect(regex.test("so how do i do a chin tuck")).toBe(false);
  });

  it("escapes what the words hold", () => {
    expect(
      sampleRegex(
        "what (is) {x}",
        () => ".+",
        (t) => t.trim(),
      ).test("what (is) anything"),
    ).toBe(true);
    expect(alternation(["a.b", "a+b"], (t) => t)).toBe("(?:a\\.b|a\\+b)");
  });
});
