/**
 * The level of care the skill gives what a stand-in heard, as its handlers
 * give it (lambda/handlers/red-flag.ts): a RedFlagIntent's signs get the
 * table's level together (no sign heard: the screening questions, "screen");
 * a question about one sign (WarningSignsIntent with a symptom, "is tingling
 * serious") gets that sign's level; ordinary soreness (ReliefIntent,
 * DiscomfortIntent) is self-care; anything else reaches no level.
 */
import { levelOf } from "../../models/content/signs";
import { SIGN_SLOTS } from "../../models/language/types";
import type { RedFlagId } from "../../models/types";

export function levelHeard(intent: string, slots: Readonly<Record<string, string | undefined>>): string {
  const signs = SIGN_SLOTS.map((slot) => slots[slot]).filter((id): id is string => Boolean(id)) as RedFlagId[];
  if (intent === "RedFlagIntent") return levelOf(signs) ?? "screen";
  if (intent === "WarningSignsIntent" && signs[0] !== undefined) return levelOf([signs[0]]) ?? `none (${intent})`;
  if (intent === "ReliefIntent" || intent === "DiscomfortIntent") return "self-care";
  return `none (${intent})`;
}
