import type { Stretch, StretchId } from "../types";

/**
 * The stretches and gentle strength moves, written for the ear. A stretch's wording lives here and
 * nowhere else: the speech, the routines and the STRETCH_NAME slot type all read it.
 *
 * Timing: a "hold" is 5 to 30 seconds of counted stillness, a "move" is the
 * 3 to 8 seconds a motion takes. Each stretch runs 30 to 75 seconds in all
 * (reps x sides x seconds, plus about 2.5 seconds of speech per cue).
 * Two-sided stretches use {side} and {otherSide}, filled with "left" or "right".
 */
export const STRETCHES: readonly Stretch[] = [
  {
    id: "chin-tuck",
    name: "chin tuck",
    summary:
      "It works the deep muscles at the front of your neck and counters the forward head position that comes from craning under a load.",
    setup: "Sit or stand tall. Shoulders easy, eyes level, looking straight ahead.",
    movements: [
      {
        cue: "Gently glide your chin straight back, like you're making a double chin. Keep your eyes level. Hold it there.",
        again: [
          "And again, chin straight back. Hold.",
          "Glide it back once more, eyes level. Hold.",
          "Back again, like a double chin. Stay there.",
          "Chin back again, nice and small. Hold it.",
        ],
        seconds: 5,
        kind: "hold",
        release: ["And release.", "And let go.", "Ease off.", "Relax.", "And rest."],
      },
    ],
    reps: 5,
    sides: false,
    breath: "Breathe normally through each hold.",
    caution: "Your head slides back, it doesn't tip down. Keep it small and pain free.",
    shortCaution: "Small and pain free.",
    gentler:
      "Make it smaller: glide your chin back only halfway, hold it for one slow breath, then let it go. Repeat that at your own easy pace until I speak again.",
  },
  {
    id: "side-neck-stretch",
    name: "side neck stretch",
    summary: "A slow, held stretch for the muscles along the side of your neck and the top of your shoulder.",
    setup: "Sit tall with both shoulders low and relaxed. Let your arms hang.",
    movements: [
      {
        cue: "Let your {side} ear drop toward your {side} shoulder. Feel the {otherSide} side of your neck lengthen.",
        seconds: 30,
        kind: "hold",
        release: "Slowly come back to center.",
      },
    ],
    reps: 1,
    sides: true,
    breath: "Breathe out slowly and let the shoulder drop a little more each time.",
    caution: "Let the weight of your head do the work. Don't pull on it, and stop if you feel tingling down your arm.",
    shortCaution: "No pulling, and stop if your arm tingles.",
    gentler: "Go half as far: let your ear drift only a little toward your shoulder, and keep the hold short and easy.",
  },
  {
    id: "neck-tilt",
    name: "neck tilt",
    summary: "A moving version of the side stretch that loosens a stiff neck without holding.",
    setup: "Sit tall, shoulders down, eyes forward.",
    movements: [
      {
        cue: "Tip your {side} ear toward your {side} shoulder, then come back to center.",
        again: [
          "Again, {side} ear down, and up.",
          "Ear to your {side} shoulder, and up.",
          "Down to the {side}, and up.",
        ],
        seconds: 4,
        kind: "move",
      },
    ],
    reps: 4,
    sides: true,
    breath: "Breathe out as you tilt, and in as you come back up.",
    caution: "Smooth and slow, never bouncing. Only go as far as feels easy.",
    shortCaution: "Slow, and only as far as is easy.",
    gentler: "Tilt only a little way, just to the first hint of a stretch, then come back to the middle.",
  },
  {
    id: "neck-half-circle",
    name: "neck half circle",
    summary:
      "A gentle way to loosen the whole neck, rolling only through the front half of the circle. It replaces full neck rolls, because tipping your head far back squeezes the joints at the back of your neck, so these rolls stay in front.",
    setup: "Sit tall and relax your shoulders. Let your chin drop softly toward your chest.",
    movements: [
      {
        cue: "Roll your right ear toward your right shoulder. Then sweep your chin down, across your chest, and over to the left.",
        again: [
          "And back the other way, slow and smooth.",
          "Sweep across again, chin low.",
          "And back once more, nice and smooth.",
        ],
        seconds: 6,
        kind: "move",
      },
    ],
    reps: 4,
    sides: false,
    breath: "Breathe slowly. Let each breath out soften your neck.",
    caution: "Keep these rolls small, slow and pain free.",
    shortCaution: "Front half only, never far back.",
    gentler: "Keep it tiny: just nod your chin a little toward each shoulder, without any rolling.",
  },
  {
    id: "shoulder-roll",
    name: "shoulder roll",
    summary: "It eases tension across the tops of your shoulders and your upper back.",
    setup: "Sit or stand tall with your arms loose at your sides.",
    movements: [
      {
        cue: "Lift both shoulders up toward your ears. Then circle them back, and let them drop down.",
        again: [
          "Up, back, and down.",
          "Lift, roll back, and drop.",
          "Up, back, and down again.",
          "Up, round, and down.",
          "Shrug, circle back, and drop.",
        ],
        seconds: 4,
        kind: "move",
      },
    ],
    reps: 6,
    sides: false,
    breath: "Breathe in as you lift, and out as you roll back and down.",
    caution: "Big, slow circles. Keep your neck long and your jaw loose.",
    shortCaution: "Slow circles, neck long.",
    gentler: "Make the circles small and slow, or simply lift your shoulders and let them drop.",
  },
  {
    id: "seated-forward-fold",
    name: "seated forward fold",
    summary: "It lets gravity lengthen the back of your neck and your upper back.",
    setup: "Sit tall near the front of a chair, feet flat and a little apart.",
    movements: [
      {
        cue: "Hinge forward from your hips and let your head hang heavy. Arms can rest on your legs or dangle. Stay here.",
        seconds: 30,
        kind: "hold",
      },
      {
        cue: "Now gently sway your head a little from side to side.",
        seconds: 8,
        kind: "move",
        release: "Slowly roll back up to sitting, and lift your head last.",
      },
    ],
    reps: 1,
    sides: false,
    breath: "Breathe into your back and let each breath out sink you a little lower.",
    // Head-down positions raise pressure in the eyes and head: AAO and glaucoma charities advise care with inversions.
    caution:
      "Come up slowly so you don't feel light headed. Skip it if folding forward hurts your back, or if you have glaucoma or high blood pressure, since hanging your head down raises the pressure in your head and eyes.",
    shortCaution: "Come up slowly, and skip it with glaucoma or high blood pressure.",
    gentler:
      "Fold only part way, with your hands on your thighs taking your weight and your head in line with your back.",
  },
  {
    id: "doorway-chest-stretch",
    name: "doorway chest stretch",
    summary: "It opens a tight chest, which lets your shoulders sit back and takes load off your neck.",
    setup:
      "Stand in an open doorway. Raise your arms and rest each forearm against the door frame, elbows level with your shoulders.",
    settleSeconds: 8,
    movements: [
      {
        cue: "Step one foot forward and lean gently through the doorway. Feel your chest and the front of your shoulders open.",
        again: "Lean through again, chest open, chin level.",
        seconds: 20,
        kind: "hold",
        release: "Ease back out of the stretch.",
      },
    ],
    reps: 2,
    sides: false,
    breath: "Breathe deep into your chest while you hold.",
    caution: "Keep it gentle in the shoulders, and stop if you feel tingling in your arms or hands.",
    shortCaution: "Gentle, and stop if your arms tingle.",
    gentler: "Bring your elbows down below shoulder height, and barely lean at all.",
  },
  {
    id: "neck-isometrics",
    name: "isometric neck press",
    summary: "It strengthens your neck muscles by pressing against your own hand, while your head stays still.",
    setup: "Sit tall with your head level and your eyes forward.",
    movements: [
      {
        cue: "Palm on your forehead. Press gently forward into it, and let your hand push back so nothing moves. Hold.",
        brief: "Forward.",
        seconds: 5,
        kind: "hold",
        release: "And relax.",
      },
      {
        cue: "Hands clasped behind your head. Press back gently, head still. Hold.",
        brief: "Back.",
        seconds: 5,
        kind: "hold",
        release: "And relax.",
      },
      {
        cue: "Right hand on the side of your head. Press gently, with no tipping. Hold.",
        brief: "Right side.",
        seconds: 5,
        kind: "hold",
        release: "And relax.",
      },
      {
        cue: "Now the left hand, on the left side. Press gently. Hold.",
        brief: "Left side.",
        seconds: 5,
        kind: "hold",
        release: "And release.",
      },
    ],
    reps: 1,
    sides: false,
    breath: "Keep breathing while you press. Don't hold your breath.",
    caution: "Use only light effort, about a quarter of your strength. Stop if it hurts.",
    shortCaution: "Light effort only.",
    gentler: "Press with even less effort, just a touch, and let go sooner.",
  },
  {
    id: "neck-self-massage",
    name: "neck massage",
    summary: "It eases the knots just under your skull and down both sides of your neck.",
    setup: "Sit comfortably and let your shoulders drop. Bring your fingertips to the back of your head.",
    movements: [
      {
        cue: "Find the ridge where your skull meets your neck. Press lightly, in small, slow circles.",
        seconds: 8,
        kind: "move",
      },
      {
        cue: "Work outward along the ridge, toward your ears.",
        seconds: 8,
        kind: "move",
      },
      {
        cue: "Now slide down the sides of your neck, still circling.",
        seconds: 8,
        kind: "move",
      },
      {
        cue: "Stay with the tightest spot, with gentle pressure.",
        seconds: 8,
        kind: "move",
        release: "Let your hands rest in your lap.",
      },
    ],
    reps: 1,
    sides: false,
    breath: "Breathe slowly and let your jaw relax.",
    caution: "Keep the pressure light, and avoid pressing on the front of your throat.",
    shortCaution: "Light pressure, away from your throat.",
    gentler: "Use lighter pressure: rest your fingertips and just move the skin in slow circles.",
  },
  {
    id: "neck-nod",
    name: "chin to chest nod",
    summary:
      "It moves your neck forward and back: chin down to stretch the back of the neck, then a small look up, never cranking back.",
    setup: "Sit tall, shoulders relaxed, eyes forward.",
    movements: [
      {
        cue: "Slowly lower your chin toward your chest, and feel the back of your neck lengthen.",
        again: ["Chin down toward your chest.", "And lower your chin again."],
        seconds: 4,
        kind: "move",
      },
      {
        cue: "Now lift your head back to level, and look a little above straight ahead, without tipping far back.",
        again: ["And up, just above level.", "Back up, eyes just above level."],
        seconds: 4,
        kind: "move",
      },
    ],
    reps: 3,
    sides: false,
    breath: "Breathe out as your chin goes down, and in as you look up.",
    caution: "Keep the look up small, and stop before the back of your neck pinches.",
    shortCaution: "Only a small look up.",
    gentler: "Keep it to a small nod: chin down a little, then back to level, without looking up.",
  },
  {
    id: "chin-tuck-hold",
    name: "chin tuck hold",
    summary: "A strength version of the chin tuck: longer holds that build the deep muscles at the front of your neck.",
    setup: "Sit or stand tall, with your eyes level and your shoulders easy.",
    movements: [
      {
        cue: "Glide your chin straight back and hold it there, with a gentle effort, about a quarter of your strength.",
        again: ["Chin back again, and hold, gently.", "Back once more, gently. Hold."],
        seconds: 10,
        kind: "hold",
        release: ["And let it go.", "And relax.", "Ease off."],
      },
    ],
    reps: 3,
    sides: false,
    breath: "Keep breathing through the hold.",
    caution: "Keep your eyes level so your head slides back rather than nodding down, and stop if it hurts.",
    shortCaution: "Gentle effort, eyes level.",
    gentler:
      "Use the smallest glide back, hold it for one slow breath, then let it go. Repeat that at your own easy pace until I speak again.",
  },
  {
    id: "shoulder-blade-squeeze",
    name: "shoulder blade squeeze",
    summary:
      "It strengthens the muscles between your shoulder blades, which hold your shoulders back and take load off your neck.",
    setup: "Sit or stand tall with your arms by your sides and your neck long.",
    movements: [
      {
        cue: "Draw your shoulder blades back and down, as if tucking them into your back pockets. Hold.",
        again: [
          "Squeeze back and down again. Hold.",
          "Blades back and down. Hold.",
          "Draw them back again. Hold.",
          "Back and down once more. Hold.",
        ],
        seconds: 5,
        kind: "hold",
        release: ["And relax.", "And let go.", "Ease off.", "Relax.", "And rest."],
      },
    ],
    reps: 5,
    sides: false,
    breath: "Breathe out as you squeeze.",
    caution: "Keep your shoulders low and relaxed, and your chin level.",
    shortCaution: "Shoulders down, chin level.",
    gentler:
      "Squeeze only lightly, for one slow breath, then let go. Repeat that at your own easy pace until I speak again.",
  },
];

const byId = new Map<StretchId, Stretch>(STRETCHES.map((s) => [s.id, s]));

/** The stretch taught when someone asks for "a stretch" without naming one: gentle, and good for a stiff neck. */
export const DEFAULT_STRETCH: StretchId = "side-neck-stretch";

export function stretchById(id: StretchId): Stretch {
  const stretch = byId.get(id);
  if (!stretch) throw new Error(`Unknown stretch: ${id}`);
  return stretch;
}
