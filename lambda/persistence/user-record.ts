/**
 * What Neck Coach remembers about one user, how a stored value becomes a
 * trusted record, and how two sessions' changes to one record are merged.
 * Stored data is never trusted and never thrown away: `parseRecord` keeps every
 * valid field, carries unknown fields along, migrates the previous schema, and
 * says when what it read was damaged (so the caller keeps a copy) or written by
 * a newer version (so the caller does not write at all).
 */
import { NORMAL_PACE, type Pace } from "../../models/content/pacing";
import { isOneOf } from "../../models/one-of";
import { ROUTINE_IDS, type RoutineId } from "../../models/types";
import { isClockTime, isDay, isTimeZone } from "../domain/days";
import { mergeStreaks } from "../domain/streak";

export interface RoutineProgress {
  readonly routineId: RoutineId;
  /** Index of the next stretch to narrate; the routine engine clamps it to the routine length. */
  readonly index: number;
  readonly continuous: boolean;
}

/**
 * Never changed in place: a change is a new object, which is how a turn knows to save.
 * A parsed record also carries, as extra own properties, any fields this version
 * does not know (written by a newer one): spread copies keep them, and so does a save.
 */
export interface UserRecord {
  readonly schema: 2;
  /** Sessions started; 0 means first visit. */
  readonly visits: number;
  readonly disclaimerHeard: boolean;
  /** Routine in progress, or null. */
  readonly routine: RoutineProgress | null;
  /** Last routine started. */
  readonly usualRoutine: RoutineId | null;
  readonly routinesFinished: number;
  /** Consecutive days with a finished routine. */
  readonly streakDays: number;
  /** "YYYY-MM-DD", the device's local day (UTC while its time zone is unknown), of the last finished routine. */
  readonly lastActiveDay: string | null;
  /** "YYYY-MM-DD", the device's local day, of the last session started. */
  readonly lastVisitDay: string | null;
  /**
   * ISO time of the last change to `routine` or `usualRoutine`, stamped by
   * saveRecord: when two sessions both moved, the most recent position wins.
   */
  readonly routineAt: string | null;
  /** How long holds last and how much is said, as the user asked. */
  readonly pace: Pace;
  /** The device's IANA time zone as Alexa's settings API last gave it; null until it has. */
  readonly timeZone: string | null;
  /** The daily reminder this skill set, or null. */
  readonly reminder: DailyReminder | null;
  /** The reminder was offered after a finished routine: it is never offered again. */
  readonly reminderOffered: boolean;
}

/** A daily reminder set through Alexa's Reminders API: its alert token and local time, "HH:MM". */
export interface DailyReminder {
  readonly token: string;
  readonly time: string;
}

/**
 * - new: nothing stored. ok: a current record. migrated: schema 1, converted.
 * - salvaged: a current record with invalid fields, replaced by defaults; the rest kept.
 * - corrupt: not a record at all (not an object, or an object of no known schema); what could be read was kept.
 * - newer: written by a newer version (a higher schema): readable as far as it goes, never to be overwritten.
 */
export type ParseStatus = "new" | "ok" | "migrated" | "salvaged" | "corrupt" | "newer";

export interface ParsedRecord {
  record: UserRecord;
  status: ParseStatus;
}

/** What was read is damaged: a copy must be kept before a write replaces it. */
export function isDamaged(status: ParseStatus): boolean {
  return status === "salvaged" || status === "corrupt";
}

export const CURRENT_SCHEMA = 2;

export function defaultRecord(): UserRecord {
  return {
    schema: 2,
    visits: 0,
    disclaimerHeard: false,
    routine: null,
    usualRoutine: null,
    routinesFinished: 0,
    streakDays: 0,
    lastActiveDay: null,
    lastVisitDay: null,
    routineAt: null,
    pace: NORMAL_PACE,
    timeZone: null,
    reminder: null,
    reminderOffered: false,
  };
}

type Field = Exclude<keyof UserRecord, "schema">;

/** Each field's check. A missing field is invalid, except those added after schema 2 first shipped. */
const FIELD_CHECKS: { readonly [K in Field]: (value: unknown) => value is UserRecord[K] } = {
  visits: isCount,
  disclaimerHeard: (value): value is boolean => typeof value === "boolean",
  routine: (value): value is RoutineProgress | null => value === null || isRoutineProgress(value),
  usualRoutine: (value): value is RoutineId | null => value === null || isRoutineId(value),
  routinesFinished: isCount,
  streakDays: isCount,
  lastActiveDay: (value): value is string | null => value === null || isDay(value),
  lastVisitDay: (value): value is string | null => value === null || isDay(value),
  routineAt: (value): value is string | null => value === null || isTimestamp(value),
  pace: isPace,
  timeZone: (value): value is string | null => value === null || isTimeZone(value),
  reminder: (value): value is DailyReminder | null => value === null || isReminder(value),
  reminderOffered: (value): value is boolean => typeof value === "boolean",
};
const FIELDS = Object.keys(FIELD_CHECKS) as readonly Field[];
const KNOWN_KEYS: ReadonlySet<string> = new Set(["schema", ...FIELDS]);
const LATER_FIELDS: ReadonlySet<Field> = new Set([
  "lastVisitDay",
  "routineAt",
  "pace",
  "timeZone",
  "reminder",
  "reminderOffered",
]);
const PROGRESS_KEYS: readonly (keyof RoutineProgress)[] = ["routineId", "index", "continuous"];

