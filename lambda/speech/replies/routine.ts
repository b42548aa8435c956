import type { Content } from "../../../models/content/content";
import { NORMAL_PACE, type Pace } from "../../../models/content/pacing";
import { aboutMinutes, pick } from "../wording";
import type { RoutineId } from "../../../models/types";
import type { RoutineProgress, UserRecord } from "../../persistence/user-record";
import { routineSteps, type Step } from "../../routine/engine";
import { partCount, partEnds as plannedPartEnds, type ReplyPlan } from "../../routine/plan";
import { stretchScreen } from "../../display/screens";
import { CHANGE_SECONDS, partSizing, stepSpeech } from "../narration";
import { ask, type Reply } from "../reply";
import { Speech, says } from "../ssml";

export { CHANGE_SECONDS, stepSpeech } from "../narration";
import { estimateSeconds } from "../timing";

/**
 * What a routine says: one stretch per response (a chime, a short header, the
 * stretch's caution in a few words, the narrated stretch, a prompt), or,
 * straight through, the routine in as few parts as Alexa's response limits
 * allow. Names and wording come from the locale's content; holds follow the pace.
 */

/** Step mode: one stretch, then "say next". */
function stepReply(lead: Speech, step: Step, content: Content, pace: Pace, stepLead?: string): Reply {
  const talk = content.words.routine;
  const speech = lead.append(stepSpeech(step, content, pace, stepLead)).say(pick(talk.sayNext, step.index));
  return { ...ask(speech, says(talk.nextReprompt)), display: stepScreen(step, content) };
}

/** Each step's SSML as step mode says it, from the first stretch. */
function stepParts(routineId: RoutineId, content: Content, pace: Pace): string[] {
  const parts: string[] = [];
  for (const step of routineSteps(routineId)) parts.push(stepReply(new Speech(), step, content, pace).speech.toSsml());
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

/** Straight through: the index of the last stretch of each part, as the routine planner groups them. */
export function partEnds(routineId: RoutineId, content: Content, pace: Pace): number[] {
  const sizing = partSizing(content, pace);
  return plannedPartEnds(sizing.sizes(routineSteps(routineId)), sizing.limits);
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
