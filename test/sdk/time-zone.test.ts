/**
 * The user's own day: the device's time zone, read through ask-sdk-core's UPS
 * client from a local fake of Alexa's API, decides which day a routine counts
 * for. Read once per session (its first turn), kept in the record for sessions
 * without API access, and never waited on past its deadline.
 */
import { describe, expect, it, vi } from "vitest";
import { routineById } from "../../models/content/routines";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { apiDevice, type ApiDevice } from "./api-device";
import { useFakeAlexaApi } from "./fake-alexa-api";

const api = useFakeAlexaApi();

const QUICK_STEPS = routineById("quick").items.length;

/** Starts the quick routine in a new session at `at` (UTC) and says "next" to its end. */
async function finishRoutineAt(device: ApiDevice, at: string): Promise<string> {
  device.at = new Date(at);
  await device.say("ask neck coach to start the quick routine");
  let speech = "";
  for (let i = 0; i < QUICK_STEPS; i++) speech = (await device.say("next")).speech;
  return speech;
}

describe("streak days follow the device's time zone", () => {
  it("two routines on consecutive local days that fall on one UTC day make a 2 day streak", async () => {
    const device = apiDevice(api);
    // Monday 5:30 pm and Tuesday 3 pm in California: both Tuesday in UTC.
    await finishRoutineAt(device, "2026-03-03T01:30:00Z");
    const second = await finishRoutineAt(device, "2026-03-03T23:00:00Z");
    expect(second).toContain("You're on a 2 day streak.");
    expect(await device.record()).toMatchObject({
      timeZone: "America/Los_Angeles",
      streakDays: 2,
      lastActiveDay: "2026-03-03",
      routinesFinished: 2,
    });
  });

  it("the same two routines on a device whose zone is unknown count as one UTC day", async () => {
    const device = apiDevice(api);
    device.apiAccess = false;
    await finishRoutineAt(device, "2026-03-03T01:30:00Z");
    const second = await finishRoutineAt(device, "2026-03-03T23:00:00Z");
    expect(second).not.toContain("streak");
    expect(await device.record()).toMatchObject({ timeZone: null, streakDays: 1, lastActiveDay: "2026-03-03" });
    expect(api.callsTo("settings")).toEqual([]);
  });

  it("consecutive local days two UTC days apart keep the streak (7 am Monday, 6 pm Tuesday in California)", async () => {
    const device = apiDevice(api);
    await finishRoutineAt(device, "2026-03-02T15:00:00Z");
    const second = await finishRoutineAt(device, "2026-03-04T02:00:00Z");
    expect(second).toContain("You're on a 2 day streak.");
    expect(await device.record()).toMatchObject({ streakDays: 2, lastActiveDay: "2026-03-03" });
  });

  it("a skipped local day breaks the streak though the UTC days are consecutive (5:30 pm Monday, 7 am Wednesday)", async () => {
    const device = apiDevice(api);
    await finishRoutineAt(device, "2026-03-03T01:30:00Z");
    const second = await finishRoutineAt(device, "2026-03-04T15:00:00Z");
    expect(second).not.toContain("streak");
    expect(await device.record()).toMatchObject({ streakDays: 1, lastActiveDay: "2026-03-04" });
  });
});

