import type { Content } from "../../../models/content/content";
import { pick } from "../../../models/content/prompts";
import type { RoutineProgress, UserRecord } from "../../persistence/user-record";
import { currentStep, next, type Step } from "../../routine/engine";
import { stretchScreen } from "../../display/screens";
import { narrateStretch } from "../../routine/narration";
import { ask, tell, type Reply } from "../reply";
import { audioCount, CHIMES, MAX_AUDIO_TAGS, MAX_SPEECH_CHARS, Speech, says, speak } from "../ssml";

/**
 * What a routine says: one stretch per response (a chime, a short header,
 * the narrated stretch, a prompt), or in continuous mode as many stretches
 * as fit in one response. Names and wording come from the locale's content.
 */

/** The chime, header and narration of one step; `variant` picks the small words. */
export function stepSpeech(step: Step, content: Content): Speech {
  const talk = content.words.routine;
  const variant = step.index;
  const stretch = content.stretch(step.stretch.id);
  const lead = step.index === 0 ? pick(talk.leads, 0) : pick(talk.leads.slice(1), variant);
  return new Speech()
    .audio(pick(CHIMES, variant))
    .say(talk.stepHeader(step.index + 1, step.count, stretch.name, lead))
    .append(narrateStretch(content, stretch, { item: step.item, variant }))
    .say(pick(talk.finishedStep, variant));
}

/** The opening line of a routine. */
export function introSpeech(progress: RoutineProgress, content: Content): Speech {
  const routine = content.routine(progress.routineId);
  const talk = progress.continuous ? content.words.routine.continuousIntro : content.words.routine.intro;
  return says(talk(routine.name, routine.items.length, routine.minutes));
}

/** The screen for a step: the stretch, and where it sits in the routine. */
function stepScreen(step: Step, content: Content) {
  const subtitle = content.words.routine.screenSubtitle(step.index + 1, step.count, content.routine(step.routine.id).name);
  return stretchScreen(content.stretch(step.stretch.id), subtitle, content.words);
}

/** Step mode: one stretch, then "say next". */
function stepReply(lead: Speech, progress: RoutineProgress, content: Content): Reply {
  const talk = content.words.routine;
  const step = currentStep(progress);
  const speech = lead.append(stepSpeech(step, content)).say(pick(talk.sayNext, step.index));
  return { ...ask(speech, says(talk.nextReprompt)), display: stepScreen(step, content) };
}

/** Room left for stretches in one response, keeping space for the closing prompt. */
const PROMPT_ROOM = 300;

/**
 * Continuous mode: from the current stretch, as many as fit in 8,000 characters
 * and five audio tags. Returns the position of the last stretch spoken.
 */
function continuousReply(lead: Speech, progress: RoutineProgress, content: Content): { reply: Reply; progress: RoutineProgress; done: boolean } {
  const talk = content.words.routine;
  const speech = lead;
  let position = progress;
  let spoken = 0;
  for (let at: RoutineProgress | "finished" = progress; at !== "finished"; at = next(at)) {
    const part = stepSpeech(currentStep(at), content).toSsml();
    const candidate = `${speech.toSsml()} ${part}`;
    const fits = speak(candidate).length + PROMPT_ROOM <= MAX_SPEECH_CHARS && audioCount(candidate) <= MAX_AUDIO_TAGS;
    if (!fits && spoken > 0) break;
    speech.append(part);
    position = at;
    spoken++;
  }
  const done = next(position) === "finished";
  const display = stepScreen(currentStep(progress), content);
  if (done) return { reply: { ...ask(speech, says(talk.nextReprompt)), display }, progress: position, done };
  return {
    reply: { ...ask(speech.say(talk.continuousMore), says(talk.continuousReprompt)), display },
    progress: position,
    done,
  };
}

/**
 * Narrates from `progress` in the routine's mode. In continuous mode the
 * returned progress is the last stretch spoken.
 */
export function narrateFrom(lead: Speech, progress: RoutineProgress, content: Content): { reply: Reply; progress: RoutineProgress } {
  if (!progress.continuous) return { reply: stepReply(lead, progress, content), progress };
  const { reply, progress: last, done } = continuousReply(lead, progress, content);
  if (!done) return { reply, progress: last };
  // The whole rest fitted: end with the same "say next" prompt, so the finish is one more turn.
  return { reply: { ...reply, speech: reply.speech.say(pick(content.words.routine.sayNext, last.index)) }, progress: last };
}

/** The end of a routine: a short congratulation, the count of routines finished, the streak. */
export function finishedReply(record: UserRecord, variant: number, content: Content): Reply {
  const talk = content.words.routine;
  return tell(
    new Speech().say(pick(talk.finished, variant), talk.finishedCount(record.routinesFinished), talk.streak(record.streakDays), talk.farewell),
  );
}

/** A whole routine as narrated in step mode: intro plus every step, in SSML. */
export function routineSsml(progress: RoutineProgress, content: Content): string[] {
  const parts: string[] = [];
  for (let at: RoutineProgress | "finished" = { ...progress, index: 0 }; at !== "finished"; at = next(at)) {
    const lead = at.index === 0 ? introSpeech(at, content) : new Speech();
    parts.push(stepReply(lead, at, content).speech.toSsml());
  }
  return parts;
}
