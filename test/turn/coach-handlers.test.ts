/** The conversation's habits as pure decisions on plain data: misses, a running routine, the strength offer, the dialog kept. */
import { describe, expect, it } from "vitest";
import { FALLBACK } from "../../models/content/prompts";
import { FallbackHandler, HelpHandler } from "../../lambda/handlers/navigation";
import { NextHandler } from "../../lambda/handlers/routine";
import { offersStrength, routineRunning } from "../../lambda/handlers/moves";
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
    const dialog = { offered: { kind: "lifter", topic: "sauna" } as const, said: { kind: "lifter", topic: "massage" } as const };
    const missed = FallbackHandler.handle(contextOf({ intent: "NoSuchIntent", dialog }));
    expect(missed.dialog).toMatchObject(dialog);
  });

  it("are read back from the session only as a small whole number", () => {
    expect(parseDialog({ offered: null, said: null, misses: 2 }).misses).toBe(2);
    expect(parseDialog({ misses: -1 }).misses).toBeUndefined();
    expect(parseDialog({ misses: "3" }).misses).toBeUndefined();
    expect(parseDialog({ misses: 1e9 }).misses).toBe(9);
    expect(parseDialog({ offered: { kind: "lifter", topic: "sauna" } }).offered).toEqual({ kind: "lifter", topic: "sauna" });
    expect(parseDialog({ offered: { kind: "lifter", topic: "yoga" } }).offered).toBeNull();
  });
});

describe("a routine running in this session", () => {
  it("is one under way, past the first turn, and not merely offered again", () => {
    expect(routineRunning(contextOf({ record: { routine: quickAt(1) } }))).toBe(true);
    expect(routineRunning(contextOf({ record: { routine: quickAt(1) }, newSession: true }))).toBe(false);
    expect(routineRunning(contextOf({ record: { routine: quickAt(1) }, dialog: { offered: { kind: "resume" }, said: null } }))).toBe(false);
    expect(routineRunning(contextOf({}))).toBe(false);
  });
});

describe("the strength routine offer", () => {
  it("comes every third finished stretch routine, never after the strength routine itself", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => offersStrength(n, "quick"))).toEqual([false, false, true, false, false, true]);
    expect(offersStrength(3, "strength")).toBe(false);
    expect(offersStrength(3, undefined)).toBe(false);
  });

  it("finishing the third routine asks, keeps the session open and offers it for yes", () => {
    const outcome = NextHandler.handle(contextOf({ intent: "AMAZON.NextIntent", record: { routine: quickAt(2), routinesFinished: 2 } }));
    expect(outcome.reply.endSession).toBe(false);
    expect(outcome.dialog.offered).toEqual({ kind: "routine", routine: "strength" });
    expect(outcome.record.routinesFinished).toBe(3);
  });
});
