/**
 * Utterance conflicts as Alexa's build reports them: two intents whose
 * samples, with their slots filled by any value or synonym, say the same
 * words (case and spacing aside).
 *
 * Nothing is written out. The samples are one word automaton
 * (sample-automaton.ts); the check walks two copies of it side by side,
 * breadth first from the start, reading the same word in both: a pair of
 * positions is visited once, and dropped when no two different intents can
 * end below it. A pair where samples of two intents end is a clash, reported
 * once per pair of samples with the shortest words they share. Every sample is
 * compared with every other, two-slot samples with each other too.
 */
import {
  type ConflictIntent,
  MANY_INTENTS,
  NO_INTENT,
  type SampleAutomaton,
  type SampleEnd,
  buildAutomaton,
} from "./sample-automaton";

export type { ConflictIntent } from "./sample-automaton";

/** Positions in the automaton, numbered as met: between words at a sample node, or inside a slot's form trie. */
class Positions {
  private readonly ids = new Map<number, number>();
  private readonly node: number[] = [];
  private readonly form: number[] = [];
  private readonly next = new Map<number, ReadonlyMap<string, readonly number[]>>();

  constructor(private readonly auto: SampleAutomaton) {}

  private id(node: number, form: number): number {
    const key = node * (this.auto.formEnds.length + 1) + form + 1;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    this.node.push(node);
    this.form.push(form);
    const made = this.node.length - 1;
    this.ids.set(key, made);
    return made;
  }

  /** Between words at `node`, and past any slot there that an empty form fills. */
  at(node: number): number[] {
    const found = [this.id(node, -1)];
    for (const after of this.auto.slots[node]?.values() ?? [])
      if (this.auto.formEnds[this.auto.formRoot[after] ?? -1]) found.push(...this.at(after));
    return found;
  }

  reach(position: number): number {
    return this.auto.reach[this.node[position] ?? 0] ?? NO_INTENT;
  }

  /** The samples that end here: none inside a form. */
  ends(position: number): readonly SampleEnd[] {
    return (this.form[position] ?? -1) >= 0 ? [] : (this.auto.ends[this.node[position] ?? 0] ?? []);
  }

  /** Where each next word leads. */
  after(position: number): ReadonlyMap<string, readonly number[]> {
    const known = this.next.get(position);
    if (known !== undefined) return known;
    const node = this.node[position] ?? 0;
    const form = this.form[position] ?? -1;
    const found = new Map<string, Set<number>>();
    const add = (word: string, positions: number[]) => {
      const set = found.get(word) ?? new Set();
      for (const p of positions) set.add(p);
      found.set(word, set);
    };
    // Inside a form: the form's next words, and where a whole form ends, the sample goes on.
    const intoForm = (after: number, from: number) => {
      for (const [word, into] of this.auto.formWords[from] ?? [])
        add(word, [this.id(after, into), ...(this.auto.formEnds[into] ? this.at(after) : [])]);
    };
    if (form >= 0) intoForm(node, form);
    else {
      for (const [word, into] of this.auto.words[node] ?? []) add(word, this.at(into));
      for (const after of this.auto.slots[node]?.values() ?? []) intoForm(after, this.auto.formRoot[after] ?? -1);
    }
    const made = new Map([...found].map(([word, set]) => [word, [...set]] as const));
    this.next.set(position, made);
    return made;
  }
}

/** True when one intent may end below `a` and another below `b`. */
function twoIntents(a: number, b: number): boolean {
  if (a === NO_INTENT || b === NO_INTENT) return false;
  return a === MANY_INTENTS || b === MANY_INTENTS || a !== b;
}

const PAIR = 2 ** 26;

/**
 * Every clash, as `"words": FirstIntent and SecondIntent ("sample")`: one per
 * pair of samples of different intents, with the shortest words both say,
 * naming the later sample (samples with more than `writtenOut` sentences come
 * last). `sentences`: how many sentences the checked samples say, counted.
 * Free-text (AMAZON.*) slots are left out.
 */
export function sampleConflicts(
  intents: readonly ConflictIntent[],
  formsOf: ReadonlyMap<string, readonly string[]>,
  writtenOut = 20_000,
): { readonly clashes: string[]; readonly sentences: number } {
  const auto = buildAutomaton(intents, formsOf, writtenOut);
  const positions = new Positions(auto);
  const first: number[] = [];
  const second: number[] = [];
  const parent: number[] = [];
  const word: string[] = [];
  const seen = new Set<number>();
  const visit = (a: number, b: number, from: number, said: string) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    if (high >= PAIR) throw new Error("sample conflicts: too many positions to number");
    const key = low * PAIR + high;
    if (seen.has(key) || !twoIntents(positions.reach(low), positions.reach(high))) return;
    seen.add(key);
    first.push(low);
    second.push(high);
    parent.push(from);
    word.push(said);
  };
  const start = positions.at(0);
  for (const a of start) for (const b of start) visit(a, b, -1, "");

  const clashes: string[] = [];
  const reported = new Set<string>();
  const wordsTo = (pair: number): string => {
    const said: string[] = [];
    for (let at = pair; at >= 0; at = parent[at] ?? -1) said.push(word[at] ?? "");
    return said.reverse().join(" ").trim();
  };
  for (let pair = 0; pair < first.length; pair += 1) {
    const a = first[pair] ?? 0;
    const b = second[pair] ?? 0;
    for (const one of positions.ends(a))
      for (const other of positions.ends(b)) {
        if (one.intent === other.intent) continue;
        const [early, late] = one.place < other.place ? [one, other] : [other, one];
        const key = `${early.place} ${late.place}`;
        if (reported.has(key)) continue;
        reported.add(key);
        clashes.push(`"${wordsTo(pair)}": ${early.intent} and ${late.intent} ("${late.sample}")`);
      }
    const fromA = positions.after(a);
    const fromB = positions.after(b);
    const [few, many] = fromA.size <= fromB.size ? [fromA, fromB] : [fromB, fromA];
    for (const [said, intoFew] of few) {
      const intoMany = many.get(said);
      if (intoMany !== undefined) for (const x of intoFew) for (const y of intoMany) visit(x, y, pair, said);
    }
  }
  return { clashes, sentences: auto.sentences };
}
