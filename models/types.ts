/**
 * The shapes of everything Neck Coach knows. Plain data, no Alexa imports:
 * the same content feeds the speech, the routines and the interaction model.
 */

export type Side = "left" | "right";

/** The stretches and strength moves. "Neck retraction" is a synonym of the chin tuck. */
export const STRETCH_IDS = [
  "chin-tuck",
  "side-neck-stretch",
  "neck-tilt",
  "neck-half-circle",
  "shoulder-roll",
  "seated-forward-fold",
  "doorway-chest-stretch",
  "neck-isometrics",
  "neck-self-massage",
  "neck-nod",
  "chin-tuck-hold",
  "shoulder-blade-squeeze",
] as const;
export type StretchId = (typeof STRETCH_IDS)[number];

/**
 * One coached movement inside a stretch. After the cue is spoken, the skill
 * pauses for `seconds` (a hold, or the time the motion takes).
 * `cue`, `again` and `release` may contain `{side}` and `{otherSide}`, filled
 * in with "left" / "right" for stretches done on both sides.
 */
export interface Movement {
  /** What to do, for the ear: "Gently draw your chin straight back." */
  readonly cue: string;
  /** A shorter cue for the second and later reps: "And again, chin back."; several are taken in turn. */
  readonly again?: string | readonly string[];
  /** How long the user holds or moves after the cue, in seconds. */
  readonly seconds: number;
  /** "hold": a still position, counted with sparse cues. "move": time to perform a motion. */
  readonly kind: "hold" | "move";
  /** Spoken when the pause ends: "And release."; several are taken in turn, rep by rep. */
  readonly release?: string | readonly string[];
  /** In "just count", after the count, when a rep has several movements: which one ("Forward."). */
  readonly brief?: string;
}

export interface Stretch {
  readonly id: StretchId;
  /** Spoken name, lower case: "chin tuck". Also the slot value; other names people use are in models/language. */
  readonly name: string;
  /** One sentence: what it helps with. */
  readonly summary: string;
  /** The starting position: "Sit tall, shoulders relaxed, eyes forward." */
  readonly setup: string;
  /** Seconds to get into position after the setup, when it takes longer than usual (finding a doorway). */
  readonly settleSeconds?: number;
  readonly movements: readonly Movement[];
  /** How many times the movements are repeated (per side when `sides` is true). */
  readonly reps: number;
  /** True when it is done on one side, then the other. */
  readonly sides: boolean;
  /** A breathing cue spoken near the start. */
  readonly breath: string;
  /** A short safety note spoken at the end of a taught stretch. */
  readonly caution: string;
  /** The caution in a few words, spoken once when the stretch comes up in a routine. */
  readonly shortCaution: string;
  /** A gentler way to do it (smaller range, less effort), offered when it hurts. */
  readonly gentler: string;
}

export const ROUTINE_IDS = ["quick", "after-lifting", "full", "strength"] as const;
export type RoutineId = (typeof ROUTINE_IDS)[number];

/** One stretch inside a routine, with optional overrides of its reps and hold. */
export interface RoutineItem {
  readonly stretch: StretchId;
  readonly reps?: number;
  /** Replaces the seconds of every "hold" movement of the stretch. */
  readonly holdSeconds?: number;
  /** Replaces the seconds of every "move" movement of the stretch. */
  readonly moveSeconds?: number;
}

/** What a routine's steps are called: stretches, or in a strength routine, exercises. */
export type StepKind = "stretch" | "exercise";

export interface Routine {
  readonly id: RoutineId;
  /** Spoken name: "quick routine". Also the slot value. */
  readonly name: string;
  /** One sentence on what it is for. */
  readonly description: string;
  /** What its steps are called when they are counted: "stretch 2 of 4", "3 exercises left". */
  readonly stepKind: StepKind;
  readonly items: readonly RoutineItem[];
}

export const CAUSE_IDS = [
  "posture",
  "repetition",
  "sudden-movement",
  "muscle-imbalance",
  "existing-condition",
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export interface Cause {
  readonly id: CauseId;
  /** Spoken name, lower case: "posture". Also the slot value of CAUSE_NAME. */
  readonly name: string;
  /** Short label: "posture during the lift". */
  readonly title: string;
  /** One or two short spoken sentences. */
  readonly explanation: string;
}

export const EXERCISE_IDS = [
  "overhead-press",
  "pull-up",
  "deadlift",
  "neck-machine",
  "bench-press",
  "shrug",
  "squat",
  "crunch",
  "running",
  "swimming",
  "cycling",
  "martial-arts",
  "plyometrics",
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** An exercise that commonly strains the neck, and how to keep the neck safe in it. */
export interface ExerciseNote {
  readonly id: ExerciseId;
  /** Spoken name, lower case: "deadlift". Also the slot value. */
  readonly name: string;
  /** Why it can strain the neck: one or two short sentences. */
  readonly why: string;
  /** How to keep the neck safe in it: one or two short sentences. */
  readonly keepSafe: string;
  /** A stretch that suits the neck after it. */
  readonly stretch: StretchId;
}

/** A spoken answer: the point first, at most two more short sentences. */
export interface Answer {
  readonly point: string;
  readonly detail: readonly string[];
}

export const HABIT_IDS = ["form", "warm-up", "strength", "listen", "rest", "progress"] as const;
export type HabitId = (typeof HABIT_IDS)[number];

export interface PreventionTip {
  readonly id: HabitId;
  /** Spoken name, lower case: "warming up". Also the slot value of HABIT_NAME. */
  readonly name: string;
  readonly title: string;
  readonly say: string;
}

/** Warning signs, as the SYMPTOM_NAME slot resolves them (their levels and sources: models/content/triage.ts). */
export const RED_FLAG_IDS = [
  "injury",
  "older-fall",
  "worst-headache",
  "chest-pain",
  "fainting",
  "breathing-swallowing",
  "face-numb",
  "eyelid-droop",
  "confusion",
  "rash",
  "fever-stiff-neck",
  "weakness",
  "walking-balance",
  "bladder-bowel",
  "vision-speech",
  "both-hands",
  "electric-shocks",
  "fever",
  "arm-tingling",
  "lasting-pain",
  "night-pain",
  "pop-then-pain",
  "cancer-history",
  "weight-loss",
  "night-sweats",
  "minor-bump",
  "light-sensitivity",
  "vomiting",
  "headache",
  "migraine",
  "dead-arm",
  "stiff-neck",
  "dizziness",
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/**
 * How urgent a warning sign is, most urgent first: "emergency" (call the local
 * emergency number now), "urgent" (get seen today), "soon" (a doctor or physio
 * within days), "self-care" (rest, with the signs that would change that),
 * "dizziness" (stop, sit or lie down; its own advice).
 */
export const RED_FLAG_LEVELS = ["emergency", "urgent", "soon", "dizziness", "self-care"] as const;
export type RedFlagLevel = (typeof RED_FLAG_LEVELS)[number];

export interface RedFlag {
  readonly id: RedFlagId;
  /** Slot value: "pain after a fall or crash". */
  readonly name: string;
  readonly level: RedFlagLevel;
}

/** How the user wants a routine paced, as the PACE_NAME slot resolves it. */
export const PACE_IDS = [
  "slower",
  "faster",
  "longer-holds",
  "shorter-holds",
  "less-talk",
  "more-detail",
  "normal",
] as const;
export type PaceId = (typeof PACE_IDS)[number];
