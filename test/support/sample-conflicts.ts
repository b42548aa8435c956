/**
 * Utterance conflicts as Alexa's build reports them: two intents whose
 * samples, with their slots filled by any value or synonym, say the same
 * words. Samples are written out in full; one with more sentences than
 * `writtenOut` (two symptoms: thousands squared) is matched piece by piece
 * against the written-out sentences of other intents that begin as it can,
 * each slot by set lookup.
 */
const SLOT_REF = /\{([^}]*)\}/g;

export interface ConflictIntent {
  readonly name: string;
  readonly samples: readonly string[];
  readonly slots?: readonly { readonly name: string; readonly type: string }[];
}

type Part = { readonly literal: string } | { readonly forms: ReadonlySet<string> };

const MOST_PREFIXES = 100_000;

/**
 * What every sentence of these parts begins with: its slots filled, up to the
 * last one, or up to the one that would make more than MOST_PREFIXES (a shorter
 * beginning, still one every sentence has).
 */
function prefixes(parts: readonly Part[]): string[] {
  const last = parts.findLastIndex((part) => !("literal" in part));
  let found = [""];
  for (const part of parts.slice(0, last)) {
    if ("literal" in part) found = found.map((p) => p + part.literal);
    else if (found.length * part.forms.size > MOST_PREFIXES) break;
    else found = found.flatMap((p) => [...part.forms].map((f) => p + f));
  }
  return found;
}

/** The sentences of `sorted` (in code unit order) that begin with `prefix`. */
function beginningWith(sorted: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? "") < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && (sorted[end] ?? "").startsWith(prefix)) end += 1;
  return sorted.slice(low, end);
}

/** True when `text` from `at` is `parts` from `i`: literals as written, each slot one of its forms. */
function matches(text: string, parts: readonly Part[], i: number, at: number): boolean {
  const part = parts[i];
  if (part === undefined) return at === text.length;
  if ("literal" in part)
    return text.startsWith(part.literal, at) && matches(text, parts, i + 1, at + part.literal.length);
  const next = parts[i + 1];
  if (next === undefined) return part.forms.has(text.slice(at));
  if ("literal" in next && next.literal !== "") {
    for (let end = text.indexOf(next.literal, at + 1); end >= 0; end = text.indexOf(next.literal, end + 1))
      if (part.forms.has(text.slice(at, end)) && matches(text, parts, i + 1, end)) return true;
    return false;
  }
  for (let end = at + 1; end <= text.length; end += 1)
    if (part.forms.has(text.slice(at, end)) && matches(text, parts, i + 1, end)) return true;
  return false;
}

/** Every clash, as `"words": FirstIntent and SecondIntent ("sample")`; free-text (AMAZON.*) slots are left out. */
export function sampleConflicts(
  intents: readonly ConflictIntent[],
  formsOf: ReadonlyMap<string, readonly string[]>,
  writtenOut = 20_000,
): { readonly clashes: string[]; readonly sentences: number } {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  const patterns: { intent: string; sample: string; parts: Part[] }[] = [];
  for (const intent of intents) {
    const typeOf = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    for (const sample of intent.samples) {
      const refs = [...sample.matchAll(SLOT_REF)].map((m) => m[1] ?? "");
      if (refs.some((ref) => typeOf.get(ref)?.startsWith("AMAZON."))) continue;
      const formsFor = (ref: string) => formsOf.get(typeOf.get(ref) ?? "") ?? [];
      // Split before lower-casing: slot names keep their case ("symptomTwo").
      const pieces = sample.trim().split(SLOT_REF);
      if (refs.reduce((n, ref) => n * formsFor(ref).length, 1) > writtenOut) {
        const parts = pieces
          .map(
            (piece, i): Part => (i % 2 === 0 ? { literal: piece.toLowerCase() } : { forms: new Set(formsFor(piece)) }),
          )
          .filter((part) => !("literal" in part) || part.literal !== "");
        patterns.push({ intent: intent.name, sample, parts });
        continue;
      }
      let texts = [""];
      for (const [i, piece] of pieces.entries())
        texts =
          i % 2 === 0
            ? texts.map((text) => text + piece.toLowerCase())
            : texts.flatMap((text) => formsFor(piece).map((form) => text + form));
      for (const text of texts) {
        const previous = owner.get(text);
        if (previous !== undefined && previous !== intent.name)
          clashes.push(`"${text}": ${previous} and ${intent.name} ("${sample}")`);
        else owner.set(text, intent.name);
      }
    }
  }
  const sorted = [...owner.keys()].sort();
  for (const { intent, sample, parts } of patterns) {
    const starts = prefixes(parts);
    const candidates = new Set(starts.flatMap((start) => beginningWith(sorted, start)));
    for (const text of candidates)
      if (owner.get(text) !== intent && matches(text, parts, 0, 0))
        clashes.push(`"${text}": ${owner.get(text)} and ${intent} ("${sample}")`);
  }
  return { clashes, sentences: owner.size };
}
