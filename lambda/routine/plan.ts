import type { RoutineProgress } from "../persistence/user-record";
import { locate, routineSteps, type Step } from "./engine";

/**
 * What one reply of a routine covers, decided here and only here: which
 * stretches it speaks, where a straight-through part ends, the position it
 * reaches and whether the routine is then finished. Speech supplies only a
 * size estimate of each stretch and the room a part has (`PartSizing`), and
 * renders the plan; nothing here knows SSML.
 */

/** The estimated size of one stretch as speech renders it. */
export interface StepSize {
  /** Characters of its SSML. */
  readonly chars: number;
  /** Audio tags (chimes) in it. */
  readonly audio: number;
}

/** How much one straight-through part may hold. */
export interface PartLimits {
  /** Characters the stretches of a part may use together, gaps included. */
  readonly maxChars: number;
  readonly maxAudio: number;
  /** Characters of the gap between two stretches of a part. */
  readonly gapChars: number;
}

/** What speech tells the planner: the size of each step of a routine (all of them, in order), and a part's room. */
export interface PartSizing {
  sizes(steps: readonly Step[]): readonly StepSize[];
  readonly limits: PartLimits;
}

/**
 * Stretches grouped into straight-through parts, in order, each part as many
 * as fit the limits (a stretch too big alone is still a part of its own).
 * Returns the index of the last stretch of each part.
 */
export function partEnds(sizes: readonly StepSize[], limits: PartLimits): number[] {
  const ends: number[] = [];
  let chars = 0;
  let audio = 0;
  sizes.forEach((size, index) => {
    const fits = chars + limits.gapChars + size.chars <= limits.maxChars && audio + size.audio <= limits.maxAudio;
    if (index > 0 && fits) {
      chars += limits.gapChars + size.chars;
      audio += size.audio;
      return;
    }
    if (index > 0) ends.push(index - 1);
    chars = size.chars;
    audio = size.audio;
  });
  if (sizes.length > 0) ends.push(sizes.length - 1);
  return ends;
}

/** The parts of a routine played straight through. */
export function partCount(routineId: RoutineProgress["routineId"], sizing: PartSizing): number {
  return partEnds(sizing.sizes(routineSteps(routineId)), sizing.limits).length;
}

/** One reply of a routine, decided: speech renders it as it stands. */
export interface ReplyPlan {
  /** The position narrated from (clamped to the routine). */
  readonly from: RoutineProgress;
  /** The steps this reply speaks, in order (the first is the one narrated from). */
  readonly steps: readonly Step[];
  /** The position reached: the last stretch spoken. */
  readonly reached: RoutineProgress;
  /** Straight through: which part this is, of how many. Step by step: none. */
  readonly part?: { readonly number: number; readonly of: number };
  /** The last stretch of the routine is spoken (straight through): the routine finishes with this reply. */
  readonly finished: boolean;
}

/**
 * The plan of the reply that narrates from `progress`. Step by step: that one
 * stretch. Straight through: the rest of its part, and, in the last part, the finish.
 * Sizes are asked for only straight through.
 */
export function planReply(progress: RoutineProgress, sizing: PartSizing): ReplyPlan {
  const { position: from, steps: all } = locate(progress);
  if (!from.continuous) return { from, steps: all.slice(from.index, from.index + 1), reached: from, finished: false };
  const ends = partEnds(sizing.sizes(all), sizing.limits);
  const part = ends.findIndex((end) => end >= from.index);
  const end = ends[part] ?? from.index;
  const steps = all.slice(from.index, end + 1);
  return {
    from,
    steps,
    reached: { ...from, index: end },
    part: { number: part + 1, of: ends.length },
    finished: part === ends.length - 1,
  };
}
