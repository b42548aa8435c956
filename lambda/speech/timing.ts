/**
 * How long some SSML takes to say, estimated: speech at 150 words a minute,
 * plus every pause and chime. Routines announce the length this gives, and
 * tests hold the narration to it.
 */
import { segments } from "./segments";
import { CHIME_SECONDS } from "./ssml";

/** Alexa's speaking rate used for estimates: about 150 words a minute. */
export const WORDS_PER_MINUTE = 150;

/** Seconds of silence in the <break> tags of some SSML. */
export function breakSeconds(ssml: string): number {
  return segments(ssml).reduce((total, segment) => (segment.kind === "pause" ? total + segment.seconds : total), 0);
}

/** Estimated length of some SSML when spoken: speech at 150 words a minute, plus pauses and chimes. */
export function estimateSeconds(ssml: string): number {
  let words = 0;
  let seconds = 0;
  for (const segment of segments(ssml)) {
    if (segment.kind === "text") words += segment.text.split(" ").filter((w) => /[a-z0-9]/i.test(w)).length;
    else if (segment.kind === "pause") seconds += segment.seconds;
    else seconds += CHIME_SECONDS;
  }
  return (words * 60) / WORDS_PER_MINUTE + seconds;
}
