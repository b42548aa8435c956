/**
 * Every sample of every intent as one word automaton, for the conflict check
 * (sample-conflicts.ts): a trie over the samples' words and slots, where samples
 * that begin alike share a path, and behind each slot a trie of the words of
 * its type's spoken forms. Nothing is written out: a sample with two symptom
 * slots costs two trips through one form trie, not millions of sentences.
 */
import { sampleParts, type SamplePart } from "../../scripts/lib/nlu-text";

export interface ConflictIntent {
  readonly name: string;
  readonly samples: readonly string[];
  readonly slots?: readonly { readonly name: string; readonly type: string }[];
}

/** A sample that ends at a node: its intent, its words, and its place in the order clashes name samples. */
export interface SampleEnd {
  readonly intent: string;
  readonly sample: string;
  readonly place: number;
}

/** Which intents' samples end at or below a node: none, one (its index in the intents), or many. */
export const NO_INTENT = -2;
export const MANY_INTENTS = -1;

export interface SampleAutomaton {
  /** Per sample node: the node each next literal word leads to. Node 0 is the start. */
  readonly words: readonly ReadonlyMap<string, number>[];
  /** Per sample node: the node after a slot of each type. */
  readonly slots: readonly ReadonlyMap<string, number>[];
  /** Per sample node reached through a slot: the root of that type's form trie; -1 for one reached by a word. */
  readonly formRoot: readonly number[];
  readonly ends: readonly (readonly SampleEnd[])[];
  readonly reach: readonly number[];
  /** Per form-trie node: the node each next word leads to, and whether a whole form ends there. */
  readonly formWords: readonly ReadonlyMap<string, number>[];
  readonly formEnds: readonly boolean[];
  /** How many sentences the samples say with every slot filled (counted, not written out). */
  readonly sentences: number;
}

/** Lower-case words, however they were spaced. */
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "");

type Token = { readonly word: string } | { readonly type: string };

/** A sample's words and slot types; throws on a slot joined to letters, which whole-word matching cannot judge. */
function tokens(intent: ConflictIntent, sample: string, typeOf: ReadonlyMap<string, string>): Token[] {
  // Split before lower-casing: slot names keep their case ("symptomTwo").
  const parts = sampleParts(sample.trim());
  const joinedTo = (part: SamplePart | undefined, edge: RegExp) =>
    part !== undefined && ("slot" in part || !edge.test(part.literal));
  return parts.flatMap((part, i): Token[] => {
    if (!("slot" in part)) return wordsOf(part.literal).map((word) => ({ word }));
    if (joinedTo(parts[i - 1], /\s$/) || joinedTo(parts[i + 1], /^\s/))
      throw new Error(`${intent.name} "${sample}": a slot joined to other letters; the conflict check compares words`);
    return [{ type: typeOf.get(part.slot) ?? "" }];
  });
}

const joinReach = (a: number, b: number): number =>
  a === NO_INTENT || a === b ? b : b === NO_INTENT ? a : MANY_INTENTS;

/**
 * Samples with more than `writtenOut` sentences are placed after all others, so
 * a clash names them (as when such samples were matched after the written-out
 * ones); free-text (AMAZON.*) samples are left out.
 */
export function buildAutomaton(
  intents: readonly ConflictIntent[],
  formsOf: ReadonlyMap<string, readonly string[]>,
  writtenOut: number,
): SampleAutomaton {
  const words: Map<string, number>[] = [new Map()];
  const slots: Map<string, number>[] = [new Map()];
  const formRoot = [-1];
  const ends: SampleEnd[][] = [[]];
  const ownReach = [NO_INTENT];
  const formWords: Map<string, number>[] = [];
  const formEnds: boolean[] = [];
  const roots = new Map<string, number>();
  const rootOf = (type: string): number => {
    const known = roots.get(type);
    if (known !== undefined) return known;
    const root = formWords.push(new Map()) - 1;
    formEnds.push(false);
    for (const form of formsOf.get(type) ?? []) {
      let node = root;
      for (const word of wordsOf(form)) {
        let next = formWords[node]?.get(word);
        if (next === undefined) {
          next = formWords.push(new Map()) - 1;
          formEnds.push(false);
          formWords[node]?.set(word, next);
        }
        node = next;
      }
      formEnds[node] = true;
    }
    roots.set(type, root);
    return root;
  };
  const child = (node: number, token: Token): number => {
    const edges = "word" in token ? words[node] : slots[node];
    const key = "word" in token ? token.word : token.type;
    const known = edges?.get(key);
    if (known !== undefined) return known;
    const made = words.push(new Map()) - 1;
    slots.push(new Map());
    formRoot.push("type" in token ? rootOf(token.type) : -1);
    ends.push([]);
    ownReach.push(NO_INTENT);
    edges?.set(key, made);
    return made;
  };

  let sentences = 0;
  const found: { end: Omit<SampleEnd, "place">; node: number; large: boolean }[] = [];
  for (const [index, intent] of intents.entries()) {
    const typeOf = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    for (const sample of intent.samples) {
      const sampleTokens = tokens(intent, sample, typeOf);
      if (sampleTokens.some((token) => "type" in token && token.type.startsWith("AMAZON."))) continue;
      const count = sampleTokens.reduce(
        (n, token) => ("type" in token ? n * (formsOf.get(token.type)?.length ?? 0) : n),
        1,
      );
      sentences += count;
      const node = sampleTokens.reduce(child, 0);
      ownReach[node] = joinReach(ownReach[node] ?? NO_INTENT, index);
      found.push({ end: { intent: intent.name, sample }, node, large: count > writtenOut });
    }
  }
  const ordered = [...found.filter((f) => !f.large), ...found.filter((f) => f.large)];
  for (const [place, { end, node }] of ordered.entries()) ends[node]?.push({ ...end, place });

  // Children are made after their parents: from the last node back, each node's reach is complete.
  const reach = [...ownReach];
  for (let node = reach.length - 1; node >= 0; node -= 1)
    for (const next of [...(words[node]?.values() ?? []), ...(slots[node]?.values() ?? [])])
      reach[node] = joinReach(reach[node] ?? NO_INTENT, reach[next] ?? NO_INTENT);
  return { words, slots, formRoot, ends, reach, formWords, formEnds, sentences };
}
