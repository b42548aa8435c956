import { contentFor } from "../../models/locales";
import { WORDS } from "../../models/content/prompts";
import { describe, expect, it } from "vitest";
import { ROUTINES } from "../../models/content/routines";
import { holdSpeech } from "../../lambda/routine/narration";
import { routineSsml } from "../../lambda/speech/replies/routine";
import { pause } from "../../lambda/speech/ssml";
import { spokenText } from "../../scripts/lib/speech-text";
import { breakSeconds, estimateSeconds } from "../../scripts/lib/speech-timing";

describe("announced length matches the narrated length", () => {
  for (const routine of ROUTINES) {
    it(`${routine.name}: about ${routine.minutes} minutes, within 10 per cent`, () => {
      const seconds = routineSsml({ routineId: routine.id, index: 0, continuous: false }, contentFor("en-US")).reduce((sum, ssml) => sum + estimateSeconds(ssml), 0);
      const announced = routine.minutes * 60;
      expect(Math.abs(seconds - announced) / announced, `${routine.name}: ${seconds.toFixed(0)} s narrated vs ${announced} s announced`).toBeLessThanOrEqual(0.1);
    });
  }
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
