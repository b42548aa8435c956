import type { Content, Words } from "../../models/content/content";
import { holdSeconds, moveSeconds, NORMAL_PACE, type Pace } from "../../models/content/pacing";
import { pick } from "./wording";
import type { Movement, RoutineItem, Side, Stretch } from "../../models/types";
import type { Step } from "../routine/engine";
import type { PartSizing, ReplyPlan, StepSize } from "../routine/plan";
import { stretchScreen } from "../display/screens";
import { ask, type Reply } from "./reply";
import { audioCount, CHIMES, MAX_AUDIO_TAGS, MAX_SPEECH_CHARS, pause, Speech, says, speak } from "./ssml";

/**
 * How a routine's steps are spoken: the reply for a planned part or step
 * (renderPlan), each step around its stretch (stepSpeech), the stretch itself
 * (narrateStretch, also used by lessons), and how big a step's speech is (the
 * size estimate the routine planner groups straight-through parts by:
 * partSizing). How a stretch's pauses are timed: A hold is silence
 * (chained <break>s of at most 10 s) with sparse cues: "halfway" in holds of
 * 15 s or more, "five more seconds" near the end of longer ones, then the release.
 * Hold and movement lengths follow the user's pace (models/content/pacing.ts).
 */

/** Holds shorter than this get no cue inside them. */
const CUED_HOLD_SECONDS = 15;

/** Time to get into position after the setup, before the first movement (unless the stretch needs longer). */
export const SETTLE_SECONDS = 3;

/** Silence for a hold of `seconds`, with sparse spoken cues. */
export function holdSpeech(seconds: number, variant: number, cues: Words["holdCues"]): Speech {
  const speech = new Speech();
  if (seconds < CUED_HOLD_SECONDS) return speech.pause(seconds);
  const half = Math.round(seconds / 2);
  speech.pause(half).say(pick(cues.halfway, variant));
  const rest = seconds - half;
  if (rest > 8)
    speech
      .pause(rest - 5)
      .say(pick(cues.fiveMore, variant))
      .pause(5);
  else speech.pause(rest);
  return speech;
}

export function fillSide(text: string, side: Side | undefined): string {
  if (!side) return text;
  const other: Side = side === "left" ? "right" : "left";
  return text.replaceAll("{side}", side).replaceAll("{otherSide}", other);
}

export interface NarrationOptions {
  /** Overrides from a routine: reps per side, and the seconds of every hold. */
  readonly item?: Pick<RoutineItem, "reps" | "holdSeconds" | "moveSeconds">;
  /** Picks the small words, so consecutive stretches sound different. */
  readonly variant: number;
  /** The user's pace; normal when absent. */
  readonly pace?: Pace;
}

/** The seconds a movement lasts, with the routine's override and the pace applied. */
export function movementSeconds(movement: Movement, item: NarrationOptions["item"], pace: Pace): number {
  const override = movement.kind === "hold" ? item?.holdSeconds : item?.moveSeconds;
  const seconds = override ?? movement.seconds;
  return movement.kind === "hold" ? holdSeconds(seconds, pace.hold) : moveSeconds(seconds, pace.moves);
}

interface Rep {
  readonly movements: readonly Movement[];
  readonly rep: number;
  readonly reps: number;
  readonly side: Side | undefined;
  readonly item: NarrationOptions["item"];
  readonly variant: number;
  readonly pace: Pace;
}

/** One of a cue's wordings: the only one, or the n-th in turn. */
function inTurn(text: string | readonly string[], n: number): string {
  return typeof text === "string" ? text : pick(text, n);
}

/**
 * The movements of one rep, on one side: the cue, the timed pause, the release;
 * or, brief, just the count: of the movements, when a rep has several (the
 * four presses of the isometric neck press, each its own count, never one long
 * silence), else of the reps, when there is more than one (never a lone "One").
 */
function repSpeech({ movements, rep, reps, side, item, variant, pace }: Rep, words: Words): Speech {
  const speech = new Speech();
  const brief = pace.talk === "brief";
  const countMovements = brief && movements.length > 1;
  if (brief) {
    if (!countMovements && reps > 1) speech.say(words.pace.count(rep + 1));
  } else if (rep > 0 && rep === reps - 1 && reps > 2) speech.say(pick(words.stretch.lastRep, variant + rep));
  movements.forEach((movement, m) => {
    if (countMovements) speech.say(words.pace.count(rep * movements.length + m + 1), movement.brief ?? "");
    if (!brief) speech.say(fillSide(rep > 0 && movement.again ? inTurn(movement.again, rep - 1) : movement.cue, side));
    const seconds = movementSeconds(movement, item, pace);
    speech.append(
      movement.kind === "hold" ? holdSpeech(seconds, variant + rep + m, words.holdCues) : new Speech().pause(seconds),
    );
    if (movement.release && !brief) speech.say(fillSide(inTurn(movement.release, rep), side));
  });
  return speech;
}

const SIDES: readonly Side[] = ["right", "left"];

/**
 * Narration is a pure function of the content, so each one is built once per
 * process and locale, and reused: a warm Lambda speaks a stretch without
 * rebuilding it. The keys are bounded by the content (stretches, routine items, variants, paces).
 */
const narrations = new WeakMap<Content, Map<string, string>>();

/** The setup, breathing cue, a moment to get into position, and every rep on every side, with its pauses. */
export function narrateStretch(content: Content, stretch: Stretch, options: NarrationOptions): Speech {
  const { item, variant } = options;
  const pace = options.pace ?? NORMAL_PACE;
  const key = `${stretch.id}|${item?.reps}|${item?.holdSeconds}|${item?.moveSeconds}|${variant}|${pace.hold}|${pace.moves}|${pace.talk}`;
  let cache = narrations.get(content);
  if (!cache) {
    cache = new Map();
    narrations.set(content, cache);
  }
  let ssml = cache.get(key);
  if (ssml === undefined) {
    ssml = buildNarration(stretch, { item, variant, pace }, content.words).toSsml();
    cache.set(key, ssml);
  }
  return new Speech().append(ssml);
}

