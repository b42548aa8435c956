import type { Routine, RoutineId } from "../types";

/**
 * Guided routines: stretches in order, with the reps and holds used in each.
 * The length the skill announces is measured from the narration at the
 * user's pace (speech at 150 words a minute plus every pause). Static stretch
 * holds follow the guidance in pacing.ts (about 15 to 30 seconds).
 */
export const ROUTINES: readonly Routine[] = [
  {
    id: "quick",
    name: "quick routine",
    description: "For loosening a tight neck when time is short.",
    stepKind: "stretch",
    items: [
      { stretch: "shoulder-roll", reps: 3 },
      { stretch: "chin-tuck", reps: 2 },
      { stretch: "neck-half-circle", reps: 2 },
    ],
  },
  {
    id: "after-lifting",
    name: "after lifting routine",
    description: "A cool down for the neck, shoulders and chest after a lifting session.",
    stepKind: "stretch",
    items: [
      { stretch: "shoulder-roll", reps: 3 },
      { stretch: "chin-tuck", reps: 3 },
      { stretch: "side-neck-stretch", holdSeconds: 20 },
      { stretch: "doorway-chest-stretch", reps: 1, holdSeconds: 20 },
      { stretch: "neck-half-circle", reps: 2 },
    ],
  },
  {
    id: "full",
    name: "full routine",
    description: "It works from the top of your shoulders down to your chest, one stretch after another.",
    stepKind: "stretch",
    items: [
      { stretch: "shoulder-roll", reps: 2, moveSeconds: 3 },
      { stretch: "neck-half-circle", reps: 2, moveSeconds: 4 },
      { stretch: "chin-tuck", reps: 2 },
      { stretch: "neck-tilt", reps: 1 },
      { stretch: "side-neck-stretch", holdSeconds: 20 },
      { stretch: "seated-forward-fold", holdSeconds: 20, moveSeconds: 4 },
      { stretch: "doorway-chest-stretch", reps: 1, holdSeconds: 20 },
      { stretch: "neck-isometrics", holdSeconds: 3 },
      { stretch: "neck-self-massage", moveSeconds: 3 },
    ],
  },
  {
    id: "strength",
    name: "strength routine",
    // Strengthening helps neck pain more than stretching alone (Cochrane, Gross et al. 2015); a few minutes a day of
    // resistance work reduced neck and shoulder pain (Andersen et al., Pain 2011). Light effort: about a quarter of full.
    description: "Gentle strength work for your neck and upper back, at about a quarter of your full effort.",
    stepKind: "exercise",
    items: [
      { stretch: "shoulder-roll", reps: 2 },
      { stretch: "chin-tuck-hold", reps: 3, holdSeconds: 8 },
      { stretch: "neck-isometrics" },
      { stretch: "shoulder-blade-squeeze", reps: 3 },
    ],
  },
];

const byId = new Map<RoutineId, Routine>(ROUTINES.map((r) => [r.id, r]));

export function routineById(id: RoutineId): Routine {
  const routine = byId.get(id);
  if (!routine) throw new Error(`Unknown routine: ${id}`);
  return routine;
}
