import type { ExerciseId, ExerciseNote } from "../types";

/**
 * Exercises that commonly strain the neck, why, and how to keep the neck safe.
 * The name is the EXERCISE_NAME slot value; its synonyms are in models/language.
 */
export const EXERCISES: readonly ExerciseNote[] = [
  {
    id: "overhead-press",
    name: "overhead press",
    why: "To clear the bar past your face, it's easy to jut your chin forward or crank your head back. Both load the neck under a heavy weight.",
    keepSafe:
      "Tuck your chin slightly as the bar passes, then bring your head through once it's overhead. Keep your gaze level and your ribs down.",
    stretch: "chin-tuck",
  },
  {
    id: "pull-up",
    name: "pull up",
    why: "Reaching your chin toward the bar makes you crane your neck up and forward. Shrugging your shoulders to your ears adds more strain.",
    keepSafe: "Lead with your chest, not your chin. Pull your shoulder blades down and back, and keep your neck long.",
    stretch: "side-neck-stretch",
  },
  {
    id: "deadlift",
    name: "deadlift",
    why: "Looking up at the mirror, or dropping your head, bends the neck while your whole back is under load.",
    keepSafe:
      "Keep your neck in line with your spine. Pick a spot on the floor a few feet ahead, and tuck your chin a little.",
    stretch: "chin-tuck",
  },
  {
    id: "neck-machine",
    name: "machine without neck support",
    why: "When a machine doesn't support your head, your neck muscles hold it up the whole set, and they tire quickly.",
    keepSafe:
      "Adjust the seat and back pad so your head rests in line with your spine. If you can't, choose another machine or a free weight version.",
    stretch: "shoulder-roll",
  },
  {
    id: "bench-press",
    name: "bench press",
    why: "Lifting your head off the bench, or pushing it hard into the bench to drive the bar, strains the neck.",
    keepSafe:
      "Rest the back of your head on the bench and keep it there. Drive with your legs and back, not your neck.",
    stretch: "doorway-chest-stretch",
  },
  {
    id: "shrug",
    name: "shrug",
    why: "Heavy shrugs load the muscles that run from your shoulders up into your neck. Rolling the shoulders or poking the chin forward adds strain.",
    keepSafe:
      "Lift straight up and down, with no rolling. Keep your chin level, and choose a weight you can control with a pause at the top.",
    stretch: "side-neck-stretch",
  },
  {
    id: "squat",
    name: "squat",
    why: "A bar resting on the neck instead of the upper back presses on it. Looking up at the ceiling while you squat bends the neck under load.",
    keepSafe:
      "Set the bar on the muscles of your upper back, not your neck. Keep your gaze a little ahead and down, your neck in line with your back.",
    stretch: "neck-tilt",
  },
  {
    id: "crunch",
    name: "crunch",
    why: "Pulling on your head with your hands to get up yanks the neck forward. The neck ends up doing the work meant for your abs.",
    keepSafe:
      "Rest your fingertips lightly by your ears, or cross your arms on your chest. Keep a fist of space between chin and chest, and lift from your ribs.",
    stretch: "neck-half-circle",
  },
  {
    id: "running",
    name: "running",
    why: "As you tire, your head tends to drift forward and your shoulders creep up. That holds your neck muscles tense for the whole run.",
    keepSafe:
      "Run tall, with your gaze on the path ahead. Drop your shoulders and loosen your hands every few minutes.",
    stretch: "shoulder-roll",
  },
  {
    id: "swimming",
    name: "swimming",
    why: "Turning your head to breathe, stroke after stroke, repeats the same motion hundreds of times. Lifting your head to look forward adds strain.",
    keepSafe:
      "Keep your face down between breaths, and roll your body to breathe instead of twisting your neck. Breathe to both sides if you can.",
    stretch: "neck-tilt",
  },
  {
    id: "cycling",
    name: "cycling",
    why: "Riding bent forward means holding your head up to see the road, often for hours. That keeps the back of the neck tight.",
    keepSafe:
      "Check your bike fit so you're not stretched too low. Relax your shoulders, bend your elbows, and change your head position often.",
    stretch: "chin-tuck",
  },
  {
    id: "martial-arts",
    name: "martial arts",
    why: "Quick strikes, throws and sudden changes of direction can snap the head, a bit like whiplash.",
    keepSafe:
      "Warm up your neck first, keep your chin tucked, and learn to fall safely. Build up intensity slowly with a good coach.",
    stretch: "neck-isometrics",
  },
  {
    id: "plyometrics",
    name: "plyometrics",
    why: "Hard landings and sudden stops jolt the head on the neck.",
    keepSafe:
      "Land softly through bent knees and hips, with your head level and your eyes forward. Start low, and add height gradually.",
    stretch: "shoulder-roll",
  },
];

const byId = new Map<ExerciseId, ExerciseNote>(EXERCISES.map((e) => [e.id, e]));

export function exerciseById(id: ExerciseId): ExerciseNote {
  const exercise = byId.get(id);
  if (!exercise) throw new Error(`Unknown exercise: ${id}`);
  return exercise;
}
