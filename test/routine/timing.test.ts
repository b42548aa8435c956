import { describe, expect, it } from "vitest";
import { NORMAL_PACE, PACE_CHANGES, holdSeconds, HOLD_GUIDANCE } from "../../models/content/pacing";
import { WORDS } from "../../models/content/prompts";
import { aboutMinutes } from "../../lambda/speech/wording";
import { ROUTINES } from "../../models/content/routines";
import { STRETCHES } from "../../models/content/stretches";
import { contentFor, SUPPORTED_LOCALES } from "../../models/locales";
import { holdSpeech, movementSeconds } from "../../lambda/speech/narration";
import { CHANGE_SECONDS, routineLength, routineSsml } from "../../lambda/speech/replies/routine";
import { pause } from "../../lambda/speech/ssml";
import { spokenText } from "../../scripts/lib/speech-text";
import { breakSeconds, estimateSeconds } from "../../scripts/lib/speech-timing";
import { announcedSeconds } from "../support/lengths";

const PACES = Object.entries(PACE_CHANGES).map(([name, change]) => [name, { ...NORMAL_PACE, ...change }] as const);

describe("announced length matches the narrated length, at every pace", () => {
  for (const routine of ROUTINES) {
    for (const [paceName, pace] of PACES) {
      it(`${routine.name}, ${paceName}: within 10 per cent`, () => {
        const content = contentFor("en-US");
        // The narration, and a few seconds to change position between stretches (saying "next").
        const real =
          routineSsml(routine.id, content, pace).reduce((sum, ssml) => sum + estimateSeconds(ssml), 0) +
          (routine.items.length - 1) * CHANGE_SECONDS;
        const announced = announcedSeconds(routineLength(routine.id, content, pace));
        expect(
          Math.abs(real - announced) / real,
          `${routine.name} at ${paceName}: ${real.toFixed(0)} s narrated, ${announced} s announced`,
        ).toBeLessThanOrEqual(0.1);
      });
    }
  }

  it.each(SUPPORTED_LOCALES)("%s announces the same lengths as its narration", (locale) => {
    const content = contentFor(locale);
    for (const routine of ROUTINES) {
      const real =
        routineSsml(routine.id, content).reduce((sum, ssml) => sum + estimateSeconds(ssml), 0) +
        (routine.items.length - 1) * CHANGE_SECONDS;
      expect(
        Math.abs(real - announcedSeconds(routineLength(routine.id, content, NORMAL_PACE))) / real,
      ).toBeLessThanOrEqual(0.1);
    }
  });

  it("says lengths as a person would, to the nearest quarter minute", () => {
    expect(aboutMinutes(20)).toBe("about fifteen seconds");
    expect(aboutMinutes(60)).toBe("about a minute");
    expect(aboutMinutes(97)).toBe("about a minute and a half");
    expect(aboutMinutes(150)).toBe("about two and a half minutes");
    expect(aboutMinutes(248)).toBe("just over four minutes");
    expect(aboutMinutes(290)).toBe("just under five minutes");
    expect(aboutMinutes(300)).toBe("about five minutes");
    expect(aboutMinutes(105)).toBe("just under two minutes");
    for (const seconds of [20, 60, 97, 150, 248, 290, 300, 105, 500])
      expect(aboutMinutes(seconds)).not.toMatch(/\d|three quarter/);
    expect(announcedSeconds(aboutMinutes(248))).toBe(255);
    expect(announcedSeconds(aboutMinutes(290))).toBe(285);
    expect(announcedSeconds(aboutMinutes(150))).toBe(150);
  });
});

describe("holds follow current guidance for static stretching (about 15 to 30 seconds)", () => {
  const staticHolds = STRETCHES.flatMap((s) =>
    s.movements.filter((m) => m.kind === "hold" && m.seconds >= HOLD_GUIDANCE.minSeconds).map((m) => [s, m] as const),
  );

  it("every static hold in every routine, at the normal pace, is 15 to 30 seconds", () => {
    expect(staticHolds.length).toBeGreaterThan(0);
    for (const routine of ROUTINES) {
      for (const item of routine.items) {
        for (const [stretch, movement] of staticHolds) {
          if (stretch.id !== item.stretch) continue;
          const seconds = movementSeconds(movement, item, NORMAL_PACE);
          expect(seconds, `${routine.name}: ${stretch.name}`).toBeGreaterThanOrEqual(15);
          expect(seconds, `${routine.name}: ${stretch.name}`).toBeLessThanOrEqual(30);
        }
      }
    }
  });

  it("longer holds stay within 45 seconds, shorter ones at 15 or more; a strength hold only scales", () => {
    expect(holdSeconds(30, "long")).toBe(45);
    expect(holdSeconds(20, "short")).toBe(15);
    expect(holdSeconds(20, "normal")).toBe(20);
    expect(holdSeconds(5, "long")).toBe(8);
    expect(holdSeconds(5, "short")).toBe(4);
  });
});

describe("pauses", () => {
  it("chains breaks of at most 10 s", () => {
    expect(pause(30)).toBe('<break time="10s"/><break time="10s"/><break time="10s"/>');
    expect(pause(12.5)).toBe('<break time="10s"/><break time="2500ms"/>');
    expect(pause(0)).toBe("");
    expect(breakSeconds(pause(47))).toBe(47);
  });

  it("a long hold is silent for exactly its length, with sparse cues", () => {
    for (const seconds of [5, 10, 14, 15, 20, 25, 30]) {
      const ssml = holdSpeech(seconds, 0, WORDS.holdCues).toSsml();
      expect(breakSeconds(ssml)).toBe(seconds);
      const cues = spokenText(ssml);
      if (seconds < 15) expect(cues).toBe("");
      else expect(cues).toMatch(/^Halfway/);
    }
    expect(holdSpeech(30, 0, WORDS.holdCues).toSsml()).toMatch(/Five more seconds\.\s*<break time="5s"\/>$/);
  });

  it("estimates speech at 150 words a minute plus pauses", () => {
    const ssml = `${"word ".repeat(150)}${pause(20)}`;
    expect(estimateSeconds(ssml)).toBe(80);
  });
});
