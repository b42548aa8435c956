/**
 * A daily stretch reminder by voice, end to end: spoken through the real
 * interaction model, set through ask-sdk-core's Reminders client against a
 * local fake of Alexa's API, with the voice permission flow (AskFor and its
 * Connections.Response) granted, refused, on a device without reminders, and
 * with the API failing.
 */
import { describe, expect, it, vi } from "vitest";
import { FORGET } from "../../models/content/prompts";
import { REMINDER_WORDS as words } from "../../models/content/reminders";
import { routineById } from "../../models/content/routines";
import { apiDevice, type ApiDevice } from "./api-device";
import { useFakeAlexaApi } from "./fake-alexa-api";

const api = useFakeAlexaApi();

/** The reminder requests the skill sent, as "METHOD path". */
function reminderCalls(): string[] {
  return api.callsTo("reminders").map((c) => `${c.method} ${c.path}`);
}

function askFor(reply: { envelope: { response: { directives?: unknown[] } } }): unknown {
  return reply.envelope.response.directives?.find((d) => (d as { type?: string }).type === "Connections.SendRequest");
}

// Monday 2026-03-02, 9 am in California.
const MORNING = new Date("2026-03-02T17:00:00Z");

describe("setting a daily reminder, the permission already granted", () => {
  it("creates a daily reminder at 7 pm in the device's time zone, says so, and keeps its token", async () => {
    const device = apiDevice(api, { at: MORNING });
    const reply = await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    expect(reply.speech).toContain(words.set("19:00"));
    expect(reply.speech).toContain("every day at 7 pm");
    expect(reply.open).toBe(false);
    expect(reminderCalls()).toEqual(["POST /v1/alerts/reminders"]);
    const [created] = api.stored.values();
    expect(created?.request).toMatchObject({
      trigger: {
        type: "SCHEDULED_ABSOLUTE",
        timeZoneId: "America/Los_Angeles",
        recurrence: {
          startDateTime: "2026-03-02T00:00:00.000",
          recurrenceRules: ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"],
        },
      },
      alertInfo: { spokenInfo: { content: [{ locale: "en-US", text: words.reminderText }] } },
      pushNotification: { status: "ENABLED" },
    });
    expect((await device.record()).reminder).toEqual({ token: "alert-1", time: "19:00" });
  });

  it.each([
    ["six thirty am", "06:30", "BYHOUR=6;BYMINUTE=30"],
    ["6:30 pm", "18:30", "BYHOUR=18;BYMINUTE=30"],
    ["half seven in the evening", "19:30", "BYHOUR=19;BYMINUTE=30"],
  ])("a time with minutes, said as %s, is set to the minute (%s)", async (said, time, rule) => {
    const device = apiDevice(api, { at: MORNING });
    const reply = await device.say(`ask neck coach to remind me to stretch every day at ${said}`);
    expect(reply.speech).toContain(words.set(time));
    const [created] = api.stored.values();
    expect(JSON.stringify(created?.request)).toContain(rule);
    expect((await device.record()).reminder).toEqual({ token: "alert-1", time });
  });

  it("lists it, moves it to another time (the same reminder, updated), and stops it", async () => {
    const device = apiDevice(api, { at: MORNING });
    await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    expect((await device.say("ask neck coach what reminders do i have")).speech).toContain(words.listed(["19:00"]));
    const moved = await device.say("ask neck coach to move my reminder to 7 am");
    expect(moved.speech).toContain(words.changed("07:00"));
    expect(moved.speech).toContain("every day at 7 am");
    expect(reminderCalls().slice(-1)).toEqual(["PUT /v1/alerts/reminders/alert-1"]);
    expect((await device.record()).reminder).toEqual({ token: "alert-1", time: "07:00" });
    expect(api.stored.size).toBe(1);
    const stopped = await device.say("ask neck coach to stop reminding me");
    expect(stopped.speech).toContain(words.cancelled);
    expect(reminderCalls().slice(-1)).toEqual(["DELETE /v1/alerts/reminders/alert-1"]);
    expect(api.stored.size).toBe(0);
    expect((await device.record()).reminder).toBeNull();
    expect((await device.say("ask neck coach what reminders do i have")).speech).toContain(words.none);
  });

  it("creates a new reminder when the one it set was deleted in the Alexa app", async () => {
    const device = apiDevice(api, { at: MORNING });
    await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    api.stored.clear();
    const moved = await device.say("ask neck coach to move my reminder to 8 pm");
    expect(reminderCalls().slice(-2)).toEqual(["PUT /v1/alerts/reminders/alert-1", "POST /v1/alerts/reminders"]);
    expect(moved.speech).toContain("8 pm");
    expect((await device.record()).reminder).toEqual({ token: "alert-2", time: "20:00" });
  });

  it("asks again for a time it did not understand, and calls nothing", async () => {
    const device = apiDevice(api, { at: MORNING });
    await device.say("open neck coach");
    for (const line of ["remind me to stretch every day at lunchtime", "remind me to stretch"]) {
      const reply = await device.say(line);
      expect(reply.speech).toContain(words.timeNotHeard);
      expect(reply.open).toBe(true);
    }
    const set = await device.say("remind me at 6 pm");
    expect(set.speech).toContain(words.set("18:00"));
    expect(reminderCalls()).toEqual(["POST /v1/alerts/reminders"]);
  });

  it("has nothing to stop when it set no reminder", async () => {
    const device = apiDevice(api, { at: MORNING });
    const reply = await device.say("ask neck coach to stop reminding me");
    expect(reply.speech).toContain(words.nothingToCancel);
    expect(reminderCalls()).toEqual(["GET /v1/alerts/reminders"]);
  });

  it("stops a reminder the record does not know of (set before the data was lost, or on another device)", async () => {
    const device = apiDevice(api, { at: MORNING });
    await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    const other = apiDevice(api, { at: MORNING });
    const reply = await other.say("ask neck coach to stop reminding me");
    expect(reply.speech).toContain(words.cancelled);
    expect(reminderCalls().slice(-2)).toEqual(["GET /v1/alerts/reminders", "DELETE /v1/alerts/reminders/alert-1"]);
    expect(api.stored.size).toBe(0);
  });
});

