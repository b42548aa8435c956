import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES } from "../../models/locales/index";
import { STRETCH_IDS, EXERCISE_IDS } from "../../models/types";
import { contentFor } from "../../models/locales/index";
import { MIN_CONFIDENCE, rankTopics, searchTopics } from "../../lambda/search/search";
import { termsOf } from "../../lambda/search/terms";
import { topicKey, topicOfKey } from "../../lambda/search/topic-ref";
import { calibrate, evaluate, score } from "./calibration";
import { CHECK, TUNE } from "./labelled";

const bestKey = (query: string): string | undefined => {
  const { best } = searchTopics(query, "en-US");
  return best && topicKey(best.ref);
};

describe("search terms", () => {
  it("drops the carrier phrase and keeps the topic, as the word and its stem", () => {
    expect(termsOf("is benching bad for my neck")).toEqual(["benching", "bench"]);
    expect(termsOf("what about yoga")).toEqual(["yoga"]);
    expect(termsOf("does it help")).toEqual([]);
    expect(termsOf("tell me about chin tucks")).toEqual(["chin", "tucks", "tuck"]);
    expect(termsOf("What's UP with my Neck?")).toEqual(["up"]);
  });
});

describe("topic keys", () => {
  it("read back what they write, and refuse an id the content does not have", () => {
    expect(topicOfKey(topicKey({ kind: "exercise", id: "deadlift" }))).toEqual({ kind: "exercise", id: "deadlift" });
    expect(topicOfKey("habit:warm-up")).toEqual({ kind: "habit", id: "warm-up" });
    expect(() => topicOfKey("stretch:yoga")).toThrow(/Not a topic key/);
    expect(() => topicOfKey("routine:quick")).toThrow(/Not a topic key/);
    expect(() => topicOfKey("chin-tuck")).toThrow(/Not a topic key/);
  });
});

describe("searchTopics", () => {
  it.each([
    ["foam rolling", "lifter:foam-rolling"],
    ["is benching bad for my neck", "exercise:bench-press"],
    ["trap stretch", "stretch:side-neck-stretch"],
    ["what about my posture", "lifter:forward-head"],
    ["jiu jitsu", "exercise:martial-arts"],
    ["tell me about chin tucks", "stretch:chin-tuck"],
    ["does swimming help", "exercise:swimming"],
    ["should i see a physio", "lifter:chiro-physio"],
    ["what about ice", "topic:ice-or-heat"],
    ["does heat help", "lifter:heat-pack"],
    ["is sleeping on my stomach bad", "lifter:sleep-pillow"],
    ["what about a theragun", "lifter:massage"],
  ])("answers %j from %s", (query, key) => {
    expect(bestKey(query)).toBe(key);
  });

  it.each(["what about yoga", "what about my lower back", "what about my knees"])(
    "does not answer %j: no topic fits",
    (query) => {
      expect(searchTopics(query, "en-US").best).toBeUndefined();
    },
  );

  it("a question just under the bar is not answered, but its topic is named first among the closest", () => {
    const { best, closest } = searchTopics("how often should i rest", "en-US");
    expect(best).toBeUndefined();
    expect(closest[0]?.ref).toEqual({ kind: "habit", id: "rest" });
  });

  it("names the two closest topics when it does not answer, best first", () => {
    const { best, closest } = searchTopics("what about my lower back", "en-US");
    expect(best).toBeUndefined();
    expect(closest).toHaveLength(2);
    const [first, second] = closest;
    expect(first!.score).toBeGreaterThanOrEqual(second!.score);
    expect(first!.score).toBeLessThan(MIN_CONFIDENCE);
    for (const hit of closest) expect(hit.title.length).toBeGreaterThan(0);
  });

  it("gives the best match with its spoken title, and it leads the closest", () => {
    const { best, closest } = searchTopics("tell me about chin tucks", "en-US");
    expect(best).toMatchObject({ ref: { kind: "stretch", id: "chin-tuck" }, title: "the chin tuck" });
    expect(closest[0]).toEqual(best);
    expect(searchTopics("what about deadlifts", "en-US").best?.title).toBe("deadlifts");
  });

  it("has nothing to name when nothing matches at all, or the query is only a carrier phrase", () => {
    expect(searchTopics("what about yoga", "en-US")).toEqual({ closest: [] });
    expect(searchTopics("tell me about it", "en-US")).toEqual({ closest: [] });
    expect(searchTopics("", "en-US")).toEqual({ closest: [] });
  });

  it("hears the slot value alone as the whole question", () => {
    for (const [whole, slot] of [
      ["is benching bad for my neck", "benching"],
      ["what about deadlifts", "deadlifts"],
      ["does foam rolling help", "foam rolling"],
    ] as const) {
      expect(bestKey(slot)).toBe(bestKey(whole));
      expect(bestKey(slot)).toBeDefined();
    }
  });

  it("forgives one typo in a longer word", () => {
    expect(bestKey("plyometrix")).toBe("exercise:plyometrics");
    expect(bestKey("deadlfts")).toBe("exercise:deadlift");
  });

  it("finds every stretch and exercise by its spoken name", () => {
    const content = contentFor("en-US");
    // "Neck massage" is also a question about massage: its answer offers the neck massage lesson next.
    const alsoAnswers: Partial<Record<string, string>> = { "neck-self-massage": "lifter:massage" };
    for (const id of STRETCH_IDS)
      expect([`stretch:${id}`, alsoAnswers[id]], id).toContain(bestKey(content.stretch(id).name));
    for (const id of EXERCISE_IDS) expect(bestKey(content.exercise(id).name), id).toBe(`exercise:${id}`);
  });

  it("searches the same topics in every English locale, their own words included", () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(searchTopics("should i see my gp", locale).best?.ref).toEqual({ kind: "topic", id: "professional" });
      expect(rankTopics("is boxing bad for my neck", locale).map((h) => topicKey(h.ref))).toEqual(
        rankTopics("is boxing bad for my neck", "en-US").map((h) => topicKey(h.ref)),
      );
    }
  });
});

describe("the confidence threshold on the labelled questions", () => {
  const tune = score(TUNE);
  const check = score(CHECK);

  it("is the one the calibration rule picks on the tuning half", () => {
    const { below, above } = calibrate(tune);
    expect(MIN_CONFIDENCE).toBeGreaterThan(below);
    expect(MIN_CONFIDENCE).toBeLessThanOrEqual(above);
  });

  it("answers right at least 95% of the time it answers, on both halves", () => {
    expect(evaluate(tune, MIN_CONFIDENCE).precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluate(check, MIN_CONFIDENCE).precision).toBeGreaterThanOrEqual(0.95);
  });

  it("answers at least 90% of the tuning half's answerable questions, and 75% of the check half's", () => {
    expect(evaluate(tune, MIN_CONFIDENCE).recall).toBeGreaterThanOrEqual(0.9);
    expect(evaluate(check, MIN_CONFIDENCE).recall).toBeGreaterThanOrEqual(0.75);
  });

  it("turns down every question with no answer, though many of them match some topic", () => {
    const unanswerable = [...tune, ...check].filter((s) => !s.hasAnswer);
    expect(unanswerable.filter((s) => s.score > 0).length).toBeGreaterThanOrEqual(10);
    expect(evaluate(unanswerable, MIN_CONFIDENCE).wrong).toEqual([]);
  });
});
