import { describe, expect, it } from "vitest";
import { routineById } from "../../models/content/routines";
import * as engine from "../../lambda/routine/engine";

describe("routine engine", () => {
  const count = routineById("full").items.length;

  it("moves next and back within the routine", () => {
    let at = engine.start("full", false);
    expect(engine.currentStep(at).index).toBe(0);
    expect(engine.back(at).index).toBe(0);
    for (let i = 1; i < count; i++) {
      const next = engine.next(at);
      if (next === "finished") throw new Error("finished early");
      at = next;
      expect(at.index).toBe(i);
    }
    expect(engine.next(at)).toBe("finished");
    expect(engine.remaining(at)).toBe(0);
    expect(engine.upcoming(at)).toBeUndefined();
    expect(engine.startOver(at).index).toBe(0);
  });

  it("clamps a stale stored position into the routine", () => {
    expect(engine.clamp({ routineId: "quick", index: 99, continuous: false }).index).toBe(
      routineById("quick").items.length - 1,
    );
    expect(engine.clamp({ routineId: "quick", index: -3, continuous: false }).index).toBe(0);
    expect(engine.currentStep({ routineId: "quick", index: 42, continuous: true }).stretch.id).toBe(
      routineById("quick").items.at(-1)?.stretch,
    );
  });

  it("lists a routine's steps in order, and locates a stale position among them", () => {
    const steps = engine.routineSteps("full");
    expect(steps.map((step) => step.stretch.id)).toEqual(routineById("full").items.map((item) => item.stretch));
    expect(steps.map((step) => step.index)).toEqual([...Array(count).keys()]);
    const { position, steps: located } = engine.locate({ routineId: "full", index: 99, continuous: true });
    expect(position).toEqual({ routineId: "full", index: count - 1, continuous: true });
    expect(located).toEqual(steps);
  });

  it("counts what is left", () => {
    expect(engine.remaining(engine.start("full", false))).toBe(count - 1);
  });
});
