import { routineById } from "../../models/content/routines";
import { stretchById } from "../../models/content/stretches";
import type { Routine, RoutineId, RoutineItem, Stretch } from "../../models/types";
import type { RoutineProgress } from "../persistence/user-record";

/**
 * The routine state machine: pure functions from a position to the next one.
 * A position's `index` is the stretch being done now (the one last narrated).
 */

export interface Step {
  readonly routine: Routine;
  readonly item: RoutineItem;
  readonly stretch: Stretch;
  /** 0-based. */
  readonly index: number;
  readonly count: number;
}

export function start(routineId: RoutineId, continuous: boolean): RoutineProgress {
  return { routineId, index: 0, continuous };
}

/** A stored position, clamped to the routine (a stale index from an older routine lands on its last stretch). */
export function clamp(progress: RoutineProgress): RoutineProgress {
  const count = routineById(progress.routineId).items.length;
  const index = Math.min(Math.max(0, Math.trunc(progress.index)), count - 1);
  return index === progress.index ? progress : { ...progress, index };
}

export function stepAt(progress: RoutineProgress, index = progress.index): Step | undefined {
  const routine = routineById(progress.routineId);
  const item = routine.items[index];
  if (!item) return undefined;
  return { routine, item, stretch: stretchById(item.stretch), index, count: routine.items.length };
}

/** Every step of a routine, in order. */
export function routineSteps(routineId: RoutineId): Step[] {
  const steps: Step[] = [];
  for (
    let step = stepAt({ routineId, index: 0, continuous: false });
    step;
    step = stepAt({ routineId, index: step.index + 1, continuous: false })
  ) {
    steps.push(step);
  }
  return steps;
}

/** A position clamped to its routine, with every step of that routine: what a reply is planned from. */
export function locate(progress: RoutineProgress): {
  readonly position: RoutineProgress;
  readonly steps: readonly Step[];
} {
  return { position: clamp(progress), steps: routineSteps(progress.routineId) };
}

export function currentStep(progress: RoutineProgress): Step {
  const step = stepAt(clamp(progress));
  if (!step) throw new Error(`Routine ${progress.routineId} has no stretches`);
  return step;
}

/** The position after `next`, or "finished" past the last stretch. */
export function next(progress: RoutineProgress): RoutineProgress | "finished" {
  const { index, count } = currentStep(progress);
  return index + 1 >= count ? "finished" : { ...progress, index: index + 1 };
}

export function back(progress: RoutineProgress): RoutineProgress {
  const { index } = currentStep(progress);
  return { ...progress, index: Math.max(0, index - 1) };
}

export function startOver(progress: RoutineProgress): RoutineProgress {
  return { ...progress, index: 0 };
}

/** How many stretches come after the current one. */
export function remaining(progress: RoutineProgress): number {
  const { index, count } = currentStep(progress);
  return count - index - 1;
}

/** True on the routine's last stretch: "next" from here finishes it. */
export function onLast(progress: RoutineProgress): boolean {
  return remaining(progress) === 0;
}

/** The stretch after the current one, if any. */
export function upcoming(progress: RoutineProgress): Step | undefined {
  return stepAt(progress, currentStep(progress).index + 1);
}
