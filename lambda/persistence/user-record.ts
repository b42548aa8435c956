/**
 * What Neck Coach remembers about one user, and how a stored value becomes a
 * trusted record. Stored data is never trusted: `parseRecord` accepts the
 * current schema, migrates the previous one, and resets anything else.
 */
import { NORMAL_PACE, type Pace } from "../../models/content/pacing";
import { ROUTINE_IDS, type RoutineId } from "../../models/types";

export interface RoutineProgress {
  readonly routineId: RoutineId;
  /** Index of the next stretch to narrate; the routine engine clamps it to the routine length. */
  readonly index: number;
  readonly continuous: boolean;
}

/** Never changed in place: a change is a new object, which is how a turn knows to save. */
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
  /** "YYYY-MM-DD" (UTC) of the last finished routine. */
  readonly lastActiveDay: string | null;
  /** "YYYY-MM-DD" (UTC) of the last session started. */
  readonly lastVisitDay: string | null;
  /** How long holds last and how much is said, as the user asked. */
  readonly pace: Pace;
}

export type ParseStatus = "ok" | "new" | "migrated" | "reset";

export interface ParsedRecord {
  record: UserRecord;
  status: ParseStatus;
}

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
    pace: NORMAL_PACE,
  };
}

const RECORD_KEYS = Object.keys(defaultRecord()) as readonly (keyof UserRecord)[];
const PROGRESS_KEYS: readonly (keyof RoutineProgress)[] = ["routineId", "index", "continuous"];
const PACE_KEYS: readonly (keyof Pace)[] = ["hold", "moves", "talk"];

/** True when two records hold the same values: what decides whether a turn writes. */
export function sameRecord(a: UserRecord, b: UserRecord): boolean {
  if (a === b) return true;
  for (const key of RECORD_KEYS) {
    if (key !== "routine" && key !== "pace" && a[key] !== b[key]) return false;
  }
  if (PACE_KEYS.some((key) => a.pace[key] !== b.pace[key])) return false;
  if (a.routine === b.routine) return true;
  if (a.routine === null || b.routine === null) return false;
  for (const key of PROGRESS_KEYS) {
    if (a.routine[key] !== b.routine[key]) return false;
  }
  return true;
}

/** Turns whatever the store returned into a valid record, saying what happened. */
export function parseRecord(raw: unknown): ParsedRecord {
  if (raw === undefined || (isPlainObject(raw) && Object.keys(raw).length === 0)) {
    return { record: defaultRecord(), status: "new" };
  }
  if (isPlainObject(raw)) {
    const current = readSchema2(raw);
    if (current) return { record: current, status: "ok" };
    const migrated = readSchema1(raw);
    if (migrated) return { record: migrated, status: "migrated" };
  }
  return { record: defaultRecord(), status: "reset" };
}

/** The record after a routine is finished on `today` ("YYYY-MM-DD", UTC). */
export function recordStreak(record: UserRecord, today: string): UserRecord {
  let streakDays = 1;
  if (record.lastActiveDay === today) streakDays = record.streakDays;
  else if (record.lastActiveDay === previousDay(today)) streakDays = record.streakDays + 1;
  return {
    ...record,
    routinesFinished: record.routinesFinished + 1,
    streakDays,
    lastActiveDay: today,
  };
}

/** The UTC calendar day of `date`, "YYYY-MM-DD". */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A non-null, non-array object such as JSON.parse or a DynamoDB map yields. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return dayOf(date);
}

function readSchema2(raw: Record<string, unknown>): UserRecord | null {
  const { schema, visits, disclaimerHeard, routine, usualRoutine, routinesFinished, streakDays, lastActiveDay, lastVisitDay, pace } = raw;
  if (schema !== 2) return null;
  if (!isCount(visits) || !isCount(routinesFinished) || !isCount(streakDays)) return null;
  if (typeof disclaimerHeard !== "boolean") return null;
  if (routine !== null && !isRoutineProgress(routine)) return null;
  if (usualRoutine !== null && !isRoutineId(usualRoutine)) return null;
  if (lastActiveDay !== null && !isDay(lastActiveDay)) return null;
  // Added after schema 2 first shipped: a record without it is still current.
  if (lastVisitDay !== undefined && lastVisitDay !== null && !isDay(lastVisitDay)) return null;
  return {
    schema: 2,
    visits,
    disclaimerHeard,
    routine: routine === null ? null : { routineId: routine.routineId, index: routine.index, continuous: routine.continuous },
    usualRoutine,
    routinesFinished,
    streakDays,
    lastActiveDay,
    lastVisitDay: isDay(lastVisitDay) ? lastVisitDay : null,
    // Added later still: a record without it (or with one this version cannot read) keeps the normal pace.
    pace: readPace(pace),
  };
}

function readPace(value: unknown): Pace {
  if (!isPlainObject(value)) return NORMAL_PACE;
  const { hold, moves, talk } = value;
  const ok = (v: unknown, allowed: readonly string[]) => typeof v === "string" && allowed.includes(v);
  if (!ok(hold, ["short", "normal", "long"]) || !ok(moves, ["quick", "normal", "slow"]) || !ok(talk, ["brief", "normal", "detailed"])) return NORMAL_PACE;
  return { hold, moves, talk } as Pace;
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

/** A non-negative integer. */
function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isRoutineId(value: unknown): value is RoutineId {
  return ROUTINE_IDS.some((id) => id === value);
}

function isRoutineProgress(value: unknown): value is RoutineProgress {
  return (
    isPlainObject(value) &&
    isRoutineId(value.routineId) &&
    isCount(value.index) &&
    typeof value.continuous === "boolean"
  );
}

/** A real calendar day written "YYYY-MM-DD". */
export function isDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
