/** The reminder handler's pure parts: the time heard, and what each API result becomes. */
import { describe, expect, it } from "vitest";
import { REMINDER_WORDS as words } from "../../models/content/reminders";
import { clockTime, offeredHour, ReminderHandler, reminderReported } from "../../lambda/handlers/reminder";
import { ssmlToText } from "../../scripts/lib/speech-text";
import { contextOf } from "../support/context";

describe("clockTime", () => {
  it.each([
    ["19:00", "19:00"],
    ["07:30", "07:30"],
    ["EV", "19:00"],
    ["MO", "08:00"],
    ["7 pm", "19:00"],
    ["7:30 am", "07:30"],
    ["12 am", "00:00"],
    ["12 pm", "12:00"],
    ["noon", "12:00"],
  ])("reads %s as %s", (heard, time) => {
    expect(clockTime(heard)).toBe(time);
  });

  it.each(["", "lunchtime", "25:00", "13 pm", "0 am", "7:75", undefined])("does not read %s", (heard) => {
    expect(clockTime(heard)).toBeUndefined();
  });
});

describe("reminderReported", () => {
  const set = { kind: "set", time: "19:00" } as const;
  const existing = { token: "alert-9", time: "07:00" };

  it("keeps the token of a reminder set, and says 'now' when it moved one", () => {
    const fresh = reminderReported(contextOf(), set, { kind: "set", token: "alert-1", time: "19:00" });
    expect(fresh.record.reminder).toEqual({ token: "alert-1", time: "19:00" });
    expect(ssmlToText(fresh.reply.speech.toSsml())).toContain(words.set("19:00"));
    const moved = reminderReported(contextOf({ record: { reminder: existing } }), set, {
      kind: "set",
      token: "alert-9",
      time: "19:00",
    });
    expect(ssmlToText(moved.reply.speech.toSsml())).toContain(words.changed("19:00"));
  });

  it("asks for the permission by voice only for a reminder to set, with its time in the token", () => {
    expect(reminderReported(contextOf(), set, { kind: "no-permission" }).askForReminders).toEqual({
      token: "reminder-at-19:00",
    });
    expect(reminderReported(contextOf(), { kind: "list" }, { kind: "no-permission" }).askForReminders).toBeUndefined();
  });

  it("never keeps a reminder it could not set", () => {
    for (const kind of ["no-permission", "unsupported", "failed"] as const) {
      expect(reminderReported(contextOf(), set, { kind }).record.reminder, kind).toBeNull();
    }
  });

  it("forgets the reminder once cancelled", () => {
    const outcome = reminderReported(
      contextOf({ record: { reminder: existing } }),
      { kind: "cancel" },
      { kind: "cancelled", count: 1 },
    );
    expect(outcome.record.reminder).toBeNull();
    expect(ssmlToText(outcome.reply.speech.toSsml())).toContain(words.cancelled);
  });

  it("turned off one the record did not know of: says it is off; found none: says there was nothing to stop", () => {
    const found = reminderReported(contextOf(), { kind: "cancel" }, { kind: "cancelled", count: 1 });
    expect(ssmlToText(found.reply.speech.toSsml())).toContain(words.cancelled);
    const none = reminderReported(contextOf(), { kind: "cancel" }, { kind: "cancelled", count: 0 });
    expect(ssmlToText(none.reply.speech.toSsml())).toContain(words.nothingToCancel);
  });
});

describe("ReminderHandler", () => {
  it("takes a Connections.Response only for its own token, and an ACCEPTED one asks the edge to set that time", () => {
    const accepted = contextOf({ kind: "other" });
    const request = {
      ...accepted.request,
      type: "Connections.Response",
      connection: { name: "AskFor", code: "200", token: "reminder-at-06:30", status: "ACCEPTED" },
    };
    expect(ReminderHandler.canHandle({ ...accepted, request })).toBe(true);
    expect(ReminderHandler.handle({ ...accepted, request }).reminder).toEqual({ kind: "set", time: "06:30" });
    const other = { ...request, connection: { ...request.connection, token: "someone-else" } };
    expect(ReminderHandler.canHandle({ ...accepted, request: other })).toBe(false);
    const denied = { ...request, connection: { ...request.connection, status: "DENIED" } };
    expect(ReminderHandler.handle({ ...accepted, request: denied }).reminder).toBeUndefined();
  });

  it("'change my reminder' with no time: the time it has now and how to move it; with none, an example", () => {
    const speech = (record: object) =>
      ssmlToText(ReminderHandler.handle(contextOf({ intent: "SetReminderIntent", record })).reply.speech.toSsml());
    expect(speech({ reminder: { token: "alert-9", time: "19:00" } })).toContain(words.whichTime("19:00"));
    expect(speech({ reminder: { token: "alert-9", time: "19:00" } })).toContain("every day at 7 pm");
    expect(speech({})).toContain(words.timeNotHeard);
  });
});

describe("offeredHour", () => {
  it("offers the hour a routine finished in waking hours, and 7 pm instead of the night or the small hours", () => {
    expect([7, 12, 18, 21].map(offeredHour)).toEqual([7, 12, 18, 21]);
    expect([22, 23, 0, 3, 5, 6].map(offeredHour)).toEqual([19, 19, 19, 19, 19, 19]);
  });
});
