import { LENGTH_TALK } from "../../models/content/prompts";

/** Choosing among the content's wordings, and saying a length: the logic; the words are in models/content. */

/** One of `variants` by position, the same way every time (any integer, wrapping round). */
export function pick<T>(variants: readonly T[], index: number): T {
  const i = ((Math.trunc(index) % variants.length) + variants.length) % variants.length;
  const chosen = variants[i];
  if (chosen === undefined) throw new Error("pick: no variants");
  return chosen;
}

/**
 * A length as a person says it, to the nearest quarter minute: "about five
 * minutes", "just over two minutes", "about two and a half minutes", "just
 * under five minutes".
 */
export function aboutMinutes(seconds: number, words: typeof LENGTH_TALK = LENGTH_TALK): string {
  const quarters = Math.max(1, Math.round(seconds / 15));
  const whole = Math.floor(quarters / 4);
  const part = quarters % 4;
  if (whole === 0) return words.underAMinute[part - 1] ?? "";
  if (part === 0) return words.about(whole);
  if (part === 1) return words.justOver(whole);
  if (part === 2) return words.andAHalf(whole);
  return words.justUnder(whole + 1);
}
