/**
 * SSML for Alexa, built in one place. Every platform limit lives here:
 * a <break> is at most 10 s, outputSpeech at most 8,000 characters,
 * at most five <audio> tags per response. Text is escaped exactly once, here.
 */

export const MAX_BREAK_SECONDS = 10;
export const MAX_SPEECH_CHARS = 8000;
export const MAX_AUDIO_TAGS = 5;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Characters XML 1.0 does not allow at all, escaped or not: control characters, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Anything escapeText has to change: markup characters, controls, surrogates, non-characters. */
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes plain text for SSML, dropping characters XML cannot carry. Call it once on raw text, never on SSML. */
export function escapeText(text: string): string {
  // Almost all text (the content itself) needs nothing: one test, no copy.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * Silence of `seconds`, as a chain of breaks of at most 10 s each
 * (a 25 s hold is 10 s + 10 s + 5 s). Zero or less is no pause.
 */
export function pause(seconds: number): string {
  let remainingMs = Math.round(seconds * 1000);
  const breaks: string[] = [];
  while (remainingMs > 0) {
    const ms = Math.min(remainingMs, MAX_BREAK_SECONDS * 1000);
    breaks.push(ms % 1000 === 0 ? `<break time="${ms / 1000}s"/>` : `<break time="${ms}ms"/>`);
    remainingMs -= ms;
  }
  return breaks.join("");
}

/** Alexa sound-library chimes used between stretches. */
export const CHIMES = [
  "soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01",
  "soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_02",
  "soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_03",
] as const;
/** Our estimate of a short chime's length, used in timing. */
export const CHIME_SECONDS = 1;

export function audio(src: string): string {
  return `<audio src="${escapeText(src)}"/>`;
}

/** Wraps inner SSML in <speak>. */
export function speak(inner: string): string {
  return `<speak>${inner}</speak>`;
}

/** Counts the <audio> tags in SSML. */
export function audioCount(ssml: string): number {
  return (ssml.match(/<audio\b/g) ?? []).length;
}

/**
 * A piece of speech under construction: text (escaped as it is added),
 * pauses and audio, joined with single spaces.
 */
export class Speech {
  private readonly parts: string[] = [];

  /** Adds plain text (escaped). Empty text is skipped. */
  say(...texts: readonly string[]): this {
    for (const text of texts) {
      const trimmed = text.trim();
      if (trimmed) this.parts.push(escapeText(trimmed));
    }
    return this;
  }

  pause(seconds: number): this {
    const p = pause(seconds);
    if (p) this.parts.push(p);
    return this;
  }

  audio(src: string): this {
    this.parts.push(audio(src));
    return this;
  }

  /** Adds SSML built by another Speech. */
  append(other: Speech | string): this {
    const ssml = typeof other === "string" ? other : other.toSsml();
    if (ssml) this.parts.push(ssml);
    return this;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toSsml(): string {
    return this.parts.join(" ");
  }
}

/** Starts a Speech with the given plain text. */
export function says(...texts: readonly string[]): Speech {
  return new Speech().say(...texts);
}