describe("reading the time zone", () => {
  it("asks the settings API once per session, on its first turn, with the request's token", async () => {
    const device = apiDevice(api);
    await device.say("open neck coach");
    await device.say("how do i do a chin tuck");
    await device.say("what stretches do you know");
    const calls = api.callsTo("settings");
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "GET /v2/devices/amzn1.ask.device.FAKE-ECHO/settings/System.timeZone",
    ]);
    expect(calls[0]?.authorization).toBe("Bearer fake-api-token");
    await device.say("open neck coach");
    expect(api.callsTo("settings")).toHaveLength(2);
  });

  it("keeps the zone in the record, so a later session without API access still counts the local day", async () => {
    const device = apiDevice(api);
    await finishRoutineAt(device, "2026-03-03T01:30:00Z");
    device.apiAccess = false;
    const second = await finishRoutineAt(device, "2026-03-03T23:00:00Z");
    expect(second).toContain("You're on a 2 day streak.");
    expect(api.callsTo("settings")).toHaveLength(1);
  });

  it("a new zone replaces the kept one (the device moved)", async () => {
    const device = apiDevice(api);
    await device.say("open neck coach");
    api.settings = { kind: "zone", zone: "Europe/London" };
    await device.say("open neck coach");
    expect((await device.record()).timeZone).toBe("Europe/London");
  });

  it("a slow settings API is not waited on past the deadline: the kept zone serves", async () => {
    const store = new MemoryStore();
    await finishRoutineAt(apiDevice(api, { store }), "2026-03-03T01:30:00Z");
    api.settings = { kind: "slow" };
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const device = apiDevice(api, { store, settingsDeadlineMs: 50 });
      const second = await finishRoutineAt(device, "2026-03-03T23:00:00Z");
      expect(second).toContain("You're on a 2 day streak.");
      expect((await device.record()).timeZone).toBe("America/Los_Angeles");
      expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining("settings.timeZone")]);
    } finally {
      errors.mockRestore();
    }
  });

  it("a slow settings API with no zone kept leaves the day in UTC, and the reply comes", async () => {
    api.settings = { kind: "slow" };
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const device = apiDevice(api, { settingsDeadlineMs: 50 });
      const launch = await device.say("open neck coach");
      expect(launch.open).toBe(true);
      expect(await device.record()).toMatchObject({ timeZone: null, visits: 1 });
    } finally {
      errors.mockRestore();
    }
  });

  it("a failing settings API (500) is logged, and the kept zone serves", async () => {
    const store = new MemoryStore();
    await finishRoutineAt(apiDevice(api, { store }), "2026-03-03T01:30:00Z");
    api.settings = { kind: "failing" };
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const second = await finishRoutineAt(apiDevice(api, { store }), "2026-03-03T23:00:00Z");
      expect(second).toContain("You're on a 2 day streak.");
      const logged = errors.mock.calls.map((c) => String(c[0]));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain("settings.timeZone");
    } finally {
      errors.mockRestore();
    }
  });

  it("a zone the runtime does not know is not kept", async () => {
    api.settings = { kind: "zone", zone: "Mars/Olympus_Mons" };
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const device = apiDevice(api);
      await device.say("open neck coach");
      expect((await device.record()).timeZone).toBeNull();
    } finally {
      errors.mockRestore();
    }
  });
});

describe("the user's day in words follows the device's clock", () => {
  it("a returning user opening at 7 pm in California (3 am UTC) hears good evening; with the zone unknown, no part of day", async () => {
    const device = apiDevice(api);
    device.at = new Date("2026-03-02T18:00:00Z");
    await device.say("open neck coach");
    device.at = new Date("2026-03-03T03:00:00Z");
    expect((await device.say("open neck coach")).speech).toMatch(
      /^Good evening\. (Welcome back to Neck Coach|Good to hear from you again|Welcome back)\./,
    );

    const unknown = apiDevice(api);
    unknown.apiAccess = false;
    await unknown.say("open neck coach");
    unknown.at = new Date("2026-03-03T03:00:00Z");
    const plain = (await unknown.say("open neck coach")).speech;
    expect(plain).toMatch(/^(Welcome back to Neck Coach|Good to hear from you again|Hi again, welcome back)\./);
    expect(plain).not.toMatch(/good (morning|afternoon|evening)/i);
  });

  it("a routine finished at 7 pm in California ends with see you tomorrow; the next evening's, with the streak's next day", async () => {
    const device = apiDevice(api);
    // Monday 7 pm and Tuesday 10:30 pm in California: Tuesday 3 am and Wednesday 6:30 am in UTC.
    // The first finish offers the daily reminder, at the hour it is on the device, in place of the goodbye.
    const first = await finishRoutineAt(device, "2026-03-03T03:00:00Z");
    expect(first).toMatch(/Would you like a reminder to stretch every day at 7 pm\?$/);
    expect(first).not.toContain("Enjoy your evening");
    const second = await finishRoutineAt(device, "2026-03-04T06:30:00Z");
    expect(second).toMatch(/You're on a 2 day streak\. Enjoy your evening\. See you tomorrow to make it 3 days\.$/);
  });

  it("the same hour with the zone unknown is UTC's small hours: no tomorrow", async () => {
    const device = apiDevice(api);
    device.apiAccess = false;
    const speech = await finishRoutineAt(device, "2026-03-03T03:00:00Z");
    expect(speech).toMatch(/Go gently, and get some rest\.$/);
    expect(speech).not.toContain("tomorrow");
  });
});
