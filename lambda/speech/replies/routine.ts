import type { Content } from "../../../models/content/content";
import { NORMAL_PACE, type Pace } from "../../../models/content/pacing";
import { aboutMinutes, pick } from "../wording";
import type { RoutineId } from "../../../models/types";
import type { RoutineProgress, UserRecord } from "../../persistence/user-record";
import { routineSteps } from "../../routine/engine";
import { partCount, partEnds as plannedPartEnds } from "../../routine/plan";
import { CHANGE_SECONDS, partSizing, stepReply } from "../narration";
import { Speech, says } from "../ssml";
import { estimateSeconds } from "../timing";
import { partOfDay } from "../../domain/part-of-day";

/** Re-exported: the announced lengths count it. */
export { CHANGE_SECONDS } from "../narration";

/**
 * What a routine says around its steps: the opening line with the length at
 * the user's pace (and, straight through, the number of parts), the lengths
 * themselves, and the finish. The steps are spoken in ../narration.ts.
 */

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
  const opening = estimateSeconds(
    says(
      content.words.routine.intro(routine.name, routine.items.length, aboutMinutes(steps), routine.stepKind),
    ).toSsml(),
  );
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
  if (!progress.continuous) return says(talk.intro(routine.name, routine.items.length, length, routine.stepKind));
  const parts = partCount(progress.routineId, partSizing(content, pace));
  return says(talk.continuousIntro(routine.name, routine.items.length, length, parts, routine.stepKind));
}

/**
 * The end of a routine: a short congratulation, the count of routines
 * finished, the streak, then `closing`, or the farewell for the part of the
 * day at `hour` on the device's clock and, but in the small hours, "see you tomorrow".
 */
export function finishedSpeech(
  record: UserRecord,
  variant: number,
  content: Content,
  hour: number,
  closing?: string,
): Speech {
  const talk = content.words.routine;
  const part = partOfDay(hour);
  const goodbye =
    closing !== undefined
      ? [closing]
      : [talk.farewell[part], part === "night" ? "" : talk.seeYouTomorrow(record.streakDays)];
  return new Speech().say(
    pick(talk.finished, variant),
    talk.finishedCount(record.routinesFinished),
    talk.streak(record.streakDays),
    ...goodbye,
  );
}

/** A whole routine as narrated in step mode: intro plus every step, in SSML. */
export function routineSsml(routineId: RoutineId, content: Content, pace: Pace = NORMAL_PACE): string[] {
  const [first, ...rest] = stepParts(routineId, content, pace);
  const intro = introSpeech({ routineId, index: 0, continuous: false }, content, pace).toSsml();
  return [`${intro} ${first ?? ""}`, ...rest];
}