/** True when two records hold the same values in every field this version knows: what decides whether a turn writes. */
export function sameRecord(a: UserRecord, b: UserRecord): boolean {
  if (a === b) return true;
  return FIELDS.every((key) =>
    key === "routine"
      ? sameProgress(a.routine, b.routine)
      : key === "pace"
        ? samePace(a.pace, b.pace)
        : key === "reminder"
          ? sameReminder(a.reminder, b.reminder)
          : a[key] === b[key],
  );
}

const PACE_KEYS: readonly (keyof Pace)[] = ["hold", "moves", "talk"];

/** True when two paces hold, move and talk alike. */
export function samePace(a: Pace, b: Pace): boolean {
  return a === b || PACE_KEYS.every((key) => a[key] === b[key]);
}

function sameReminder(a: DailyReminder | null, b: DailyReminder | null): boolean {
  return a === b || (a !== null && b !== null && a.token === b.token && a.time === b.time);
}

/** The same routine at the same place (or none on both). */
export function sameProgress(a: RoutineProgress | null, b: RoutineProgress | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return PROGRESS_KEYS.every((key) => a[key] === b[key]);
}

/** Turns whatever the store returned into a valid record, saying what happened. Never throws. */
export function parseRecord(raw: unknown): ParsedRecord {
  if (raw === undefined || (isPlainObject(raw) && Object.keys(raw).length === 0)) {
    return { record: defaultRecord(), status: "new" };
  }
  if (!isPlainObject(raw)) return { record: defaultRecord(), status: "corrupt" };
  const { schema } = raw;
  if (schema === undefined) {
    const migrated = readSchema1(raw);
    if (migrated) return { record: migrated, status: "migrated" };
  }
  const { record, complete } = salvage(raw);
  if (typeof schema === "number" && Number.isInteger(schema) && schema > CURRENT_SCHEMA)
    return { record, status: "newer" };
  if (schema !== CURRENT_SCHEMA) return { record, status: "corrupt" };
  return { record, status: complete ? "ok" : "salvaged" };
}

/** Every valid known field, defaults for the rest, and the unknown fields as they are. */
function salvage(raw: Record<string, unknown>): { record: UserRecord; complete: boolean } {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!KNOWN_KEYS.has(key)) record[key] = value;
  const fallback = defaultRecord();
  let complete = true;
  for (const field of FIELDS) {
    const value = raw[field];
    if (FIELD_CHECKS[field](value)) {
      record[field] =
        field === "routine"
          ? copyProgress(value as RoutineProgress | null)
          : field === "pace"
            ? { ...(value as Pace) }
            : field === "reminder" && value !== null
              ? { ...(value as DailyReminder) }
              : value;
    } else {
      record[field] = fallback[field];
      if (!(value === undefined && LATER_FIELDS.has(field))) complete = false;
    }
  }
  record.schema = CURRENT_SCHEMA;
  return { record: record as unknown as UserRecord, complete };
}

function copyProgress(progress: RoutineProgress | null): RoutineProgress | null {
  return progress && { routineId: progress.routineId, index: progress.index, continuous: progress.continuous };
}

const SCHEMA_1_FIELDS: readonly string[] = ["visits", "routineId", "step", "completed"];

/**
 * Schema 1: `{ visits?: number, routineId?: string, step?: number, completed?: number }`,
 * no `schema` field. A value of the wrong type means it is not schema 1.
 * A routine id that no longer exists, or a bad step, only drops the routine.
 * The disclaimer is said once more: schema 1 did not record it.
 */
function readSchema1(raw: Record<string, unknown>): UserRecord | null {
  if (!Object.keys(raw).every((key) => SCHEMA_1_FIELDS.includes(key))) return null;
  const { visits, routineId, step, completed } = raw;
  if (visits !== undefined && !isCount(visits)) return null;
  if (completed !== undefined && !isCount(completed)) return null;
  if (routineId !== undefined && typeof routineId !== "string") return null;
  if (step !== undefined && typeof step !== "number") return null;

  const knownRoutine = isRoutineId(routineId) ? routineId : null;
  const index = step ?? 0;
  return {
    ...defaultRecord(),
    visits: visits ?? 0,
    routinesFinished: completed ?? 0,
    routine: knownRoutine !== null && isCount(index) ? { routineId: knownRoutine, index, continuous: false } : null,
    usualRoutine: knownRoutine,
  };
}

