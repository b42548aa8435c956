/**
 * Turns SSML into what a person would hear, as text: words, with pauses and
 * sounds shown in place ("[pause 30s]", "[chime]"). Consecutive breaks merge.
 */

export type SpeechSegment =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "pause"; readonly seconds: number }
  | { readonly kind: "sound"; readonly src: string };

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? "");
}

export function segments(ssml: string): SpeechSegment[] {
  const out: SpeechSegment[] = [];
  const push = (segment: SpeechSegment) => {
    const last = out[out.length - 1];
    if (segment.kind === "pause" && last?.kind === "pause") {
      out[out.length - 1] = { kind: "pause", seconds: last.seconds + segment.seconds };
    } else if (segment.kind === "text" && last?.kind === "text") {
      out[out.length - 1] = { kind: "text", text: `${last.text} ${segment.text}` };
    } else out.push(segment);
  };
  for (const token of ssml.split(/(<[^>]+>)/)) {
    if (!token) continue;
    if (token.startsWith("<")) {
      const brk = /^<break\b[^>]*time="(\d+(?:\.\d+)?)(ms|s)"/.exec(token);
      if (brk) push({ kind: "pause", seconds: Number(brk[1]) / (brk[2] === "ms" ? 1000 : 1) });
      const audio = /^<audio\b[^>]*src="([^"]*)"/.exec(token);
      if (audio) push({ kind: "sound", src: unescape(audio[1] ?? "") });
      continue;
    }
    const text = unescape(token).replace(/\s+/g, " ").trim();
    if (text) push({ kind: "text", text });
  }
  return out;
}

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
