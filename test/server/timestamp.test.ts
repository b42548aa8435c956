/** The request timestamp check: a real ISO 8601 time within 150 s of now, either way. */
import { describe, expect, it } from "vitest";
import { timestampProblem } from "../../server/timestamp";

const NOW = Date.parse("2026-03-01T12:00:00Z");
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe("timestampProblem", () => {
  it.each([
    ["now", at(0)],
    ["149 s old", at(-149_000)],
    ["149 s ahead", at(149_000)],
    ["without fraction", "2026-03-01T12:00:00Z"],
    ["with an offset", "2026-03-01T13:00:30+01:00"],
  ])("accepts a timestamp %s", (_name, timestamp) => {
    expect(timestampProblem({ type: "LaunchRequest", timestamp }, NOW)).toBeUndefined();
  });

  it.each([
    ["151 s old", at(-151_000), /old/],
    ["151 s in the future", at(151_000), /future/],
    ["a year in the future", at(365 * 86_400_000), /future/],
    ["missing", undefined, /missing/],
    ["a number", NOW, /not an ISO/],
    ["a word", "now", /not an ISO/],
    ["a date without time", "2026-03-01", /not an ISO/],
    ["without a zone", "2026-03-01T12:00:00", /not an ISO/],
    ["February 30th", "2026-02-30T12:00:00Z", /not an ISO/],
    ["hour 24", "2026-03-01T24:00:00Z", /not an ISO/],
    ["an object", { toString: () => at(0) }, /not an ISO/],
  ])("refuses a timestamp %s", (_name, timestamp, reason) => {
    expect(timestampProblem({ type: "LaunchRequest", timestamp }, NOW)).toMatch(reason);
  });

  it("gives skill events an hour, and no more, in the past but not in the future", () => {
    const event = (timestamp: string) => timestampProblem({ type: "AlexaSkillEvent.SkillEnabled", timestamp }, NOW);
    expect(event(at(-3_599_000))).toBeUndefined();
    expect(event(at(-3_601_000))).toMatch(/hour/);
    expect(event(at(151_000))).toMatch(/future/);
  });
});
