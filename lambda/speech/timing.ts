/**
 * How long some SSML takes to say, estimated: speech at 150 words a minute,
 * plus every pause and chime. Routines announce the length this gives;
 * tests, npm run pacing and the simulator's real-time waits use it too.
 */
import { segments, type SpeechSegment } from "./segments";
import { CHIME_SECONDS } from "./ssml";

/** Alexa's speaking rate used for estimates: about 150 words a minute. */
export const WORDS_PER_MINUTE = 150;

/** Seconds of silence in the <break> tags of some SSML. */
export function breakSeconds(ssml: string): number {
  return segments(ssml).reduce((total, segment) => (segment.kind === "pause" ? total + segment.seconds : total), 0);
}

/** Words in some text, as a listener hears them: tokens with a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(" ").filter((w) => /[a-z0-9]/i.test(w)).length;
}

/** How long one segment takes: its words at 150 a minute, a pause its length, a chime CHIME_SECONDS. */
export function segmentSeconds(segment: SpeechSegment): number {
  switch (segment.kind) {
    case "text":
      return (wordCount(segment.text) * 60) / WORDS_PER_MINUTE;
    case "pause":
      return segment.seconds;
    case "sound":
      return CHIME_SECONDS;
  }
}

export interface TimedSegment {
  readonly segment: SpeechSegment;
  readonly seconds: number;
}

/** Each segment of some SSML with the time it takes to hear: what real-time playback waits for. */
export function timedSegments(ssml: string): TimedSegment[] {
  return segments(ssml).map((segment) => ({ segment, seconds: segmentSeconds(segment) }));
}

/** Estimated length of some SSML when spoken: speech at 150 words a minute, plus pauses and chimes. */
export function estimateSeconds(ssml: string): number {
  return timedSegments(ssml).reduce((total, { seconds }) => total + seconds, 0);
}
