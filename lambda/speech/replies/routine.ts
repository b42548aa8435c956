import type { Content } from "../../../models/content/content";
import { NORMAL_PACE, type Pace } from "../../../models/content/pacing";
import { aboutMinutes, pick } from "../wording";
import type { RoutineId } from "../../../models/types";
import type { RoutineProgress, UserRecord } from "../../persistence/user-record";
import { currentStep, stepAt, type Step } from "../../routine/engine";
import { partCount, partEnds as plannedPartEnds, type PartSizing, type ReplyPlan, type StepSize } from "../../routine/plan";
import { stretchScreen } from "../../display/screens";
import { narrateStretch } from "../narration";
import { ask, type Reply } from "../reply";
import { audioCount, CHIMES, MAX_AUDIO_TAGS, MAX_SPEECH_CHARS, pause, Speech, says, speak } from "../ssml";
import { estimateSeconds } from "../timing";

/**
 * What a routine says: one stretch per response (a chime, a short header, the
 * stretch's caution in a few words, the narrated stretch, a prompt), or,
 * straight through, the routine in as few parts as Alexa's response limits
 * allow. Names and wording come from the locale's content; holds follow the pace.
 */

/** The chime, header, caution and narration of one step; `variant` picks the small words. */
export function stepSpeech(step: Step, content: Content, pace: Pace, lead?: string): Speech {
  const talk = content.words.routine;
  const variant = step.index;
  const stretch = content.stretch(step.stretch.id);
  const opening = lead ?? (step.index === 0 ? pick(talk.leads, 0) : pick(talk.leads.slice(1), variant));
  const speech = new Speech().audio(pick(CHIMES, variant)).say(talk.stepHeader(step.index + 1, step.count, stretch.name, opening));
  if (pace.talk === "detailed") speech.say(stretch.summary, stretch.caution);
  else speech.say(stretch.shortCaution);
  return speech.append(narrateStretch(content, stretch, { item: step.item, variant, pace })).say(pick(talk.finishedStep, variant));
}

/** Step mode: one stretch, then "say next". */
function stepReply(lead: Speech, progress: RoutineProgress, content: Content, pace: Pace, stepLead?: string): Reply {
  const talk = content.words.routine;
  const step = currentStep(progress);
  const speech = lead.append(stepSpeech(step, content, pace, stepLead)).say(pick(talk.sayNext, step.index));
  return { ...ask(speech, says(talk.nextReprompt)), display: stepScreen(step, content) };
}

/** Each step's SSML as step mode says it, from the first stretch. */
function stepParts(routineId: RoutineId, content: Content, pace: Pace): string[] {
  const parts: string[] = [];
  for (let index = 0; stepAt({ routineId, index, continuous: false }); index++) {
    parts.push(stepReply(new Speech(), { routineId, index, continuous: false }, content, pace).speech.toSsml());
  }
  return parts;
}

const lengths = new WeakMap<Content, Map<string, readonly number[]>>();

/** Estimated seconds of each step of a routine at a pace, built once per locale, routine and pace. */
function stepSeconds(routineId: RoutineId, content: Content, pace: Pace): readonly number[] {
  let cache = lengths.get(content);
  if (!cache) {
    cache = new Map();
    lengths.set(content, cache);
  }
  const key = `${routineId}|${pace.hold}|${pace.moves}|${pace.talk}`;
  let seconds = cache.get(key);
  if (!seconds) {
    seconds = stepParts(routineId, content, pace).map(estimateSeconds);
    cache.set(key, seconds);
  }
  return seconds;
}

/**
 * Seconds between two stretches to change position: straight through, a
 * pause of this length; step by step, about the time a person takes to say
 * "next" and hear the reply begin. Announced lengths count it.
 */
export const CHANGE_SECONDS = 4;

/** How long a routine takes from stretch `from` on, at a pace, with the changes between stretches: what it announces. */
export function routineSeconds(routineId: RoutineId, content: Content, pace: Pace = NORMAL_PACE, from = 0): number {
  const steps = stepSeconds(routineId, content, pace).slice(from);
  const changes = from === 0 ? Math.max(0, steps.length - 1) : steps.length;
  return steps.reduce((a, b) => a + b, 0) + changes * CHANGE_SECONDS;
}

/** "about 4 minutes", for the routine at the user's pace: from the start, its opening line included. */
export function routineLength(routineId: RoutineId, content: Content, pace: Pace, from = 0): string {
  const steps = routineSeconds(routineId, content, pace, from);
  if (from > 0) return aboutMinutes(steps);
  const routine = content.routine(routineId);
  const opening = estimateSeconds(says(content.words.routine.intro(routine.name, routine.items.length, aboutMinutes(steps))).toSsml());
  return aboutMinutes(steps + opening);
}

