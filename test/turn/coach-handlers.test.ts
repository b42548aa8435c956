/** The conversation's habits as pure decisions on plain data: misses, a running routine, the strength offer, the dialog kept. */
import { describe, expect, it } from "vitest";
import { FALLBACK } from "../../models/content/prompts";
import { FallbackHandler, HelpHandler } from "../../lambda/handlers/navigation";
import { NextHandler } from "../../lambda/handlers/routine";
import { offersStrength } from "../../lambda/handlers/moves";
import { routineRunning } from "../../lambda/turn/outcome";
import { parseDialog } from "../../lambda/turn/dialog";
import { spokenText } from "../../scripts/lib/speech-text";
import { contextOf } from "../support/context";

const quickAt = (index: number) => ({ routineId: "quick" as const, index, continuous: false });

describe("misses in a row", () => {
  it("count up through the dialog, and any understood turn starts again from none", () => {
    const first = FallbackHandler.handle(contextOf({ intent: "NoSuchIntent" }));
    expect(first.dialog.misses).toBe(1);
    const second = FallbackHandler.handle(contextOf({ intent: "NoSuchIntent", dialog: first.dialog }));
    expect(second.dialog.misses).toBe(2);
    expect(spokenText(second.reply.speech.toSsml())).toContain(FALLBACK.hereAndNow.idle);
    const understood = HelpHandler.handle(contextOf({ intent: "AMAZON.HelpIntent", dialog: second.dialog }));
    expect(understood.dialog.misses).toBeUndefined();
  });

  it("keep the question waiting, and its topic", () => {
    const dialog = {
      offered: { kind: "lifter", topic: "sauna" } as const,
      said: { kind: "lifter", topic: "massage" } as const,
    };
    const missed = FallbackHandler.handle(contextOf({ intent: "NoSuchIntent", dialog }));
    expect(missed.dialog).toMatchObject(dialog);
  });

  it("are read back from the session only as a small whole number", () => {
    expect(parseDialog({ offered: null, said: null, misses: 2 }).misses).toBe(2);
    expect(parseDialog({ misses: -1 }).misses).toBeUndefined();
    expect(parseDialog({ misses: "3" }).misses).toBeUndefined();
    expect(parseDialog({ misses: 1e9 }).misses).toBe(9);
    expect(parseDialog({ offered: { kind: "lifter", topic: "sauna" } }).offered).toEqual({
      kind: "lifter",
      topic: "sauna",
    });
    expect(parseDialog({ offered: { kind: "lifter", topic: "yoga" } }).offered).toBeNull();
  });
});

describe("a routine running in this session", () => {
  const open = { offered: null, said: null, routineOpen: true } as const;

  it("is one under way and narrated in this session, not merely saved from another day", () => {
    expect(routineRunning(contextOf({ record: { routine: quickAt(1) }, dialog: open }))).toBe(true);
    expect(routineRunning(contextOf({ record: { routine: quickAt(1) }, dialog: open, newSession: true }))).toBe(false);
    expect(
      routineRunning(
        contextOf({ record: { routine: quickAt(1) }, dialog: { offered: { kind: "resume" }, said: null } }),
      ),
    ).toBe(false);
    const lessonAfterSaved = {
      offered: { kind: "teach", stretch: "neck-tilt" },
      said: { kind: "lesson", stretch: "chin-tuck" },
    } as const;
    expect(routineRunning(contextOf({ record: { routine: quickAt(1) }, dialog: lessonAfterSaved }))).toBe(false);
    expect(routineRunning(contextOf({ dialog: open }))).toBe(false);
  });

  it("opens when the routine is narrated, stays open through other turns, and closes when it finishes", () => {
    const narrated = NextHandler.handle(contextOf({ intent: "AMAZON.NextIntent", record: { routine: quickAt(1) } }));
    expect(narrated.dialog.routineOpen).toBe(true);
    const help = HelpHandler.handle(
      contextOf({ intent: "AMAZON.HelpIntent", record: narrated.record, dialog: narrated.dialog }),
    );
    expect(help.dialog.routineOpen).toBe(true);
    const finished = NextHandler.handle(
      contextOf({ intent: "AMAZON.NextIntent", record: { routine: quickAt(2) }, dialog: open }),
    );
    expect(finished.record.routine).toBeNull();
    expect(finished.dialog.routineOpen).toBeUndefined();
    expect(parseDialog(JSON.parse(JSON.stringify(narrated.dialog))).routineOpen).toBe(true);
  });
});

describe("the strength routine offer", () => {
  it("comes every third finished stretch routine, never after the strength routine itself", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => offersStrength(n, "quick"))).toEqual([false, false, true, false, false, true]);
    expect(offersStrength(3, "strength")).toBe(false);
    expect(offersStrength(3, undefined)).toBe(false);
  });

  it("finishing the third routine asks, keeps the session open and offers it for yes", () => {
    const outcome = NextHandler.handle(
      contextOf({ intent: "AMAZON.NextIntent", record: { routine: quickAt(2), routinesFinished: 2 } }),
    );
    expect(outcome.reply.endSession).toBe(false);
    expect(outcome.dialog.offered).toEqual({ kind: "routine", routine: "strength" });
    expect(outcome.record.routinesFinished).toBe(3);
  });
});
