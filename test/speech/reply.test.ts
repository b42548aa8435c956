import { describe, expect, it } from "vitest";
import { fitSpeech } from "../../lambda/speech/reply";
import { MAX_SPEECH_CHARS, pause, speak } from "../../lambda/speech/ssml";

describe("fitSpeech keeps speech within Alexa's 8,000 characters", () => {
  const budget = MAX_SPEECH_CHARS - speak("").length;

  it("leaves speech that fits untouched", () => {
    expect(fitSpeech("Sit tall.")).toBe("Sit tall.");
  });

  it("cuts after the last whole sentence or tag", () => {
    const long = `${"Sit tall. ".repeat(500)}${pause(10)} ${"Breathe out. ".repeat(500)}`;
    const fitted = fitSpeech(long);
    expect(fitted.length).toBeLessThanOrEqual(budget);
    expect(fitted).toMatch(/(\.|\/>)$/);
  });

  it("cuts between words, never inside a tag or an entity, when there is no sentence to cut after", () => {
    const long = `${"word&amp;word ".repeat(800)}`;
    const fitted = fitSpeech(long);
    expect(fitted.length).toBeLessThanOrEqual(budget);
    expect(fitted.length).toBeGreaterThan(0);
    expect(fitted).toMatch(/word$/);
  });
});