function buildNarration(
  stretch: Stretch,
  { item, variant, pace }: NarrationOptions & { pace: Pace },
  words: Words,
): Speech {
  const reps = item?.reps ?? stretch.reps;
  const brief = pace.talk === "brief";
  const speech = brief ? new Speech() : new Speech().say(stretch.setup, stretch.breath);
  speech.pause(stretch.settleSeconds ?? SETTLE_SECONDS);
  const sides = stretch.sides ? SIDES : [undefined];
  sides.forEach((side, s) => {
    if (brief && side) speech.say(words.pace.side(side));
    else if (s > 0) speech.say(pick(words.stretch.otherSide, variant));
    for (let rep = 0; rep < reps; rep++) {
      speech.append(
        repSpeech({ movements: stretch.movements, rep, reps, side, item, variant: variant + s, pace }, words),
      );
    }
  });
  return speech;
}

/** The chime, header, caution and narration of one step; `variant` picks the small words. */
export function stepSpeech(step: Step, content: Content, pace: Pace, lead?: string): Speech {
  const talk = content.words.routine;
  const variant = step.index;
  const stretch = content.stretch(step.stretch.id);
  const opening = lead ?? (step.index === 0 ? pick(talk.leads, 0) : pick(talk.leads.slice(1), variant));
  const speech = new Speech()
    .audio(pick(CHIMES, variant))
    .say(talk.stepHeader(step.index + 1, step.count, stretch.name, opening, step.routine.stepKind));
  if (pace.talk === "detailed") speech.say(stretch.summary, stretch.caution);
  else speech.say(stretch.shortCaution);
  return speech
    .append(narrateStretch(content, stretch, { item: step.item, variant, pace }))
    .say(pick(talk.finishedStep, variant));
}

/**
 * Seconds between two stretches to change position: straight through, a
 * pause of this length; step by step, about the time a person takes to say
 * "next" and hear the reply begin. Announced lengths count it.
 */
export const CHANGE_SECONDS = 4;

/** Room kept in a continuous part for its lead and closing prompt. */
const PROMPT_ROOM = 500;

const sizeCache = new WeakMap<Content, Map<string, readonly StepSize[]>>();

/** The size of each step as spoken straight through, built once per locale, steps and pace. */
function stepSizes(steps: readonly Step[], content: Content, pace: Pace): readonly StepSize[] {
  let cache = sizeCache.get(content);
  if (!cache) {
    cache = new Map();
    sizeCache.set(content, cache);
  }
  const key = `${steps[0]?.routine.id}|${steps[0]?.index}|${steps.length}|${pace.hold}|${pace.moves}|${pace.talk}`;
  let sizes = cache.get(key);
  if (!sizes) {
    sizes = steps.map((step) => {
      const ssml = stepSpeech(step, content, pace).toSsml();
      return { chars: ssml.length, audio: audioCount(ssml) };
    });
    cache.set(key, sizes);
  }
  return sizes;
}

/**
 * What the routine planner needs from speech: each stretch's size, and the
 * room of one response (8,000 characters and five audio tags, less the
 * <speak> wrapper and room for a lead and a closing prompt).
 */
export function partSizing(content: Content, pace: Pace): PartSizing {
  return {
    sizes: (steps) => stepSizes(steps, content, pace),
    limits: {
      maxChars: MAX_SPEECH_CHARS - PROMPT_ROOM - speak("").length,
      maxAudio: MAX_AUDIO_TAGS,
      gapChars: ` ${pause(CHANGE_SECONDS)} `.length,
    },
  };
}

/** Step mode: one stretch, then "say next". */
export function stepReply(lead: Speech, step: Step, content: Content, pace: Pace, stepLead?: string): Reply {
  const talk = content.words.routine;
  const speech = lead.append(stepSpeech(step, content, pace, stepLead)).say(pick(talk.sayNext, step.index));
  return { ...ask(speech, says(talk.nextReprompt)), display: stepScreen(step, content) };
}

/** The screen for a step: the stretch, and where it sits in the routine. */
function stepScreen(step: Step, content: Content) {
  const { name, stepKind } = content.routine(step.routine.id);
  const subtitle = content.words.routine.screenSubtitle(step.index + 1, step.count, name, stepKind);
  return stretchScreen(content.stretch(step.stretch.id), subtitle, content.words);
}

/**
 * A planned routine reply as speech: after `lead`, each planned stretch (a few
 * seconds between them to change position), then the prompt the plan calls for:
 * "say next" step by step, the end of a part, or, for the finish, only the reprompt.
 */
export function renderPlan(lead: Speech, plan: ReplyPlan, content: Content, pace: Pace, stepLead?: string): Reply {
  const [first] = plan.steps;
  if (!first) throw new Error("A routine reply plans at least one step");
  if (!plan.part) return stepReply(lead, first, content, pace, stepLead);
  const talk = content.words.routine;
  const speech = lead;
  plan.steps.forEach((step, n) => {
    if (n > 0) speech.pause(CHANGE_SECONDS);
    speech.append(stepSpeech(step, content, pace));
  });
  const display = stepScreen(first, content);
  if (plan.finished) return { ...ask(speech, says(talk.nextReprompt)), display };
  return { ...ask(speech.say(talk.partEnd(plan.part.number, plan.part.of)), says(talk.partReprompt)), display };
}
