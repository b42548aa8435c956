/** Right and wrong, tallies and confusions, and the corpus format. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blindResultsPath, parseCorpus, readCorpora, readCorpus, type CorpusItem } from "../../scripts/lib/nlu-corpus";
import { parseModel } from "../../scripts/lib/nlu-model";
import { evaluate, judge, summarise, type Interpretation, type Matcher } from "../../scripts/lib/nlu-score";

const FIXTURES = join(import.meta.dirname, "fixtures");
const model = parseModel(readFileSync(join(FIXTURES, "model.json"), "utf8"), "en-US");

const item = (text: string, intent: string, slots: Record<string, string> = {}): CorpusItem => ({
  text,
  intent,
  slots,
  context: "idle",
});
const got = (intent: string, slots: Record<string, string> = {}): Interpretation => ({ intent, slots });

describe("judge", () => {
  const teach = item("how do i do a chin tuck", "TeachStretchIntent", { stretch: "chin-tuck" });

  it("right: the intent and exactly the expected slot ids", () => {
    expect(judge(model, teach, got("TeachStretchIntent", { stretch: "chin-tuck" }))).toBeUndefined();
    expect(judge(model, item("stop", "AMAZON.StopIntent"), got("AMAZON.StopIntent"))).toBeUndefined();
  });

  it.each([
    [got("StartRoutineIntent", { stretch: "chin-tuck" }), "intent StartRoutineIntent"],
    [got("TeachStretchIntent"), "slots stretch missing"],
    [got("TeachStretchIntent", { stretch: "shoulder-roll" }), "slots stretch=shoulder-roll"],
    [got("TeachStretchIntent", { stretch: "chin-tuck", routine: "quick" }), "slots extra routine=quick"],
  ])("wrong: %j", (interpretation, why) => {
    expect(judge(model, teach, interpretation)).toBe(why);
  });

  it("a slot the label does not expect makes it wrong", () => {
    expect(
      judge(
        model,
        item("teach me a stretch", "TeachStretchIntent"),
        got("TeachStretchIntent", { stretch: "chin-tuck" }),
      ),
    ).toBe("slots extra stretch=chin-tuck");
  });

  it("a free-text slot is right when it holds the expected words, whole and in order", () => {
    const search = item("is lifting heavy bad for my neck", "SearchIntent", { query: "lifting heavy" });
    expect(judge(model, search, got("SearchIntent", { query: "lifting heavy" }))).toBeUndefined();
    expect(judge(model, search, got("SearchIntent", { query: "is lifting heavy bad" }))).toBeUndefined();
    expect(judge(model, search, got("SearchIntent", { query: "Lifting, heavy!" }))).toBeUndefined();
    expect(judge(model, search, got("SearchIntent", { query: "lifting" }))).toBe("slots query=lifting");
    expect(judge(model, search, got("SearchIntent", { query: "heavy lifting" }))).toBe("slots query=heavy lifting");
    expect(
      judge(
        model,
        item("what about yoga", "SearchIntent", { query: "yoga" }),
        got("SearchIntent", { query: "yogalates" }),
      ),
    ).toBe("slots query=yogalates");
  });

  it("an intent the model does not have is simply a miss", () => {
    expect(judge(model, item("ouch", "DiscomfortIntent"), got("AMAZON.FallbackIntent"))).toBe(
      "intent AMAZON.FallbackIntent",
    );
  });
});

describe("evaluate and summarise", () => {
  const corpus = [
    item("ask test coach how do i do a chin tuck", "TeachStretchIntent", { stretch: "chin-tuck" }),
    item("teach me a stretch", "TeachStretchIntent"),
    item("start the quick routine", "StartRoutineIntent", { routine: "quick" }),
    { ...item("next", "AMAZON.NextIntent"), context: "routine" as const },
    { ...item("skip", "AMAZON.NextIntent"), context: "routine" as const },
  ];
  // Answers by the text it is given, so the test also shows what evaluate passes on.
  const seen: string[] = [];
  const answers: Record<string, Interpretation> = {
    "how do i do a chin tuck": got("TeachStretchIntent", { stretch: "chin-tuck" }),
    "teach me a stretch": got("TeachStretchIntent", { stretch: "shoulder-roll" }),
    "start the quick routine": got("StartRoutineIntent", { routine: "quick" }),
    next: got("AMAZON.NextIntent"),
    skip: got("AMAZON.StopIntent"),
  };
  const matcher: Matcher = {
    name: "table",
    interpret: (text) => {
      seen.push(text);
      return answers[text] ?? got("AMAZON.FallbackIntent");
    },
  };

  it("gives each matcher the request without the invocation, and tallies per intent, per context and confusions", async () => {
    const outcomes = await evaluate(model, matcher, corpus);
    expect(seen).toEqual(["how do i do a chin tuck", "teach me a stretch", "start the quick routine", "next", "skip"]);
    expect(outcomes.map((o) => o.wrong)).toEqual([
      undefined,
      "slots extra stretch=shoulder-roll",
      undefined,
      undefined,
      "intent AMAZON.StopIntent",
    ]);
    const summary = summarise(outcomes);
    expect(summary).toMatchObject({ n: 5, right: 3, percent: 60 });
    expect(summary.perIntent).toEqual({
      "AMAZON.NextIntent": { n: 2, right: 1, percent: 50 },
      StartRoutineIntent: { n: 1, right: 1, percent: 100 },
      TeachStretchIntent: { n: 2, right: 1, percent: 50 },
    });
    expect(summary.perContext).toEqual({
      idle: { n: 3, right: 2, percent: 66.7 },
      routine: { n: 2, right: 1, percent: 50 },
    });
    expect(summary.confusions).toEqual([
      { expected: "AMAZON.NextIntent", got: "AMAZON.StopIntent", count: 1 },
      { expected: "TeachStretchIntent", got: "TeachStretchIntent (slots)", count: 1 },
    ]);
  });

  it("an empty half is 0 of 0", () => {
    expect(summarise([])).toEqual({ n: 0, right: 0, percent: 0, perIntent: {}, perContext: {}, confusions: [] });
  });
});

describe("corpus files", () => {
  it("reads the development fixtures", () => {
    for (const half of ["tune", "check"]) {
      const items = readCorpus(join(FIXTURES, `${half}.json`));
      expect(items?.length).toBeGreaterThan(20);
    }
    expect(readCorpus(join(FIXTURES, "absent.json"))).toBeUndefined();
  });

  it.each([
    [{}, /not a JSON array/],
    [[{ text: "", intent: "X", context: "idle" }], /\[0\]: text/],
    [[{ text: "hi", context: "idle" }], /intent/],
    [[{ text: "hi", intent: "X", slots: { a: 1 }, context: "idle" }], /slot a/],
    [[{ text: "hi", intent: "X", slots: [], context: "idle" }], /slots must be an object/],
    [[{ text: "hi", intent: "X", slots: {}, context: "gym" }], /context/],
  ])("refuses %j", (data, message) => {
    expect(() => parseCorpus(data, "corpus.json")).toThrow(message);
  });

  it("slots may be left out for an intent without any, and a line without a context is idle", () => {
    expect(
      parseCorpus(
        [
          { text: "stop", intent: "AMAZON.StopIntent", context: "routine" },
          { text: "help", intent: "AMAZON.HelpIntent" },
        ],
        "c",
      ),
    ).toEqual([
      { text: "stop", intent: "AMAZON.StopIntent", slots: {}, context: "routine" },
      { text: "help", intent: "AMAZON.HelpIntent", slots: {}, context: "idle" },
    ]);
  });

  it("takes the contexts after an answer and after a launch", () => {
    const items = parseCorpus(
      [
        { text: "yes", intent: "AMAZON.YesIntent", context: "after-answer" },
        { text: "a stretch", intent: "TeachStretchIntent", context: "after-launch" },
      ],
      "c",
    );
    expect(items.map((i) => i.context)).toEqual(["after-answer", "after-launch"]);
  });

  it("reads the files of a set as one, leaving out those that do not exist; a blind set's figures go beside it", () => {
    const tune = readCorpus(join(FIXTURES, "tune.json")) ?? [];
    const check = readCorpus(join(FIXTURES, "check.json")) ?? [];
    const both = readCorpora([
      join(FIXTURES, "tune.json"),
      join(FIXTURES, "absent.json"),
      join(FIXTURES, "check.json"),
    ]);
    expect(both.items).toEqual([...tune, ...check]);
    expect(both.read).toEqual([join(FIXTURES, "tune.json"), join(FIXTURES, "check.json")]);
    expect(blindResultsPath("test/nlu/blind/2027-01.json")).toBe("test/nlu/blind/2027-01.results.json");
  });
});
