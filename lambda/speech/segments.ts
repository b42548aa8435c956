/**
 * SSML as a list of what is heard: text, pauses (consecutive breaks merged)
 * and sounds. Read by the timing estimate and by the tools that show speech.
 */

export type SpeechSegment =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "pause"; readonly seconds: number }
  | { readonly kind: "sound"; readonly src: string };

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
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
      if (audio) push({ kind: "sound", src: unescapeXml(audio[1] ?? "") });
      continue;
    }
    const text = unescapeXml(token).replace(/\s+/g, " ").trim();
    if (text) push({ kind: "text", text });
  }
  return out;
}
