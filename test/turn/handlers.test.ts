/**
 * Handlers are pure decisions: a context in, an outcome out. These tests give
 * them plain data, no envelope, no store, no SDK, and check the decision.
 */
import { describe, expect, it } from "vitest";
import { HANDLERS, route } from "../../lambda/handlers";
import {
  FallbackHandler,
  PauseHandler,
  RepeatHandler,
  StopHandler,
  YesHandler,
} from "../../lambda/handlers/navigation";
import { NextHandler, StartRoutineHandler } from "../../lambda/handlers/routine";
import { TeachStretchHandler } from "../../lambda/handlers/stretch";
import { RedFlagHandler } from "../../lambda/handlers/red-flag";
import { spokenText } from "../../scripts/lib/speech-text";
import { contextOf } from "../support/context";

const said = (ssml: string) => spokenText(ssml);

describe("routing", () => {
  it("picks the first handler that can take the turn, and the fallback for anything else", () => {
    expect(route(HANDLERS, contextOf({ intent: "AMAZON.NextIntent" }))).toBe(NextHandler);
    expect(route(HANDLERS, contextOf({ intent: "TeachStretchIntent" }))).toBe(TeachStretchHandler);
    expect(route(HANDLERS, contextOf({ intent: "NoSuchIntent" }))).toBe(FallbackHandler);
    expect(route(HANDLERS, contextOf({ kind: "other" }))).toBe(FallbackHandler);
  });
});

describe("a stretch without a name", () => {
  it("is the content's default stretch, the side neck stretch, said as picked for a stiff neck", () => {
    const outcome = TeachStretchHandler.handle(contextOf({ intent: "TeachStretchIntent" }));
    expect(said(outcome.reply.speech.toSsml())).toMatch(
      /^Let's do a side neck stretch\. It's a good one for a stiff neck\./,
    );
    expect(outcome.dialog.said).toEqual({ kind: "lesson", stretch: "side-neck-stretch" });
  });

  it("is the stretch just offered, when one was", () => {
    const outcome = TeachStretchHandler.handle(
      contextOf({
        intent: "TeachStretchIntent",
        dialog: { offered: { kind: "teach", stretch: "neck-tilt" }, said: null },
      }),
    );
    expect(said(outcome.reply.speech.toSsml())).toMatch(/^Let's do a neck tilt\./);
  });

  it("a name the model did not resolve is said back, with three the skill knows", () => {
    const outcome = TeachStretchHandler.handle(
      contextOf({ intent: "TeachStretchIntent", slots: { stretch: { raw: "the pretzel" } } }),
    );
    expect(said(outcome.reply.speech.toSsml())).toMatch(
      /^I don't know a stretch called the pretzel yet\. I can teach the /,
    );
    expect(outcome.record).toEqual(contextOf().record);
  });
});

describe("routines", () => {
  it("next moves the position and keeps everything else in the record", () => {
    const context = contextOf({
      intent: "AMAZON.NextIntent",
      record: { routine: { routineId: "quick", index: 0, continuous: false } },
    });
    const outcome = NextHandler.handle(context);
    expect(outcome.record).toEqual({ ...context.record, routine: { routineId: "quick", index: 1, continuous: false } });
    expect(outcome.reply.endSession).toBe(false);
  });

  it("next past the last stretch finishes: one more routine, the streak, no position", () => {
    const outcome = NextHandler.handle(
      contextOf({
        intent: "AMAZON.NextIntent",
        record: {
          routine: { routineId: "quick", index: 2, continuous: false },
          routinesFinished: 4,
          streakDays: 2,
          lastActiveDay: "2026-11-29",
        },
      }),
    );
    expect(outcome.record).toMatchObject({
      routine: null,
      routinesFinished: 5,
      streakDays: 3,
      lastActiveDay: "2026-11-30",
    });
    expect(outcome.reply.endSession).toBe(true);
  });

  it("start without a name asks, reading the menu from the routines", () => {
    const outcome = StartRoutineHandler.handle(contextOf({ intent: "StartRoutineIntent" }));
    expect(said(outcome.reply.speech.toSsml())).toBe(
      "I have 4 routines: the quick routine, about two and a half minutes, the after lifting routine, just over five minutes, the full routine, just under nine minutes and the strength routine, just under four minutes. Which would you like?",
    );
    expect(outcome.reply.reprompt && said(outcome.reply.reprompt.toSsml())).toBe(
      "Say start the quick routine, after lifting routine, full routine or strength routine.",
    );
  });

  it("yes does what was offered, and only that", () => {
    const outcome = YesHandler.handle(
      contextOf({ intent: "AMAZON.YesIntent", dialog: { offered: { kind: "routine", routine: "full" }, said: null } }),
    );
    expect(outcome.record.routine).toEqual({ routineId: "full", index: 0, continuous: false });
    expect(outcome.record.usualRoutine).toBe("full");
  });

  it("repeat outside a routine says the last thing said again, with the same offer", () => {
    const outcome = RepeatHandler.handle(
      contextOf({
        intent: "AMAZON.RepeatIntent",
        dialog: { offered: null, said: { kind: "answer", topic: "relief" } },
      }),
    );
    expect(said(outcome.reply.speech.toSsml())).toMatch(
      /^For ordinary soreness after training, ease off today and give your neck a rest from heavy work\./,
    );
    expect(outcome.dialog).toEqual({
      offered: { kind: "answer", topic: "ice-or-heat" },
      said: { kind: "answer", topic: "relief" },
    });
  });
});

describe("ending and safety", () => {
  it("stop and pause in a running routine end the session, hold the disclaimer back, and keep the position", () => {
    const routine = { routineId: "after-lifting", index: 2, continuous: false } as const;
    const dialog = { offered: null, said: null, routineOpen: true } as const;
    for (const handler of [StopHandler, PauseHandler]) {
      const context = contextOf({ intent: "AMAZON.StopIntent", record: { routine }, dialog });
      const outcome = handler.handle(context);
      expect(outcome.reply.endSession).toBe(true);
      expect(outcome.disclaimer).toBe("not-now");
      expect(outcome.record.routine).toEqual(routine);
    }
  });

  it("an emergency sign names the locale's number first", () => {
    const spoken = (locale: "en-US" | "en-GB" | "en-AU" | "en-IN" | "en-CA") =>
      said(
        RedFlagHandler.handle(
          contextOf({ intent: "RedFlagIntent", locale, slots: { symptom: { id: "injury", raw: "i fell" } } }),
        ).reply.speech.toSsml(),
      );
    expect(spoken("en-US")).toMatch(/^Call nine one one from your phone now\./);
    expect(spoken("en-CA")).toMatch(/^Call nine one one from your phone now\./);
    expect(spoken("en-GB")).toMatch(/^Call nine nine nine from your phone now\./);
    expect(spoken("en-AU")).toMatch(/^Call triple zero from your phone now\./);
    expect(spoken("en-IN")).toMatch(/^Call one one two, or one zero eight for an ambulance, from your phone now\./);
  });

  it("see-a-doctor-soon advice names the GP where people say GP", () => {
    const spoken = (locale: "en-US" | "en-GB") =>
      said(
        RedFlagHandler.handle(
          contextOf({
            intent: "RedFlagIntent",
            locale,
            slots: { symptom: { id: "arm-tingling", raw: "my arm is numb" } },
          }),
        ).reply.speech.toSsml(),
      );
    expect(spoken("en-US")).toMatch(/checked by a doctor or physical therapist in the next few days/);
    expect(spoken("en-GB")).toMatch(/checked by your GP or a physio in the next few days/);
  });
});
