/**
 * Scoring a matcher on a corpus: right or wrong per phrasing, accuracy per
 * intent, and which intents are taken for which.
 */
import type { CorpusContext, CorpusItem } from "./nlu-corpus";
import { findIntent, slotValues, type NluModel } from "./nlu-model";
import { comparable, requestText } from "./nlu-text";

/** What a matcher understood: the intent, and per slot the resolved value id (or the words, for free text). */
export interface Interpretation {
  readonly intent: string;
  readonly slots: Readonly<Record<string, string>>;
}

export interface Matcher {
  readonly name: string;
  /** `text` is already in spoken form with the invocation stripped. */
  interpret(text: string): Interpretation | Promise<Interpretation>;
}

export interface Outcome {
  readonly item: CorpusItem;
  readonly got: Interpretation;
  /** Undefined when right; otherwise what was wrong. */
  readonly wrong?: string;
}

/** True when a slot of `intent` takes free text (no custom type with values in the model). */
function isFreeText(model: NluModel, intent: string, slot: string): boolean {
  const declared = findIntent(model, intent)?.slots.find((s) => s.name === slot);
  return declared !== undefined && slotValues(model, declared) === undefined;
}

/** Whether `expected` words appear, in order and whole, within `got`. */
function containsWords(got: string, expected: string): boolean {
  return ` ${comparable(got)} `.includes(` ${comparable(expected)} `);
}

/**
 * Right means the right intent and exactly the expected slots: every expected
 * slot with the expected value id (a free-text slot must contain the expected
 * words), and no slot the label does not expect.
 */
export function judge(model: NluModel, item: CorpusItem, got: Interpretation): string | undefined {
  if (got.intent !== item.intent) return `intent ${got.intent}`;
  const problems: string[] = [];
  for (const [slot, expected] of Object.entries(item.slots)) {
    const value = got.slots[slot];
    if (value === undefined) problems.push(`${slot} missing`);
    else if (isFreeText(model, item.intent, slot) ? !containsWords(value, expected) : value !== expected) {
      problems.push(`${slot}=${value}`);
    }
  }
  for (const [slot, value] of Object.entries(got.slots)) {
    if (!(slot in item.slots)) problems.push(`extra ${slot}=${value}`);
  }
  return problems.length > 0 ? `slots ${problems.join(", ")}` : undefined;
}

export async function evaluate(model: NluModel, matcher: Matcher, corpus: readonly CorpusItem[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const item of corpus) {
    const got = await matcher.interpret(requestText(item.text, model.invocationName));
    const wrong = judge(model, item, got);
    outcomes.push(wrong === undefined ? { item, got } : { item, got, wrong });
  }
  return outcomes;
}

export interface Tally {
  readonly n: number;
  readonly right: number;
  /** right / n, in per cent, one decimal. */
  readonly percent: number;
}

export interface Confusion {
  readonly expected: string;
  /** The intent understood, or "<intent> (slots)" when the intent was right and a slot was not. */
  readonly got: string;
  readonly count: number;
}

export interface Summary extends Tally {
  readonly perIntent: Readonly<Record<string, Tally>>;
  readonly perContext: Readonly<Partial<Record<CorpusContext, Tally>>>;
  /** Every confusion, most frequent first. */
  readonly confusions: readonly Confusion[];
}

function tally(outcomes: readonly Outcome[]): Tally {
  const right = outcomes.filter((o) => o.wrong === undefined).length;
  const n = outcomes.length;
  return { n, right, percent: n === 0 ? 0 : Math.round((1000 * right) / n) / 10 };
}

function groupBy<K extends string>(outcomes: readonly Outcome[], key: (o: Outcome) => K): Record<K, Outcome[]> {
  const groups = {} as Record<K, Outcome[]>;
  for (const o of outcomes) (groups[key(o)] ??= []).push(o);
  return groups;
}

const byName = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

export function summarise(outcomes: readonly Outcome[]): Summary {
  const perIntent = byName(
    Object.fromEntries(Object.entries(groupBy(outcomes, (o) => o.item.intent)).map(([k, v]) => [k, tally(v)])),
  );
  const perContext = Object.fromEntries(
    Object.entries(groupBy(outcomes, (o) => o.item.context)).map(([k, v]) => [k, tally(v)]),
  ) as Partial<Record<CorpusContext, Tally>>;
  const wrong = outcomes.filter((o) => o.wrong !== undefined);
  const confusions = Object.entries(
    groupBy(wrong, (o) =>
      JSON.stringify([o.item.intent, o.got.intent === o.item.intent ? `${o.got.intent} (slots)` : o.got.intent]),
    ),
  )
    .map(([key, list]) => {
      const [expected = "", got = ""] = JSON.parse(key) as string[];
      return { expected, got, count: list.length };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.got.localeCompare(b.got));
  return { ...tally(outcomes), perIntent, perContext, confusions };
}
