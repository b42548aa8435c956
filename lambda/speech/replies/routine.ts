import type { Content } from "../../../models/content/content";
import { NORMAL_PACE, type Pace } from "../../../models/content/pacing";
import { aboutMinutes, pick } from "../../../models/content/prompts";
import type { RoutineId } from "../../../models/types";
import type { RoutineProgress, UserRecord } from "../../persistence/user-record";
import { currentStep, stepAt, type Step } from "../../routine/engine";
import { stretchScreen } from "../../display/screens";
import { narrateStretch } from "../../routine/narration";
import { ask, type Reply } from "../reply";
import { audioCount, CHIMES, MAX_AUDIO_TAGS, MAX_SPEECH_CHARS, pause, Speech, says, speak } from "../ssml";
import { estimateSeconds } from "../timing";
import { partOfDay } from "../../turn/part-of-day";

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

/**
 * Straight through: the routine's stretches grouped into parts, each within
 * 8,000 characters and five audio tags once its lead and prompt are added.
 * Returns the index of the last stretch of each part.
 */
export function partEnds(routineId: RoutineId, content: Content, pace: Pace): number[] {
  const ends: number[] = [];
  let ssml = "";
  let index = 0;
  for (let step = stepAt({ routineId, index, continuous: true }); step; step = stepAt({ routineId, index, continuous: true })) {
    const part = stepSpeech(step, content, pace).toSsml();
    const candidate = ssml ? `${ssml} ${pause(CHANGE_SECONDS)} ${part}` : part;
    const fits = speak(candidate).length + PROMPT_ROOM <= MAX_SPEECH_CHARS && audioCount(candidate) <= MAX_AUDIO_TAGS;
    if (!fits && ssml) {
      ends.push(index - 1);
      ssml = part;
    } else ssml = candidate;
    index++;
  }
  ends.push(index - 1);
  return ends;
}

/** The opening line of a routine, with its length at this pace (and, straight through, its parts). */
export function introSpeech(progress: RoutineProgress, content: Content, pace: Pace): Speech {
  const routine = content.routine(progress.routineId);
  const talk = content.words.routine;
  const length = routineLength(progress.routineId, content, pace);
  if (!progress.continuous) return says(talk.intro(routine.name, routine.items.length, length));
  const parts = partEnds(progress.routineId, content, pace).length;
  return says(talk.continuousIntro(routine.name, routine.items.length, length, parts));
}

/** The screen for a step: the stretch, and where it sits in the routine. */
function stepScreen(step: Step, content: Content) {
  const subtitle = content.words.routine.screenSubtitle(step.index + 1, step.count, content.routine(step.routine.id).name);
  return stretchScreen(content.stretch(step.stretch.id), subtitle, content.words);
}

export interface Narrated {
  readonly reply: Reply;
  /** The position of the last stretch spoken. */
  readonly progress: RoutineProgress;
  /** True when the last stretch of the routine was spoken (straight through): the caller adds the finish. */
  readonly finished: boolean;
}

/**
 * Narrates from `progress`. Step mode: that one stretch. Straight through: the
 * rest of its part, ending with a prompt for the next part, or, in the last
 * part, `finished` for the completion.
 */
export function narrateFrom(lead: Speech, progress: RoutineProgress, content: Content, pace: Pace, stepLead?: string): Narrated {
  if (!progress.continuous) return { reply: stepReply(lead, progress, content, pace, stepLead), progress, finished: false };
  const ends = partEnds(progress.routineId, content, pace);
  const part = ends.findIndex((end) => end >= progress.index);
  const end = ends[part] ?? progress.index;
  const speech = lead;
  for (let index = progress.index; index <= end; index++) {
    // A few seconds between stretches to change position.
    if (index > progress.index) speech.pause(CHANGE_SECONDS);
    speech.append(stepSpeech(currentStep({ ...progress, index }), content, pace));
  }
  const display = stepScreen(currentStep(progress), content);
  const last = { ...progress, index: end };
  if (part === ends.length - 1) return { reply: { ...ask(speech, says(content.words.routine.nextReprompt)), display }, progress: last, finished: true };
  const talk = content.words.routine;
  return {
    reply: { ...ask(speech.say(talk.partEnd(part + 1, ends.length)), says(talk.partReprompt)), display },
    progress: last,
    finished: false,
  };
}

/**
 * The end of a routine: a short congratulation, the count of routines
 * finished, the streak, then `closing`, or the farewell for the part of the
 * day at `hour` on the device's clock and, but in the small hours, "see you tomorrow".
 */
export function finishedSpeech(record: UserRecord, variant: number, content: Content, hour: number, closing?: string): Speech {
  const talk = content.words.routine;
  const part = partOfDay(hour);
  const goodbye = closing !== undefined ? [closing] : [talk.farewell[part], part === "night" ? "" : talk.seeYouTomorrow(record.streakDays)];
  return new Speech().say(pick(talk.finished, variant), talk.finishedCount(record.routinesFinished), talk.streak(record.streakDays), ...goodbye);
}

/** A whole routine as narrated in step mode: intro plus every step, in SSML. */
export function routineSsml(routineId: RoutineId, content: Content, pace: Pace = NORMAL_PACE): string[] {
  const [first, ...rest] = stepParts(routineId, content, pace);
  const intro = introSpeech({ routineId, index: 0, continuous: false }, content, pace).toSsml();
  return [`${intro} ${first ?? ""}`, ...rest];
}
