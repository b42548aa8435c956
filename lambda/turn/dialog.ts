/**
 * The dialog state: what the last reply offered (what "yes" and "no" act on)
 * and what it said (what "repeat" and "tell me more" act on). Where the user
 * is in a routine lives in the user record, which outlasts the session.
 * Closed unions: a new kind does not compile until every switch handles it.
 */
import { LIFTER_TOPIC_IDS, type LifterTopicId } from "../../models/content/lifter";
import { isOneOf } from "../../models/one-of";
import { isClockTime } from "../domain/days";
import {
  CAUSE_IDS,
  EXERCISE_IDS,
  HABIT_IDS,
  ROUTINE_IDS,
  STRETCH_IDS,
  type CauseId,
  type ExerciseId,
  type HabitId,
  type RoutineId,
  type StretchId,
} from "../../models/types";

/** Topics the skill answers on their own. */
export const TOPICS = [
  "causes",
  "prevention",
  "relief",
  "professional",
  "takeaways",
  "stretch-guidance",
  "straining-lifts",
  "ice-or-heat",
  "pain-medicine",
  "soreness-duration",
  "nutrition",
  "warning-signs",
  /** The rest of the emergency signs, after "want the rest?". */
  "urgent-signs",
  /** The signs for a doctor today or within days, after the emergency signs. */
  "later-signs",
] as const;
export type Topic = (typeof TOPICS)[number];

/** What the last reply offered: "yes" does it. */
export type Offer =
  | { readonly kind: "teach"; readonly stretch: StretchId }
  | { readonly kind: "routine"; readonly routine: RoutineId }
  | { readonly kind: "answer"; readonly topic: Topic }
  /** One of a lifter's questions (models/content/lifter.ts). */
  | { readonly kind: "lifter"; readonly topic: LifterTopicId }
  | { readonly kind: "resume" }
  /** After pain in a stretch: a gentler version of it. */
  | { readonly kind: "gentler"; readonly stretch: StretchId }
  /** "Forget me": deleting everything stored about the user, after a yes. */
  | { readonly kind: "forget" }
  /** A daily reminder at `time` ("HH:MM", the device's clock), offered once after a finished routine. */
  | { readonly kind: "reminder"; readonly time: string }

  /** A pain said in words the skill does not know: yes/no screening questions that lead to a level (red-flag.ts). */
  | { readonly kind: "screen"; readonly step: 1 | 2 };

/** What the last reply said, which "repeat" says again and "tell me more" takes deeper. */
export type Said =
  | { readonly kind: "lesson"; readonly stretch: StretchId }
  | { readonly kind: "answer"; readonly topic: Topic; readonly deeper?: true }
  | { readonly kind: "lifter"; readonly topic: LifterTopicId; readonly deeper?: true }
  | { readonly kind: "cause"; readonly cause: CauseId; readonly deeper?: true }
  | { readonly kind: "habit"; readonly habit: HabitId; readonly deeper?: true }
  | {
      readonly kind: "exercise";
      readonly exercise: ExerciseId;
      readonly focus: "cause" | "prevention";
      readonly deeper?: true;
    };

/** A short answer about the running routine, which "repeat" says again (instead of the stretch). */
export const NOTES = ["whats-next", "how-many-left", "where-you-are"] as const;
export type Note = (typeof NOTES)[number];

export interface DialogState {
  readonly offered: Offer | null;
  readonly said: Said | null;
  /** How many turns in a row the skill has not understood; absent after any understood turn. */
  readonly misses?: number;
  /**
   * A routine was narrated in this session and is still under way. A routine merely saved from
   * another day is not open: only an open one makes the skill talk as if it were ("say next").
   */
  readonly routineOpen?: true;
  /** Pain was said during the running routine's current stretch: stopping there is not finishing it. */
  readonly hurt?: true;
  /** The last reply was a short answer about the running routine. */
  readonly noted?: Note;
}

export const NO_DIALOG: DialogState = { offered: null, said: null };

/** For an exhaustive switch: a value left over here is a kind some switch forgot. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled kind: ${JSON.stringify(value)}`);
}

type Raw = Readonly<Record<string, unknown>>;

function parseOffer(o: Raw): Offer | null {
  switch (o.kind) {
    case "teach":
      return isOneOf(STRETCH_IDS, o.stretch) ? { kind: "teach", stretch: o.stretch } : null;
    case "gentler":
      return isOneOf(STRETCH_IDS, o.stretch) ? { kind: "gentler", stretch: o.stretch } : null;
    case "routine":
      return isOneOf(ROUTINE_IDS, o.routine) ? { kind: "routine", routine: o.routine } : null;
    case "answer":
      return isOneOf(TOPICS, o.topic) ? { kind: "answer", topic: o.topic } : null;
    case "lifter":
      return isOneOf(LIFTER_TOPIC_IDS, o.topic) ? { kind: "lifter", topic: o.topic } : null;
    case "resume":
      return { kind: "resume" };
    case "forget":
      return { kind: "forget" };
    case "reminder":
      return isClockTime(o.time) ? { kind: "reminder", time: o.time } : null;
    case "screen":
      return o.step === 1 || o.step === 2 ? { kind: "screen", step: o.step } : null;
    default:
      return null;
  }
}

function parseSaid(o: Raw): Said | null {
  const deeper = o.deeper === true ? ({ deeper: true } as const) : {};
  switch (o.kind) {
    case "lesson":
      return isOneOf(STRETCH_IDS, o.stretch) ? { kind: "lesson", stretch: o.stretch } : null;
    case "answer":
      return isOneOf(TOPICS, o.topic) ? { kind: "answer", topic: o.topic, ...deeper } : null;
    case "lifter":
      return isOneOf(LIFTER_TOPIC_IDS, o.topic) ? { kind: "lifter", topic: o.topic, ...deeper } : null;
    case "cause":
      return isOneOf(CAUSE_IDS, o.cause) ? { kind: "cause", cause: o.cause, ...deeper } : null;
    case "habit":
      return isOneOf(HABIT_IDS, o.habit) ? { kind: "habit", habit: o.habit, ...deeper } : null;
    case "exercise":
      return isOneOf(EXERCISE_IDS, o.exercise) && (o.focus === "cause" || o.focus === "prevention")
        ? { kind: "exercise", exercise: o.exercise, focus: o.focus, ...deeper }
        : null;
    default:
      return null;
  }
}

function record(raw: unknown): Raw | null {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Raw) : null;
}

/** Reads the dialog state back from session attributes; anything malformed is dropped, never thrown. */
export function parseDialog(raw: unknown): DialogState {
  const o = record(raw);
  if (!o) return NO_DIALOG;
  const offered = record(o.offered);
  const said = record(o.said);
  const misses = typeof o.misses === "number" && Number.isInteger(o.misses) && o.misses > 0 ? Math.min(o.misses, 9) : 0;
  return {
    offered: offered ? parseOffer(offered) : null,
    said: said ? parseSaid(said) : null,
    ...(misses ? { misses } : {}),
    ...(o.routineOpen === true ? { routineOpen: true } : {}),
    ...(o.hurt === true ? { hurt: true } : {}),
    ...(isOneOf(NOTES, o.noted) ? { noted: o.noted } : {}),
  };
}