describe("deleting your data turns the reminder off too", () => {
  it("asks with the reminder named, deletes the record and the reminder, and says both", async () => {
    const device = apiDevice(api, { at: MORNING });
    await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    const asked = await device.say("ask neck coach to delete my data");
    expect(asked.speech).toContain(FORGET.confirmWithReminder);
    const done = await device.say("yes");
    expect(done.speech).toContain(FORGET.doneWithReminder);
    expect(api.stored.size).toBe(0);
    expect((await device.record()).reminder).toBeNull();
    expect((await device.say("ask neck coach what reminders do i have")).speech).toContain(words.none);
  });

  it("with the Reminders API failing: the data is deleted, and the reply says where to turn the reminder off", async () => {
    const device = apiDevice(api, { at: MORNING });
    await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    await device.say("ask neck coach to delete my data");
    api.reminders = "failing";
    const done = await device.say("yes");
    expect(done.speech).toContain(FORGET.doneReminderLeft);
    expect((await device.record()).reminder).toBeNull();
  });
});

describe("the voice permission flow", () => {
  it("granted: the skill asks Alexa for the permission, and on the yes sets the reminder it was asked for", async () => {
    api.reminders = "refused";
    const device = apiDevice(api, { at: MORNING });
    const asked = await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    expect(asked.speech).toContain(words.permissionNeeded);
    expect(asked.speech).not.toContain(words.set("19:00"));
    expect(askFor(asked)).toEqual({
      type: "Connections.SendRequest",
      name: "AskFor",
      payload: {
        "@type": "AskForPermissionsConsentRequest",
        "@version": "1",
        permissionScope: "alexa::alerts:reminders:skill:readwrite",
      },
      token: "reminder-at-19:00",
    });
    expect(asked.envelope.response.shouldEndSession).toBe(true);
    expect((await device.record()).reminder).toBeNull();

    api.reminders = "granted";
    const done = await device.permissionAnswered("ACCEPTED");
    expect(done.speech).toContain(words.set("19:00"));
    expect(api.stored.size).toBe(1);
    expect((await device.record()).reminder).toEqual({ token: "alert-1", time: "19:00" });
  });

  it("refused: no reminder, a calm reply, and nothing kept", async () => {
    api.reminders = "refused";
    const device = apiDevice(api, { at: MORNING });
    const asked = await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    expect(askFor(asked)).toBeDefined();
    const callsBefore = reminderCalls().length;
    const refused = await device.permissionAnswered("DENIED");
    expect(refused.speech).toContain(words.refused);
    expect(askFor(refused)).toBeUndefined();
    expect(reminderCalls()).toHaveLength(callsBefore);
    expect(api.stored.size).toBe(0);
    expect((await device.record()).reminder).toBeNull();
  });

  it("unsupported: a device without reminders is told so, and nothing is kept", async () => {
    api.reminders = "unsupported";
    const device = apiDevice(api, { at: MORNING });
    const reply = await device.say("ask neck coach to remind me to stretch every day at 7 pm");
    expect(reply.speech).toContain(words.unsupported);
    expect(askFor(reply)).toBeUndefined();
    expect((await device.record()).reminder).toBeNull();
  });

  it("an API failure is said as one, logged, claims nothing, and the session goes on", async () => {
    api.reminders = "failing";
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const device = apiDevice(api, { at: MORNING });
      const reply = await device.say("ask neck coach to remind me to stretch every day at 7 pm");
      expect(reply.speech).toContain(words.failed);
      expect(reply.speech).not.toContain("Done");
      expect(reply.open).toBe(true);
      expect((await device.record()).reminder).toBeNull();
      expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining("reminders.set")]);
    } finally {
      errors.mockRestore();
    }
  });
});

describe("offered once after a finished routine, never pushed twice", () => {
  const steps = routineById("quick").items.length;

  async function finishRoutine(device: ApiDevice) {
    await device.say("ask neck coach to start the quick routine");
    let last = await device.say("next");
    for (let i = 1; i < steps; i++) last = await device.say("next");
    return last;
  }

  it("the first finish offers a reminder at this hour of the device's day; yes sets it", async () => {
    const device = apiDevice(api, { at: new Date("2026-03-03T01:30:00Z") }); // 5:30 pm in California
    const finished = await finishRoutine(device);
    expect(finished.speech).toContain("That's your first routine finished.");
    expect(finished.speech).toContain(words.offerQuestion("17:00"));
    expect(finished.open).toBe(true);
    const yes = await device.say("yes");
    expect(yes.speech).toContain(words.set("17:00"));
    expect((await device.record()).reminder).toMatchObject({ time: "17:00" });
  });

  it("after a no, later finishes end with the goodbye and no offer", async () => {
    const device = apiDevice(api, { at: new Date("2026-03-03T01:30:00Z") });
    const first = await finishRoutine(device);
    expect(first.speech).toContain(words.offerQuestion("17:00"));
    await device.say("no");
    device.at = new Date("2026-03-04T01:30:00Z");
    const second = await finishRoutine(device);
    expect(second.speech).not.toContain("reminder");
    expect(second.open).toBe(false);
    expect(reminderCalls()).toEqual([]);
    expect((await device.record()).reminderOffered).toBe(true);
  });
});
