import { previousDay } from "./days";

/**
 * Streaks: consecutive days, in the device's own day, with a routine finished.
 * Pure rules on plain data; the record keeps the result.
 */

/** A streak as a record keeps it: its length, and the last day a routine was finished ("YYYY-MM-DD"). */
export interface Streak {
  readonly streakDays: number;
  readonly lastActiveDay: string | null;
}

/** What finishing a routine changes: the count and the streak. */
export interface Finished extends Streak {
  readonly routinesFinished: number;
}

/**
 * The record after a routine is finished on `today`, the device's local day
 * ("YYYY-MM-DD"): the same day keeps the streak, the next day extends it, a
 * gap starts again at 1. A `today` before the last active day (the device moved
 * west across a date line, or its time zone became known) counts the routine
 * and leaves the streak as it is, rather than break it or count a day twice.
 */
export function recordStreak<R extends Finished>(record: R, today: string): R {
  const routinesFinished = record.routinesFinished + 1;
  if (record.lastActiveDay !== null && record.lastActiveDay > today) return { ...record, routinesFinished };
  let streakDays = 1;
  if (record.lastActiveDay === today) streakDays = record.streakDays;
  else if (record.lastActiveDay === previousDay(today)) streakDays = record.streakDays + 1;
  return { ...record, routinesFinished, streakDays, lastActiveDay: today };
}

/**
 * Two sessions' streaks merged, from the one both started from (`base`): when
 * only one side changed it, that side's. When both finished a routine, the
 * later day's streak wins; on the same day the longer one; when fresh's day
 * is the day before next's, fresh's streak extended.
 */
export function mergeStreaks(base: Streak, next: Streak, fresh: Streak): Streak {
  const same = (a: Streak, b: Streak): boolean => a.streakDays === b.streakDays && a.lastActiveDay === b.lastActiveDay;
  if (same(base, next) || next.lastActiveDay === null) return fresh;
  if (same(base, fresh) || fresh.lastActiveDay === null) return next;
  const day = next.lastActiveDay;
  if (fresh.lastActiveDay > day) return fresh;
  if (fresh.lastActiveDay === day)
    return { lastActiveDay: day, streakDays: Math.max(fresh.streakDays, next.streakDays) };
  if (fresh.lastActiveDay === previousDay(day))
    return { lastActiveDay: day, streakDays: Math.max(fresh.streakDays + 1, next.streakDays) };
  return next;
}