// ---------------------------------------------------------------- merging

/**
 * The record two sessions of one user meant: `fresh` as stored now, with the
 * change this session made (`base`, the record it read, to `next`) applied on
 * top, field by field:
 * - visits, routinesFinished: counts; this session's increase is added to fresh's.
 * - disclaimerHeard: heard in either session (OR).
 * - lastVisitDay: the later day.
 * - streakDays with lastActiveDay: when only one side changed them, that side's.
 *   When both finished a routine, the later day's streak wins; on the same day
 *   the longer streak; when fresh's day is the day before ours, fresh's streak
 *   is extended by our day.
 * - routine, usualRoutine, routineAt (one group): when only one side changed
 *   them, that side's; when both did, the later `routineAt` (ours on a tie).
 * - pace, timeZone, reminder, reminderOffered: ours when this session changed it, else fresh's.
 * - any other field (unknown to this version, or added by a later
 *   field): ours when this session changed it, else fresh's.
 */
export function mergeRecord(base: UserRecord, next: UserRecord, fresh: UserRecord): UserRecord {
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(fresh), ...Object.keys(next), ...Object.keys(base)]);
  for (const key of keys) {
    if (KNOWN_KEYS.has(key)) continue;
    const changed = !sameJson(field(base, key), field(next, key));
    const value = changed ? field(next, key) : field(fresh, key);
    if (value !== undefined) merged[key] = value;
  }
  const streak = mergeStreaks(base, next, fresh);
  const routine =
    changedRoutine(base, next) && (!changedRoutine(base, fresh) || !isEarlier(next.routineAt, fresh.routineAt))
      ? next
      : fresh;
  const record: UserRecord = {
    schema: 2,
    visits: addDelta(fresh.visits, next.visits - base.visits),
    disclaimerHeard: fresh.disclaimerHeard || next.disclaimerHeard,
    routine: routine.routine,
    usualRoutine: routine.usualRoutine,
    routineAt: routine.routineAt,
    routinesFinished: addDelta(fresh.routinesFinished, next.routinesFinished - base.routinesFinished),
    streakDays: streak.streakDays,
    lastActiveDay: streak.lastActiveDay,
    lastVisitDay: laterDay(fresh.lastVisitDay, next.lastVisitDay),
    pace: samePace(base.pace, next.pace) ? fresh.pace : next.pace,
    timeZone: base.timeZone === next.timeZone ? fresh.timeZone : next.timeZone,
    reminder: sameReminder(base.reminder, next.reminder) ? fresh.reminder : next.reminder,
    reminderOffered: base.reminderOffered === next.reminderOffered ? fresh.reminderOffered : next.reminderOffered,
  };
  return { ...merged, ...record } as UserRecord;
}

/** True when `next` differs from `base` in the routine group. */
export function changedRoutine(base: UserRecord, next: UserRecord): boolean {
  return (
    !sameProgress(base.routine, next.routine) ||
    base.usualRoutine !== next.usualRoutine ||
    base.routineAt !== next.routineAt
  );
}

function addDelta(count: number, delta: number): number {
  return Math.max(0, count + delta);
}

/** "YYYY-MM-DD" days compare as strings. */
function laterDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** True when `a` is strictly earlier than `b`; a missing time is earliest. */
function isEarlier(a: string | null, b: string | null): boolean {
  if (b === null) return false;
  if (a === null) return true;
  return Date.parse(a) < Date.parse(b);
}

function field(record: UserRecord, key: string): unknown {
  return (record as unknown as Record<string, unknown>)[key];
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A non-null, non-array object such as JSON.parse or a DynamoDB map yields. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isReminder(value: unknown): value is DailyReminder {
  return isPlainObject(value) && typeof value.token === "string" && value.token.length > 0 && isClockTime(value.time);
}

/** A non-negative integer. */
function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isRoutineId(value: unknown): value is RoutineId {
  return isOneOf(ROUTINE_IDS, value);
}

function isRoutineProgress(value: unknown): value is RoutineProgress {
  return (
    isPlainObject(value) &&
    isRoutineId(value.routineId) &&
    isCount(value.index) &&
    typeof value.continuous === "boolean"
  );
}

/** An ISO time as Date#toISOString writes it. */
function isPace(value: unknown): value is Pace {
  if (!isPlainObject(value)) return false;
  const { hold, moves, talk } = value;
  return (
    (hold === "short" || hold === "normal" || hold === "long") &&
    (moves === "quick" || moves === "normal" || moves === "slow") &&
    (talk === "brief" || talk === "normal" || talk === "detailed")
  );
}

function isTimestamp(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) &&
    isDay(value.slice(0, 10))
  );
}
