/**
 * The dialog state: what the last reply offered (what "yes" and "no" act on)
 * and what it said (what "repeat" and "tell me more" act on). Where the user
 * is in a routine lives in the user record, which outlasts the session.
 * Closed unions: a new kind does not compile until every switch handles it.
 */
import { ROUTINE_IDS, STRETCH_IDS, type RoutineId, type StretchId } from "../../models/types";

/** Topics the skill answers. */
export const TOPICS = ["causes", "prevention", "relief", "professional", "takeaways", "stretch-guidance"] as const;
export type Topic = (typeof TOPICS)[number];

/** What the last reply offered: "yes" does it. */
export type Offer =
  | { readonly kind: "teach"; readonly stretch: StretchId }
  | { readonly kind: "routine"; readonly routine: RoutineId }
  | { readonly kind: "answer"; readonly topic: Topic }
  | { readonly kind: "resume" };

/** What the last reply said that "repeat" says again. */
export type Said =
  | { readonly kind: "lesson"; readonly stretch: StretchId }
  | { readonly kind: "answer"; readonly topic: Topic };

export interface DialogState {
  readonly offered: Offer | null;
  readonly said: Said | null;
}

export const NO_DIALOG: DialogState = { offered: null, said: null };

/** For an exhaustive switch: a value left over here is a kind some switch forgot. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled kind: ${JSON.stringify(value)}`);
}

/** True when `value` is one of `values`: the one membership check for untrusted input. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

function parseOffer(raw: unknown): Offer | null {
  if (typeof raw !== "object" || raw === null) return null;
  const o = raw as { kind?: unknown; stretch?: unknown; routine?: unknown; topic?: unknown };
  switch (o.kind) {
    case "teach":
      return isOneOf(STRETCH_IDS, o.stretch) ? { kind: "teach", stretch: o.stretch } : null;
    case "routine":
      return isOneOf(ROUTINE_IDS, o.routine) ? { kind: "routine", routine: o.routine } : null;
    case "answer":
      return isOneOf(TOPICS, o.topic) ? { kind: "answer", topic: o.topic } : null;
    case "resume":
      return { kind: "resume" };
    default:
      return null;
  }
}

function parseSaid(raw: unknown): Said | null {
  if (typeof raw !== "object" || raw === null) return null;
  const o = raw as { kind?: unknown; stretch?: unknown; topic?: unknown };
  switch (o.kind) {
    case "lesson":
      return isOneOf(STRETCH_IDS, o.stretch) ? { kind: "lesson", stretch: o.stretch } : null;
    case "answer":
      return isOneOf(TOPICS, o.topic) ? { kind: "answer", topic: o.topic } : null;
    default:
      return null;
  }
}

/** Reads the dialog state back from session attributes; anything malformed is dropped, never thrown. */
export function parseDialog(raw: unknown): DialogState {
  if (typeof raw !== "object" || raw === null) return NO_DIALOG;
  const o = raw as { offered?: unknown; said?: unknown };
  return { offered: parseOffer(o.offered), said: parseSaid(o.said) };
}
