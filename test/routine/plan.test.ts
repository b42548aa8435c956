import { describe, expect, it } from "vitest";
import {
  partCount,
  partEnds,
  planReply,
  type PartLimits,
  type PartSizing,
  type StepSize,
} from "../../lambda/routine/plan";
import { routineById } from "../../models/content/routines";

const LIMITS: PartLimits = { maxChars: 100, maxAudio: 2, gapChars: 10 };

function sized(...chars: number[]): StepSize[] {
  return chars.map((c) => ({ chars: c, audio: 1 }));
}

/** A sizing that gives each step of the routine a size of 10 characters and one chime, counting how often it is asked. */
function sizing(limits: PartLimits = LIMITS): PartSizing & { asked: number } {
  const result = {
    asked: 0,
    limits,
    sizes: (steps: readonly unknown[]) => {
      result.asked++;
      return steps.map(() => ({ chars: 10, audio: 1 }));
    },
  };
  return result;
}

/** The full routine's stretches: with two chimes a part, parts end at every second one. */
const FULL = routineById("full").items.length;

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
    const sizes = sizing();
    const plan = planReply({ routineId: "quick", index: 1, continuous: false }, sizes);
    expect(plan.from).toEqual({ routineId: "quick", index: 1, continuous: false });
    expect(plan.steps.map((step) => step.index)).toEqual([1]);
    expect(plan.steps[0]?.stretch.id).toBe(routineById("quick").items[1]?.stretch);
    expect(plan.reached).toEqual({ routineId: "quick", index: 1, continuous: false });
    expect(plan.part).toBeUndefined();
    expect(plan.finished).toBe(false);
    expect(sizes.asked).toBe(0);
  });

  it("straight through: the rest of the current part, the position at its end, and which part it is", () => {
    const plan = planReply({ routineId: "full", index: 0, continuous: true }, sizing());
    expect(plan.steps.map((step) => step.index)).toEqual([0, 1]);
    expect(plan.reached).toEqual({ routineId: "full", index: 1, continuous: true });
    expect(plan.part).toEqual({ number: 1, of: Math.ceil(FULL / 2) });
    expect(plan.finished).toBe(false);
  });

  it("straight through from the middle of a part: only the rest of it", () => {
    const plan = planReply({ routineId: "full", index: 3, continuous: true }, sizing());
    expect(plan.steps.map((step) => step.index)).toEqual([3]);
    expect(plan.reached.index).toBe(3);
    expect(plan.part).toEqual({ number: 2, of: Math.ceil(FULL / 2) });
  });

  it("straight through, the last part finishes the routine", () => {
    const last = FULL - 1;
    const plan = planReply({ routineId: "full", index: last, continuous: true }, sizing());
    expect(plan.steps.map((step) => step.index)).toEqual([last]);
    expect(plan.reached.index).toBe(last);
    expect(plan.part?.number).toBe(Math.ceil(FULL / 2));
    expect(plan.finished).toBe(true);
  });

  it("clamps a stale position to the routine before planning", () => {
    const plan = planReply({ routineId: "quick", index: 99, continuous: false }, sizing());
    expect(plan.from.index).toBe(routineById("quick").items.length - 1);
    expect(plan.steps.map((step) => step.index)).toEqual([plan.from.index]);
  });

  it("counts the parts of a routine", () => {
    expect(partCount("full", sizing())).toBe(Math.ceil(FULL / 2));
    expect(partCount("full", sizing({ ...LIMITS, maxAudio: 1 }))).toBe(FULL);
  });
});
