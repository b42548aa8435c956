import { NUMBER_WORDS } from "../../models/content/prompts";
/** Lengths as the skill says them, back to numbers. */

function count(word: string): number {
  if (word === "a") return 1;
  const n = NUMBER_WORDS.indexOf(word);
  return n >= 0 ? n : Number(word);
}

/** "about two and a half minutes", "just under five minutes" back to seconds. */
export function announcedSeconds(text: string): number {
  const short: Record<string, number> = {
    "about fifteen seconds": 15,
    "about half a minute": 30,
    "just under a minute": 45,
  };
  if (short[text] !== undefined) return short[text];
  const half = /^about (a|\w+) (?:minute and a half|and a half minutes)$/.exec(text);
  if (half?.[1]) return count(half[1]) * 60 + 30;
  const match = /^(about|just over|just under) (a|\w+) minutes?$/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`Not a length: ${text}`);
  const whole = count(match[2]) * 60;
  if (Number.isNaN(whole)) throw new Error(`Not a length: ${text}`);
  return match[1] === "about" ? whole : match[1] === "just over" ? whole + 15 : whole - 15;
}
