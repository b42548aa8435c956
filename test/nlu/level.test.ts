/** The level the skill gives what a stand-in heard (scripts/lib/nlu-level.ts), as the level scorer reads it. */
import { describe, expect, it } from "vitest";
import { levelOf } from "../../models/content/signs";
import { levelHeard, levelOutcome } from "../../scripts/lib/nlu-level";

describe("levelHeard", () => {
  it("gives a reported sign the table's level, two signs their level together, and no sign the screening", () => {
    expect(levelHeard("RedFlagIntent", { symptom: "arm-tingling" })).toBe(levelOf(["arm-tingling"]));
    expect(levelHeard("RedFlagIntent", { symptom: "fever", symptomTwo: "stiff-neck" })).toBe(
      levelOf(["fever", "stiff-neck"]),
    );
    expect(levelHeard("RedFlagIntent", {})).toBe("screen");
  });

  it("gives a question about one sign that sign's level, as the skill answers it, and the list of signs none", () => {
    expect(levelHeard("WarningSignsIntent", { symptom: "face-numb" })).toBe("emergency");
    expect(levelHeard("WarningSignsIntent", { symptom: "arm-tingling" })).toBe(levelOf(["arm-tingling"]));
    expect(levelHeard("WarningSignsIntent", {})).toBe("none (WarningSignsIntent)");
  });

  it("gives ordinary soreness self-care and anything else no level", () => {
    expect(levelHeard("ReliefIntent", {})).toBe("self-care");
    expect(levelHeard("DiscomfortIntent", {})).toBe("self-care");
    expect(levelHeard("AMAZON.NextIntent", {})).toBe("none (AMAZON.NextIntent)");
  });
});

describe("levelOutcome", () => {
  it("calls a more urgent level an over-call and a less urgent one, or none, an under-call", () => {
    expect(levelOutcome("soon", "soon")).toBe("right");
    expect(levelOutcome("self-care", "urgent")).toBe("over");
    expect(levelOutcome("soon", "emergency")).toBe("over");
    expect(levelOutcome("soon", "self-care")).toBe("under");
    expect(levelOutcome("dizziness", "none (AMAZON.NextIntent)")).toBe("under");
  });

  it("counts an emergency or urgent sign given less, or no level at all, as serious", () => {
    expect(levelOutcome("emergency", "urgent")).toBe("serious under");
    expect(levelOutcome("urgent", "soon")).toBe("serious under");
    expect(levelOutcome("urgent", "screen")).toBe("serious under");
    expect(levelOutcome("emergency", "none (AMAZON.FallbackIntent)")).toBe("serious under");
  });
});
