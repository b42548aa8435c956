import type { Content, Words } from "../../models/content/content";
import { pick } from "../../models/content/prompts";
import type { Movement, RoutineItem, Side, Stretch } from "../../models/types";
import { Speech } from "../speech/ssml";

/**
 * How a stretch is spoken, and how its pauses are timed. A hold is silence
 * (chained <break>s of at most 10 s) with sparse cues: "halfway" in holds of
 * 15 s or more, "five more seconds" near the end of longer ones, then the release.
 */

/** Holds shorter than this get no cue inside them. */
const CUED_HOLD_SECONDS = 15;

/** Silence for a hold of `seconds`, with sparse spoken cues. */
export function holdSpeech(seconds: number, variant: number, cues: Words["holdCues"]): Speech {
  const speech = new Speech();
  if (seconds < CUED_HOLD_SECONDS) return speech.pause(seconds);
  const half = Math.round(seconds / 2);
  speech.pause(half).say(pick(cues.halfway, variant));
  const rest = seconds - half;
  if (rest > 8) speech.pause(rest - 5).say(pick(cues.fiveMore, variant)).pause(5);
  else speech.pause(rest);
  return speech;
}

export function fillSide(text: string, side: Side | undefined): string {
  if (!side) return text;
  const other: Side = side === "left" ? "right" : "left";
  return text.replaceAll("{side}", side).replaceAll("{otherSide}", other);
}

/** The movements of one rep, on one side. */
function repSpeech(
  movements: readonly Movement[],
  rep: number,
  reps: number,
  side: Side | undefined,
  item: NarrationOptions["item"],
  variant: number,
  words: Words,
): Speech {
  const speech = new Speech();
  if (rep > 0 && rep === reps - 1 && reps > 2) speech.say(pick(words.stretch.lastRep, variant + rep));
  movements.forEach((movement, m) => {
    const cue = rep > 0 && movement.again ? movement.again : movement.cue;
    speech.say(fillSide(cue, side));
    const override = movement.kind === "hold" ? item?.holdSeconds : item?.moveSeconds;
    const seconds = override ?? movement.seconds;
    speech.append(movement.kind === "hold" ? holdSpeech(seconds, variant + rep + m, words.holdCues) : new Speech().pause(seconds));
    if (movement.release) speech.say(fillSide(movement.release, side));
  });
  return speech;
}

export interface NarrationOptions {
  /** Overrides from a routine: reps per side, and the seconds of every hold. */
  readonly item?: Pick<RoutineItem, "reps" | "holdSeconds" | "moveSeconds">;
  /** Picks the small words, so consecutive stretches sound different. */
  readonly variant: number;
}

const SIDES: readonly Side[] = ["right", "left"];

/**
 * Narration is a pure function of the content, so each one is built once per
 * process and locale, and reused: a warm Lambda speaks a stretch without
 * rebuilding it. The keys are bounded by the content (stretches, routine items, variants).
 */
const narrations = new WeakMap<Content, Map<string, string>>();

/** The setup, breathing cue and every rep on every side of a stretch, with its pauses. */
export function narrateStretch(content: Content, stretch: Stretch, options: NarrationOptions): Speech {
  const { item, variant } = options;
  const key = `${stretch.id}|${item?.reps}|${item?.holdSeconds}|${item?.moveSeconds}|${variant}`;
  let cache = narrations.get(content);
  if (!cache) {
    cache = new Map();
    narrations.set(content, cache);
  }
  let ssml = cache.get(key);
  if (ssml === undefined) {
    ssml = buildNarration(stretch, options, content.words).toSsml();
    cache.set(key, ssml);
  }
  return new Speech().append(ssml);
}

function buildNarration(stretch: Stretch, { item, variant }: NarrationOptions, words: Words): Speech {
  const reps = item?.reps ?? stretch.reps;
  const speech = new Speech().say(stretch.setup, stretch.breath);
  const sides = stretch.sides ? SIDES : [undefined];
  sides.forEach((side, s) => {
    if (s > 0) speech.say(pick(words.stretch.otherSide, variant));
    for (let rep = 0; rep < reps; rep++) {
      speech.append(repSpeech(stretch.movements, rep, reps, side, item, variant + s, words));
    }
  });
  return speech;
}
