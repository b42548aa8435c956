/**
 * The level of care the skill gives what a stand-in heard, as its handlers
 * give it (lambda/handlers/red-flag.ts): a RedFlagIntent's signs get the
 * table's level together (no sign heard: the screening questions, "screen");
 * a question about one sign (WarningSignsIntent with a symptom, "is tingling
 * serious") gets that sign's level; ordinary soreness (ReliefIntent,
 * DiscomfortIntent) is self-care; anything else reaches no level.
 */
import { LEVEL_ORDER, levelOf } from "../../models/content/signs";
import { SIGN_SLOTS } from "../../models/language/types";
import type { RedFlagId } from "../../models/types";
import type { Matcher } from "./nlu-score";
import { requestText } from "./nlu-text";

export function levelHeard(intent: string, slots: Readonly<Record<string, string | undefined>>): string {
  const signs = SIGN_SLOTS.map((slot) => slots[slot]).filter((id): id is string => Boolean(id)) as RedFlagId[];
  if (intent === "RedFlagIntent") return levelOf(signs) ?? "screen";
  if (intent === "WarningSignsIntent" && signs[0] !== undefined) return levelOf([signs[0]]) ?? `none (${intent})`;
  if (intent === "ReliefIntent" || intent === "DiscomfortIntent") return "self-care";
  return `none (${intent})`;
}

/** How a level heard compares with the labelled one; an under-call of an emergency or urgent sign is serious. */
export type LevelOutcome = "right" | "over" | "under" | "serious under";

/** A level's place in the table's order, most urgent first; anything that is not a level comes last. */
const rank = (level: string): number => {
  const at = LEVEL_ORDER.indexOf(level as never);
  return at < 0 ? LEVEL_ORDER.length : at;
};

export function levelOutcome(expected: string, heard: string): LevelOutcome {
  if (heard === expected) return "right";
  if (rank(heard) < rank(expected)) return "over";
  return expected === "emergency" || expected === "urgent" ? "serious under" : "under";
}

/** A labelled warning-sign phrasing, as the signs sets hold it. */
export interface LevelItem {
  readonly text: string;
  readonly level: string;
}

export interface LevelMiss {
  readonly text: string;
  readonly expected: string;
  readonly heard: string;
}

export interface LevelCounts {
  readonly right: number;
  readonly under: number;
  /** Emergency or urgent signs given less: part of `under`. */
  readonly seriousUnder: number;
  readonly over: number;
  readonly misses: readonly LevelMiss[];
}

/** The items of a parsed set that carry a level. */
export const levelItems = (data: unknown): LevelItem[] =>
  (Array.isArray(data) ? data : []).filter(
    (item): item is LevelItem => typeof item?.text === "string" && typeof item?.level === "string",
  );

/** How a matcher's hearing of each phrasing turns out against its labelled level. */
export async function levelsHeard(
  matcher: Matcher,
  items: readonly LevelItem[],
  invocation: string,
): Promise<LevelCounts> {
  const counts = { right: 0, under: 0, seriousUnder: 0, over: 0 };
  const misses: LevelMiss[] = [];
  for (const item of items) {
    const got = await matcher.interpret(requestText(item.text, invocation));
    const heard = levelHeard(got.intent, got.slots);
    const outcome = levelOutcome(item.level, heard);
    if (outcome === "right") counts.right += 1;
    else {
      if (outcome === "over") counts.over += 1;
      else counts.under += 1;
      if (outcome === "serious under") counts.seriousUnder += 1;
      misses.push({ text: item.text, expected: item.level, heard });
    }
  }
  return { ...counts, misses };
}
