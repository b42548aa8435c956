/**
 * Pace: how long holds last, how much time a movement gets, and how much is
 * said. Chosen by voice ("slower", "hold it longer", "just count"), kept per person.
 */

import type { PaceId } from "../types";

export type HoldPace = "short" | "normal" | "long";
export type MovePace = "quick" | "normal" | "slow";
export type TalkPace = "brief" | "normal" | "detailed";

export interface Pace {
  readonly hold: HoldPace;
  readonly moves: MovePace;
  readonly talk: TalkPace;
}

export const NORMAL_PACE: Pace = { hold: "normal", moves: "normal", talk: "normal" };

/**
 * Static stretches for healthy adults: hold about 15 to 30 seconds, two to
 * four times, most days. Longer holds (up to about 60 seconds) suit older
 * adults; "hold it longer" goes up to 45.
 * Source: ACSM's Guidelines for Exercise Testing and Prescription, flexibility exercise.
 */
export const HOLD_GUIDANCE = { minSeconds: 15, maxSeconds: 30, longestSeconds: 45 } as const;

const HOLD_SCALE: Readonly<Record<HoldPace, number>> = { short: 0.7, normal: 1, long: 1.5 };
const MOVE_SCALE: Readonly<Record<MovePace, number>> = { quick: 0.75, normal: 1, slow: 1.4 };

/**
 * The seconds of a hold at a pace. A static stretch hold (15 s or more at the
 * normal pace) stays within the guidance; short holds of strength moves
 * (a chin tuck's five seconds) only scale.
 */
export function holdSeconds(seconds: number, pace: HoldPace): number {
  const scaled = Math.round(seconds * HOLD_SCALE[pace]);
  if (seconds < HOLD_GUIDANCE.minSeconds) return Math.max(2, scaled);
  const ceiling = pace === "long" ? HOLD_GUIDANCE.longestSeconds : HOLD_GUIDANCE.maxSeconds;
  return Math.min(ceiling, Math.max(HOLD_GUIDANCE.minSeconds, scaled));
}

export function moveSeconds(seconds: number, pace: MovePace): number {
  return Math.max(2, Math.round(seconds * MOVE_SCALE[pace]));
}

/** What each spoken pace choice changes (PACE_NAME slot ids). */
export const PACE_CHANGES: Readonly<Record<PaceId, Partial<Pace>>> = {
  slower: { hold: "long", moves: "slow" },
  faster: { hold: "short", moves: "quick" },
  "longer-holds": { hold: "long" },
  "shorter-holds": { hold: "short" },
  "less-talk": { talk: "brief" },
  "more-detail": { talk: "detailed" },
  normal: NORMAL_PACE,
};
