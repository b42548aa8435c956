/**
 * What is said, as Alexa passes it on: lower case, no punctuation, and without
 * the words that only reach the skill ("alexa, ask neck coach to ...").
 */

/** Lower case, punctuation gone (apostrophes within or closing a word and hyphens within one kept), single spaces. */
export function spoken(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, " ")
    .replace(/(^|\s)['-]+/g, "$1")
    .replace(/-+(?=\s|$)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Launch words that put a request to a skill, and the connecting words Alexa
 * drops after the invocation name ("Understand How Users Invoke Custom Skills",
 * developer.amazon.com/en-US/docs/alexa/custom-skills/understanding-how-users-invoke-custom-skills.html).
 * Question words ("how", "what", "why", ...) are part of the request and stay:
 * "ask neck coach how to do a chin tuck" sends "how to do a chin tuck".
 */
const LAUNCH_WORDS = ["ask", "tell", "open", "start", "launch", "begin", "load", "run", "use", "talk to", "play"];
const CONNECTING_WORDS = ["to", "for", "about", "if", "whether", "and", "that"];
/** "<request> using neck coach", "... with neck coach", "... from neck coach". */
const TRAILING_WORDS = ["using", "with", "from", "on", "in"];

/**
 * The request inside a one-shot, as the skill receives it: the wake word, the
 * launch phrase with the invocation name and a connecting word are stripped
 * ("alexa ask neck coach to start the quick routine" -> "start the quick
 * routine"). Text without the invocation name loses only a leading wake word.
 * A bare launch ("open neck coach") leaves "". Works on `spoken` text.
 */
export function stripInvocation(text: string, invocationName: string): string {
  const name = escapeRegex(spoken(invocationName));
  const words = (list: readonly string[]) => list.map((w) => escapeRegex(w).replace(/ /g, "\\s+")).join("|");
  const withoutWake = text.replace(/^(?:hey\s+)?alexa\b\s*/, "");
  const leading = new RegExp(
    `^(?:please\\s+)?(?:${words(LAUNCH_WORDS)})\\s+${name}(?:\\s+(?:${words(CONNECTING_WORDS)}))?(?:\\s+|$)`,
  );
  if (leading.test(withoutWake)) return withoutWake.replace(leading, "").trim();
  const trailing = new RegExp(`\\s+(?:${words(TRAILING_WORDS)})\\s+${name}$`);
  return withoutWake.replace(trailing, "").trim();
}

/** What a matcher is given for a corpus phrasing: spoken form, invocation stripped. */
export function requestText(text: string, invocationName: string): string {
  return stripInvocation(spoken(text), invocationName);
}

/**
 * The form two phrasings are compared in when checking that no `check` phrasing
 * was copied into the samples: case, whitespace and punctuation do not count
 * (apostrophes dropped, hyphens as spaces).
 */
export function comparable(text: string): string {
  return spoken(text).replace(/'/g, "").replace(/-/g, " ").replace(/\s+/g, " ").trim();
}

export type SamplePart = { readonly literal: string } | { readonly slot: string };

/** A sample split into its words and its {slot} references. */
export function sampleParts(sample: string): SamplePart[] {
  const parts: SamplePart[] = [];
  let last = 0;
  for (const match of sample.matchAll(/\{([^}]+)\}/g)) {
    if (match.index > last) parts.push({ literal: sample.slice(last, match.index) });
    parts.push({ slot: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < sample.length) parts.push({ literal: sample.slice(last) });
  return parts;
}

/**
 * A regular expression for a sample with its slots filled: each word part in
 * `normalise`d form, each slot as the pattern `slotPattern` gives (a group, an
 * alternation of values...). Parts are joined by single spaces, as normalised text is.
 */
export function sampleRegex(
  sample: string,
  slotPattern: (slot: string) => string,
  normalise: (text: string) => string,
): RegExp {
  const pieces = sampleParts(sample)
    .map((part) => ("slot" in part ? slotPattern(part.slot) : escapeRegex(normalise(part.literal))))
    .filter((piece) => piece !== "");
  return new RegExp(`^${pieces.join(" ")}$`);
}

/** An alternation matching any of `forms` exactly (longest first), in `normalise`d form. */
export function alternation(forms: readonly string[], normalise: (text: string) => string): string {
  const unique = [...new Set(forms.map(normalise).filter((f) => f !== ""))].sort((a, b) => b.length - a.length);
  return `(?:${unique.map(escapeRegex).join("|")})`;
}
