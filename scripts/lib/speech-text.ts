/**
 * Turns SSML into what a person would hear, as text: words, with pauses and
 * sounds shown in place ("[pause 30s]", "[chime]"). Consecutive breaks merge.
 */

import { segments, type SpeechSegment } from "../../lambda/speech/segments";

export { segments, type SpeechSegment };

function formatSeconds(seconds: number): string {
  return Number.isInteger(seconds) ? `${seconds}s` : `${seconds.toFixed(1)}s`;
}

export function segmentText(segment: SpeechSegment): string {
  switch (segment.kind) {
    case "text":
      return segment.text;
    case "pause":
      return `[pause ${formatSeconds(segment.seconds)}]`;
    case "sound":
      return "[chime]";
  }
}

/** The whole SSML as one line of text with pauses in place. */
export function ssmlToText(ssml: string): string {
  return segments(ssml).map(segmentText).join(" ");
}

/** The words alone, without pauses or sounds: "" when nothing is said. */
export function spokenText(ssml: string): string {
  return segments(ssml)
    .flatMap((segment) => (segment.kind === "text" ? [segment.text] : []))
    .join(" ");
}
