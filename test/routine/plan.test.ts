import { describe, expect, it } from "vitest";
import { partCount, partEnds, planReply, type PartLimits, type PartSizing, type StepSize } from "../../lambda/routine/plan";

const LIMITS: PartLimits = { maxChars: 100, maxAudio: 2, gapChars: 10 };

function sized(...chars: number[]): StepSize[] {
  return chars.map((c) => ({ chars: c, audio: 1 }));
}

/** A sizing for any routine: the same sizes, counting how often they are asked for. */
function sizing(sizes: readonly StepSize[], limits: PartLimits = LIMITS): PartSizing & { asked: number } {
  const result = {
    asked: 0,
    limits,
    sizes: () => {
      result.asked++;
      return sizes;
    },
  };
  return result;
}

describe("partEnds", () => {
  it("fills a part up to its character room, gaps counted", () => {
    // 40 + 10 + 40 = 90 fits in 100; a third would make 140.
    expect(partEnds(sized(40, 40, 40, 40), { ...LIMITS, maxAudio: 9 })).toEqual([1, 3]);
    // 45 + 10 + 45 = 100 is exactly the room.
    expect(partEnds(sized(45, 45), { ...LIMITS, maxAudio: 9 })).toEqual([1]);
    expect(partEnds(sized(45, 46), { ...LIMITS, maxAudio: 9 })).toEqual([0, 1]);
  });

  it("starts a new part when the audio tags run out", () => {
    expect(partEnds(sized(10, 10, 10, 10, 10), LIMITS)).toEqual([1, 3, 4]);
  });

  it("gives a stretch too big for any part a part of its own", () => {
    expect(partEnds(sized(10, 500, 10), LIMITS)).toEqual([0, 1, 2]);
  });

  it("has no parts for no stretches", () => {
    expect(partEnds([], LIMITS)).toEqual([]);
  });
});

describe("planReply", () => {
  it("step by step: the one stretch, the position unchanged, never finished, and no sizes asked for", () => {
    const sizes = sizing(sized(10, 10, 10));
    const plan = planReply({ routineId: "quick", index: 1, continuous: false }, sizes);
    expect(plan).toEqual({
      from: { routineId: "quick", index: 1, continuous: false },
      steps: [1],
      reached: { routineId: "quick", index: 1, continuous: false },
      finished: false,
    });
    expect(sizes.asked).toBe(0);
  });

  it("straight through: the rest of the current part, the position at its end, and which part it is", () => {
    const plan = planReply({ routineId: "full", index: 0, continuous: true }, sizing(sized(10, 10, 10, 10, 10)));
    expect(plan.steps).toEqual([0, 1]);
    expect(plan.reached).toEqual({ routineId: "full", index: 1, continuous: true });
    expect(plan.part).toEqual({ number: 1, of: 3 });
    expect(plan.finished).toBe(false);
  });

  it("straight through from the middle of a part: only the rest of it", () => {
    const plan = planReply({ routineId: "full", index: 3, continuous: true }, sizing(sized(10, 10, 10, 10, 10)));
    expect(plan.steps).toEqual([3]);
    expect(plan.part).toEqual({ number: 2, of: 3 });
  });

  it("straight through, the last part finishes the routine", () => {
    const plan = planReply({ routineId: "full", index: 4, continuous: true }, sizing(sized(10, 10, 10, 10, 10)));
    expect(plan.steps).toEqual([4]);
    expect(plan.part).toEqual({ number: 3, of: 3 });
    expect(plan.finished).toBe(true);
  });

  it("clamps a stale position to the routine before planning", () => {
    const plan = planReply({ routineId: "quick", index: 99, continuous: false }, sizing([]));
    expect(plan.from.index).toBeLessThan(99);
    expect(plan.steps).toEqual([plan.from.index]);
  });

  it("counts the parts of a routine", () => {
    expect(partCount("quick", sizing(sized(10, 10, 10, 10, 10)))).toBe(3);
  });
});
