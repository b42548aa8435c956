/**
 * The user's own day in words, as pure functions on plain data: the part of
 * the day an hour on the device's clock falls in, the launch greeting of a
 * returning user, and the goodbye after a finished routine ("see you
 * tomorrow", the streak's next day), never "tomorrow" in the small hours.
 */
import { describe, expect, it } from "vitest";
import { contentFor } from "../../models/locales";
import { defaultRecord } from "../../lambda/persistence/user-record";
import { finishedSpeech } from "../../lambda/speech/replies/routine";
import { welcomeReply } from "../../lambda/speech/replies/welcome";
import { partOfDay } from "../../lambda/domain/part-of-day";
import { spokenText } from "../../scripts/lib/speech-text";

const content = contentFor("en-US");
const returning = { ...defaultRecord(), visits: 3, disclaimerHeard: true };

describe("partOfDay", () => {
  it("names every hour of the day, with the edges where they turn", () => {
    const parts = Array.from({ length: 24 }, (_, hour) => partOfDay(hour));
    expect(parts.indexOf("morning")).toBe(5);
    expect(parts.lastIndexOf("morning")).toBe(11);
    expect(parts.indexOf("afternoon")).toBe(12);
    expect(parts.lastIndexOf("afternoon")).toBe(16);
    expect(parts.indexOf("evening")).toBe(17);
    expect(parts.lastIndexOf("evening")).toBe(23);
    expect(parts.slice(0, 5)).toEqual(["night", "night", "night", "night", "night"]);
  });

  it("is night for anything that is not an hour, so nothing is said that could be wrong", () => {
    expect(partOfDay(Number.NaN)).toBe("night");
    expect(partOfDay(24)).toBe("night");
    expect(partOfDay(-1)).toBe("night");
  });
});

describe("the launch greeting of a returning user", () => {
  const greeting = (hour: number): string =>
    spokenText(welcomeReply(returning, true, content, hour).reply.speech.toSsml());

  it("names the part of the day, then welcomes back", () => {
    expect(greeting(7)).toMatch(
      /^Good morning\. (Welcome back to Neck Coach|Good to hear from you again|Welcome back)\./,
    );
    expect(greeting(13)).toMatch(/^Good afternoon\. /);
    expect(greeting(19)).toMatch(/^Good evening\. /);
  });

  it("in the small hours is a plain welcome back", () => {
    expect(greeting(2)).toMatch(/^(Welcome back to Neck Coach|Good to hear from you again|Hi again, welcome back)\./);
    expect(greeting(2)).not.toMatch(/good (morning|afternoon|evening)/i);
  });

  it("is not said to a first-time user, whose welcome stays the same at any hour", () => {
    const first = { ...defaultRecord(), visits: 1 };
    const at = (hour: number): string => spokenText(welcomeReply(first, true, content, hour).reply.speech.toSsml());
    expect(at(19)).toBe(at(2));
    expect(at(19)).toMatch(/^Welcome to Neck Coach/);
  });
});

describe("the goodbye after a finished routine", () => {
  const goodbye = (hour: number, streakDays: number): string =>
    spokenText(finishedSpeech({ ...returning, routinesFinished: 4, streakDays }, 0, content, hour).toSsml());

  it("in the evening: enjoy your evening, see you tomorrow, and the streak's next day", () => {
    expect(goodbye(20, 3)).toMatch(
      /You're on a 3 day streak\. Enjoy your evening\. See you tomorrow to make it 4 days\.$/,
    );
  });

  it("without a streak yet: see you tomorrow", () => {
    expect(goodbye(9, 1)).toMatch(/That's 4 routines finished\. Enjoy the rest of your morning\. See you tomorrow\.$/);
    expect(goodbye(14, 0)).toMatch(/Enjoy the rest of your afternoon\. See you tomorrow\.$/);
  });

  it("in the small hours: no tomorrow, which would mean later today", () => {
    expect(goodbye(1, 3)).toMatch(/You're on a 3 day streak\. Go gently, and get some rest\.$/);
    expect(goodbye(1, 3)).not.toContain("tomorrow");
  });

  it("a closing given in its place replaces the goodbye (the strength routine's offer)", () => {
    const speech = spokenText(
      finishedSpeech({ ...returning, routinesFinished: 3, streakDays: 2 }, 0, content, 20, "Shall we?").toSsml(),
    );
    expect(speech).toMatch(/streak\. Shall we\?$/);
    expect(speech).not.toContain("tomorrow");
  });
});
