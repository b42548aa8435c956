import { CHIME_SECONDS } from "./ssml";

/** Alexa's speaking rate used for estimates: about 150 words a minute. */
export const WORDS_PER_MINUTE = 150;

/** Seconds of silence in the <break> tags of some SSML. */
export function breakSeconds(ssml: string): number {
  let total = 0;
  for (const m of ssml.matchAll(/<break\b[^>]*\btime="(\d+(?:\.\d+)?)(ms|s)"/g)) {
    const value = Number(m[1]);
    total += m[2] === "ms" ? value / 1000 : value;
  }
  return total;
}

/** Words spoken in some SSML (tags removed). */
export function spokenWords(ssml: string): number {
  const text = ssml.replace(/<[^>]*>/g, " ");
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
}

/** Estimated length of some SSML when spoken: speech at 150 words a minute, plus pauses and chimes. */
export function estimateSeconds(ssml: string): number {
  const chimes = (ssml.match(/<audio\b/g) ?? []).length;
  return (spokenWords(ssml) * 60) / WORDS_PER_MINUTE + breakSeconds(ssml) + chimes * CHIME_SECONDS;
}
