/**
 * How text becomes search terms, the same at build time (the index) and at
 * request time (the query): lower case words, stop words dropped, each word
 * kept with its Porter stem, so "benching", "stretches" and "rolled" also
 * meet "bench", "stretch" and "roll".
 */
import { stemmer } from "stemmer";

/**
 * Words that carry no topic: the carrier phrases around a question ("what
 * about", "tell me about", "is ... bad for my neck", "does ... help"), English
 * function words, and "neck", which every topic shares. "Pain" stays: it
 * tells what to do for pain apart from a lift.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after again all also am an and any anything are as at be bad been before being but by can cant could
  did do does doesnt doing done dont during else ever for from get gets getting go going good got had has have
  help helps helping helpful how hurt hurts hurting i if im in into is isnt it its just know let like lot make
  me might more much my myself neck necks no not of off ok okay on one or our out over please really safe
  say should so some something tell than that thats the their them then there these they thing things
  this those to too us very want was way we well were what whats when where which while who why will
  with without would you your yours`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** The words of a text, as written (apostrophes kept inside a word: "what's"). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A word's search terms: the word and, when it differs, its stem, so the exact
 * word counts twice ("boxing" is nearer "boxing" than "box jumps"); none when
 * it carries no topic.
 */
export function processTerm(word: string): string[] | null {
  const lower = word.toLowerCase().replace(/'/g, "");
  if (lower.length < 2 || STOP_WORDS.has(lower) || /^\d+$/.test(lower)) return null;
  const stem = stemmer(lower);
  return stem === lower ? [lower] : [lower, stem];
}

/** The search terms of a text, in order. */
export function termsOf(text: string): string[] {
  return tokenize(text).flatMap((word) => processTerm(word) ?? []);
}
