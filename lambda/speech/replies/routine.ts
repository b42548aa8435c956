import { pick, ROUTINE_TALK } from "../../../models/content/prompts";
import { routineById } from "../../../models/content/routines";
import type { RoutineProgress, UserRecord } from "../../persistence/user-record";
import { currentStep, next, type Step } from "../../routine/engine";
import { stretchScreen } from "../../display/screens";
import { narrateStretch } from "../../routine/narration";
import { ask, tell, type Reply } from "../reply";
import { audioCount, CHIMES, MAX_AUDIO_TAGS, MAX_SPEECH_CHARS, Speech, says, speak } from "../ssml";

/**
 * What a routine says: one stretch per response (a chime, a short header,
 * the narrated stretch, a prompt), or in continuous mode as many stretches
 * as fit in one response.
 */

/** The chime, header and narration of one step; `variant` picks the small words. */
export function stepSpeech(step: Step): Speech {
  const variant = step.index;
  const lead = step.index === 0 ? pick(ROUTINE_TALK.leads, 0) : pick(ROUTINE_TALK.leads.slice(1), variant);
  return new Speech()
    .audio(pick(CHIMES, variant))
    .say(ROUTINE_TALK.stepHeader(step.index + 1, step.count, step.stretch.name, lead))
    .append(narrateStretch(step.stretch, { item: step.item, variant }))
    .say(pick(ROUTINE_TALK.finishedStep, variant));
}

/** The opening line of a routine. */
export function introSpeech(progress: RoutineProgress): Speech {
  const routine = routineById(progress.routineId);
  const talk = progress.continuous ? ROUTINE_TALK.continuousIntro : ROUTINE_TALK.intro;
  return says(talk(routine.name, routine.items.length, routine.minutes));
}

/** The screen for a step: the stretch, and where it sits in the routine. */
function stepScreen(step: Step) {
  return stretchScreen(step.stretch, ROUTINE_TALK.screenSubtitle(step.index + 1, step.count, step.routine.name));
}

/** Step mode: one stretch, then "say next". */
function stepReply(lead: Speech, progress: RoutineProgress): Reply {
  const step = currentStep(progress);
  const speech = lead.append(stepSpeech(step)).say(pick(ROUTINE_TALK.sayNext, step.index));
  return { ...ask(speech, says(ROUTINE_TALK.nextReprompt)), display: stepScreen(step) };
}

/** Room left for stretches in one response, keeping space for the closing prompt. */
const PROMPT_ROOM = 300;

/**
 * Continuous mode: from the current stretch, as many as fit in 8,000 characters
 * and five audio tags. Returns the position of the last stretch spoken.
 */
function continuousReply(lead: Speech, progress: RoutineProgress): { reply: Reply; progress: RoutineProgress; done: boolean } {
  const speech = lead;
  let position = progress;
  let spoken = 0;
  for (let at: RoutineProgress | "finished" = progress; at !== "finished"; at = next(at)) {
    const part = stepSpeech(currentStep(at)).toSsml();
    const candidate = `${speech.toSsml()} ${part}`;
    const fits = speak(candidate).length + PROMPT_ROOM <= MAX_SPEECH_CHARS && audioCount(candidate) <= MAX_AUDIO_TAGS;
    if (!fits && spoken > 0) break;
    speech.append(part);
    position = at;
    spoken++;
  }
  const done = next(position) === "finished";
  const display = stepScreen(currentStep(progress));
  if (done) return { reply: { ...ask(speech, says(ROUTINE_TALK.nextReprompt)), display }, progress: position, done };
  return {
    reply: { ...ask(speech.say(ROUTINE_TALK.continuousMore), says(ROUTINE_TALK.continuousReprompt)), display },
    progress: position,
    done,
  };
}

/**
 * Narrates from `progress` in the routine's mode. In continuous mode the
 * returned progress is the last stretch spoken.
 */
export function narrateFrom(lead: Speech, progress: RoutineProgress): { reply: Reply; progress: RoutineProgress } {
  if (!progress.continuous) return { reply: stepReply(lead, progress), progress };
  const { reply, progress: last, done } = continuousReply(lead, progress);
  if (!done) return { reply, progress: last };
  // The whole rest fitted: end with the same "say next" prompt, so the finish is one more turn.
  return { reply: { ...reply, speech: reply.speech.say(pick(ROUTINE_TALK.sayNext, last.index)) }, progress: last };
}

/** The end of a routine: a short congratulation, the count of routines finished, the streak. */
export function finishedReply(record: UserRecord, variant: number): Reply {
  return tell(
    new Speech()
      .say(pick(ROUTINE_TALK.finished, variant), ROUTINE_TALK.finishedCount(record.routinesFinished), ROUTINE_TALK.streak(record.streakDays), ROUTINE_TALK.farewell),
  );
}

/** Length of a whole routine as narrated in step mode: intro plus every step, in SSML. */
export function routineSsml(progress: RoutineProgress): string[] {
  const parts: string[] = [];
  for (let at: RoutineProgress | "finished" = { ...progress, index: 0 }; at !== "finished"; at = next(at)) {
    const lead = at.index === 0 ? introSpeech(at) : new Speech();
    parts.push(stepReply(lead, at).speech.toSsml());
  }
  return parts;
}

