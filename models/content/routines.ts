import type { Routine, RoutineId } from "../types";

/**
 * Guided routines: stretches in order, with the reps and holds used in each.
 * `minutes` is what the skill announces; a test holds the narrated length
 * (speech at 150 words a minute plus every pause) to within 10 per cent of it.
 */
export const ROUTINES: readonly Routine[] = [
  {
    id: "quick",
    name: "quick routine",
    minutes: 2,
    description: "Three stretches to loosen a tight neck in about two minutes.",
    items: [
      { stretch: "shoulder-roll", reps: 3 },
      { stretch: "chin-tuck", reps: 2 },
      { stretch: "neck-half-circle", reps: 2 },
    ],
  },
  {
    id: "after-lifting",
    name: "after lifting routine",
    minutes: 4,
    description: "A cool down for the neck, shoulders and chest after a lifting session, about four minutes.",
    items: [
      { stretch: "shoulder-roll", reps: 3 },
      { stretch: "chin-tuck", reps: 3 },
      { stretch: "side-neck-stretch", holdSeconds: 15 },
      { stretch: "doorway-chest-stretch", reps: 1, holdSeconds: 20 },
      { stretch: "neck-half-circle", reps: 2 },
    ],
  },
  {
    id: "full",
    name: "full routine",
    minutes: 6,
    description: "Every stretch Neck Coach knows, in about six minutes.",
    items: [
      { stretch: "shoulder-roll", reps: 2, moveSeconds: 3 },
      { stretch: "neck-half-circle", reps: 2, moveSeconds: 4 },
      { stretch: "chin-tuck", reps: 2 },
      { stretch: "neck-tilt", reps: 1 },
      { stretch: "side-neck-stretch", holdSeconds: 8 },
      { stretch: "seated-forward-fold", holdSeconds: 10, moveSeconds: 4 },
      { stretch: "doorway-chest-stretch", reps: 1, holdSeconds: 10 },
      { stretch: "neck-isometrics", holdSeconds: 3 },
      { stretch: "neck-self-massage", moveSeconds: 3 },
    ],
  },
];

const byId = new Map<RoutineId, Routine>(ROUTINES.map((r) => [r.id, r]));

export function routineById(id: RoutineId): Routine {
  const routine = byId.get(id);
  if (!routine) throw new Error(`Unknown routine: ${id}`);
  return routine;
}
