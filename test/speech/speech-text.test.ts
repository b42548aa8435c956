import { describe, expect, it } from "vitest";
import { spokenText, ssmlToText } from "../../scripts/lib/speech-text";

const SSML =
  '<speak><audio src="soundbank://chime"/>Here&apos;s the chin tuck.<break time="10s"/><break time="5s"/>Hold it &amp; breathe.</speak>';

describe("speech as text", () => {
  it("ssmlToText shows pauses (merged) and sounds in place", () => {
    expect(ssmlToText(SSML)).toBe("[chime] Here's the chin tuck. [pause 15s] Hold it & breathe.");
  });

  it("spokenText keeps the words alone", () => {
    expect(spokenText(SSML)).toBe("Here's the chin tuck. Hold it & breathe.");
  });

  it("spokenText is empty when nothing is said", () => {
    expect(spokenText('<speak><audio src="soundbank://chime"/><break time="2s"/></speak>')).toBe("");
    expect(spokenText("<speak></speak>")).toBe("");
  });
});