/** Room kept in a continuous part for its lead and closing prompt. */
const PROMPT_ROOM = 500;

const sizeCache = new WeakMap<Content, Map<string, readonly StepSize[]>>();

/** The size of each stretch of a routine as `narrate` speaks it straight through, built once per locale, routine and pace. */
function stepSizes(routineId: RoutineId, content: Content, pace: Pace): readonly StepSize[] {
  let cache = sizeCache.get(content);
  if (!cache) {
    cache = new Map();
    sizeCache.set(content, cache);
  }
  const key = `${routineId}|${pace.hold}|${pace.moves}|${pace.talk}`;
  let sizes = cache.get(key);
  if (!sizes) {
    const built: StepSize[] = [];
    for (let index = 0; stepAt({ routineId, index, continuous: true }); index++) {
      const ssml = stepSpeech(currentStep({ routineId, index, continuous: true }), content, pace).toSsml();
      built.push({ chars: ssml.length, audio: audioCount(ssml) });
    }
    sizes = built;
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
    sizes: (routineId) => stepSizes(routineId, content, pace),
    limits: {
      maxChars: MAX_SPEECH_CHARS - PROMPT_ROOM - speak("").length,
      maxAudio: MAX_AUDIO_TAGS,
      gapChars: ` ${pause(CHANGE_SECONDS)} `.length,
    },
  };
}

/** Straight through: the index of the last stretch of each part, as the routine planner groups them. */
export function partEnds(routineId: RoutineId, content: Content, pace: Pace): number[] {
  const sizing = partSizing(content, pace);
  return plannedPartEnds(sizing.sizes(routineId), sizing.limits);
}

/** The opening line of a routine, with its length at this pace (and, straight through, its parts). */
export function introSpeech(progress: RoutineProgress, content: Content, pace: Pace): Speech {
  const routine = content.routine(progress.routineId);
  const talk = content.words.routine;
  const length = routineLength(progress.routineId, content, pace);
  if (!progress.continuous) return says(talk.intro(routine.name, routine.items.length, length));
  const parts = partCount(progress.routineId, partSizing(content, pace));
  return says(talk.continuousIntro(routine.name, routine.items.length, length, parts));
}

/** The screen for a step: the stretch, and where it sits in the routine. */
function stepScreen(step: Step, content: Content) {
  const subtitle = content.words.routine.screenSubtitle(step.index + 1, step.count, content.routine(step.routine.id).name);
  return stretchScreen(content.stretch(step.stretch.id), subtitle, content.words);
}

/**
 * A planned routine reply as speech: after `lead`, each planned stretch (a few
 * seconds between them to change position), then the prompt the plan calls for:
 * "say next" step by step, the end of a part, or, for the finish, only the reprompt.
 */
export function renderPlan(lead: Speech, plan: ReplyPlan, content: Content, pace: Pace, stepLead?: string): Reply {
  if (!plan.part) return stepReply(lead, plan.from, content, pace, stepLead);
  const talk = content.words.routine;
  const speech = lead;
  plan.steps.forEach((index, n) => {
    if (n > 0) speech.pause(CHANGE_SECONDS);
    speech.append(stepSpeech(currentStep({ ...plan.from, index }), content, pace));
  });
  const display = stepScreen(currentStep(plan.from), content);
  if (plan.finished) return { ...ask(speech, says(talk.nextReprompt)), display };
  return { ...ask(speech.say(talk.partEnd(plan.part.number, plan.part.of)), says(talk.partReprompt)), display };
}

/** The end of a routine: a short congratulation, the count of routines finished, the streak, then the farewell or `closing`. */
export function finishedSpeech(record: UserRecord, variant: number, content: Content, closing?: string): Speech {
  const talk = content.words.routine;
  return new Speech().say(pick(talk.finished, variant), talk.finishedCount(record.routinesFinished), talk.streak(record.streakDays), closing ?? talk.farewell);
}

/** A whole routine as narrated in step mode: intro plus every step, in SSML. */
export function routineSsml(routineId: RoutineId, content: Content, pace: Pace = NORMAL_PACE): string[] {
  const [first, ...rest] = stepParts(routineId, content, pace);
  const intro = introSpeech({ routineId, index: 0, continuous: false }, content, pace).toSsml();
  return [`${intro} ${first ?? ""}`, ...rest];
}
