/**
 * The moves several handlers share, as plain functions from the turn's input
 * to an outcome: routine moves (start, resume, narrate a position, next,
 * finish), doing what an offer offered, saying something again, waiting,
 * general help and the answer to free text. Handlers call these, never one
 * another.
 */
import { isOneOf } from "../../models/one-of";
import { HABIT_IDS, type RoutineId } from "../../models/types";
import { recordStreak } from "../domain/streak";
import type { RoutineProgress } from "../persistence/user-record";
import * as engine from "../routine/engine";
import { planReply } from "../routine/plan";
import { searchTopics } from "../search/search";
import type { TopicRef } from "../search/topic-ref";
import { answerWithOffer, saidSpeech } from "../speech/replies/answers";
import { partSizing, renderPlan } from "../speech/narration";
import { finishedSpeech, introSpeech } from "../speech/replies/routine";
import { lessonReply } from "../speech/replies/stretch";
import { resumeQuestion } from "../speech/replies/welcome";
import { ask, tell } from "../speech/reply";
import { Speech, says } from "../speech/ssml";
import { TOPICS, unreachable, type Offer, type Said } from "../turn/dialog";
import { buildOutcome, routineRunning, type TurnInput, type Outcome } from "../turn/outcome";
import { gentlerVersion } from "./discomfort";
import { forgetNow } from "./forget";
import { screenYes } from "./red-flag";
import { reminderOffer, setReminder } from "./reminder";

/** Narrates `progress` after `lead`, and keeps the position reached; straight through, the last part also finishes. */
export function narrate(context: TurnInput, lead: Speech, progress: RoutineProgress, stepLead?: string): Outcome {
  const { content, record } = context;
  const plan = planReply(progress, partSizing(content, record.pace));
  const reply = renderPlan(lead, plan, content, record.pace, stepLead);
  if (plan.finished) return finishRoutine(context, reply.speech);
  return buildOutcome(context, reply, { record: { ...record, routine: plan.reached }, narrates: true });
}

/** "Next" in a routine: the stretch after the current one, or the finish; outside one, the stretch after one just taught, else the quick routine offered. */
export function nextStretch(context: TurnInput): Outcome {
  const current = context.record.routine;
  if (!current) {
    if (context.dialog.offered?.kind === "teach") return perform(context, context.dialog.offered);
    return notInRoutine(context);
  }
  const after = engine.next(current);
  // Skipping the last stretch because it hurt: the routine ends there, not counted, with no cheer and no offer.
  if (after === "finished" && context.dialog.hurt && routineRunning(context)) {
    const record = { ...context.record, routine: null };
    return buildOutcome(context, tell(says(context.content.words.discomfort.endedOnPain)), {
      record,
      disclaimer: "not-now",
    });
  }
  if (after === "finished") return finishRoutine(context);
  return narrate(context, says(), after);
}

export function startRoutine(context: TurnInput, routineId: RoutineId, continuous: boolean): Outcome {
  const progress = engine.start(routineId, continuous);
  const started = { ...context, record: { ...context.record, usualRoutine: routineId } };
  return narrate(started, introSpeech(progress, context.content, context.record.pace), progress);
}

/**
 * Picks up the saved routine, in this session or a later one, at the first
 * stretch not yet done: the one after the last stretch spoken.
 */
export function resumeRoutine(context: TurnInput): Outcome {
  const saved = context.record.routine;
  const talk = context.content.words.routine;
  if (!saved) return noRoutineOffer(context, talk.nothingToResume);
  const after = engine.next(saved);
  if (after === "finished") return finishRoutine(context);
  return narrate(context, says(talk.resumeFrom(context.content.routine(saved.routineId).name)), after);
}

/** Every this many stretch routines finished, the strength routine is offered. */
export const STRENGTH_OFFER_EVERY = 3;

/** After a few finished stretch routines (never after the strength routine itself), offer some strength work. */
export function offersStrength(finishedCount: number, finished: RoutineId | undefined): boolean {
  return (
    finished !== undefined && finished !== "strength" && finishedCount > 0 && finishedCount % STRENGTH_OFFER_EVERY === 0
  );
}

/** A stop or goodbye on the last stretch, done: the routine finished and counted, no offer, and the session ends. */
export function finishLeaving(context: TurnInput): Outcome {
  const record = { ...recordStreak(context.record, context.request.day), routine: null };
  const speech = finishedSpeech(record, context.record.routinesFinished, context.content, context.request.hour);
  return buildOutcome(context, tell(speech), { record, disclaimer: "not-now" });
}

/** Past the last stretch: congratulate, count it, clear the position; after a few stretch routines, offer the strength routine; otherwise, the first time, a daily reminder. */
export function finishRoutine(context: TurnInput, lead: Speech = new Speech()): Outcome {
  const variant = context.record.routinesFinished;
  const record = { ...recordStreak(context.record, context.request.day), routine: null };
  const talk = context.content.words.routine;
  if (offersStrength(record.routinesFinished, context.record.routine?.routineId)) {
    const speech = lead.append(
      finishedSpeech(record, variant, context.content, context.request.hour, talk.offerStrength),
    );
    return buildOutcome(context, ask(speech, says(talk.offerStrength)), {
      record,
      offered: { kind: "routine", routine: "strength" },
    });
  }
  const reminder = reminderOffer(context, record);
  if (reminder) {
    const speech = lead.append(
      finishedSpeech(record, variant, context.content, context.request.hour, reminder.question),
    );
    return buildOutcome(context, ask(speech, says(reminder.question, context.content.words.answer.yesNoReprompt)), {
      record: { ...record, reminderOffered: true },
      offered: { kind: "reminder", time: reminder.time },
    });
  }
  return buildOutcome(
    context,
    tell(lead.append(finishedSpeech(record, variant, context.content, context.request.hour))),
    { record },
  );
}

/**
 * A routine saved on another visit, not under way in this session: where it
 * stopped and "Shall I pick up from there?" (yes resumes), after `lead` if given.
 * Never "say next" to a routine nobody has opened yet.
 */
export function offerResume(context: TurnInput, saved: RoutineProgress, lead?: string): Outcome {
  const question = resumeQuestion(saved, context.content);
  const speech = lead ? says(lead, question) : says(question);
  return buildOutcome(context, ask(speech, says(question, context.content.words.answer.yesNoReprompt)), {
    offered: { kind: "resume" },
  });
}

/**
 * The running routine's last stretch has been narrated, and no pain was said in
 * it: "stop", "thanks", "no" or "pause" there finish the routine, as "next" would.
 */
export function lastStretchDone(context: TurnInput): boolean {
  const { record, dialog } = context;
  return record.routine !== null && routineRunning(context) && dialog.hurt !== true && engine.onLast(record.routine);
}

/** The routine the last reply offered ("Shall we start the strength routine?"), which "start it" starts. */
export function offeredRoutine({ dialog }: TurnInput): RoutineId | undefined {
  return dialog.offered?.kind === "routine" ? dialog.offered.routine : undefined;
}

/** Not in a routine: offer the usual one, or the quick one. */
export function notInRoutine(context: TurnInput): Outcome {
  return noRoutineOffer(context, context.content.words.routine.notInRoutine);
}

/** The offer of the quick routine; when the last reply made that same offer, what works here and now instead of the same words. */
function noRoutineOffer(context: TurnInput, first: (name: string) => string): Outcome {
  const talk = context.content.words.routine;
  const routine = context.record.usualRoutine ?? "quick";
  const { name } = context.content.routine(routine);
  const again = offeredRoutine(context) === routine;
  return buildOutcome(
    context,
    ask(says(again ? talk.notInRoutineAgain(name) : first(name)), says(talk.notInRoutineReprompt(name))),
    { offered: { kind: "routine", routine } },
  );
}

/** Does what an offer offered: "yes" after an offer. */
export function perform(context: TurnInput, offer: Offer): Outcome {
  switch (offer.kind) {
    case "teach":
      return sayAgain(context, { kind: "lesson", stretch: offer.stretch });
    case "answer":
      return sayAgain(context, { kind: "answer", topic: offer.topic });
    case "lifter":
      return sayAgain(context, { kind: "lifter", topic: offer.topic });
    case "routine":
      return startRoutine(context, offer.routine, false);
    case "resume":
      return resumeRoutine(context);
    case "gentler":
      return gentlerVersion(context, offer.stretch);
    case "forget":
      return forgetNow(context);
    case "reminder":
      return setReminder(context, offer.time);
    case "screen":
      return screenYes(context, offer.step);
    default:
      return unreachable(offer);
  }
}

/** Says a lesson or an answer (again, for "repeat"; deeper, for "tell me more"), with its follow-up offer. */
export function sayAgain(context: TurnInput, said: Said): Outcome {
  if (said.kind === "lesson") {
    const { reply, offer } = lessonReply(
      context.content.stretch(said.stretch),
      false,
      context.content,
      context.record.pace,
    );
    return buildOutcome(context, reply, { offered: offer, said });
  }
  const { sentences, offer } = saidSpeech(said, context.content);
  // The rest of the warning signs is still offered mid-routine: a safety list is never cut short for a stretch.
  const restOfSigns = offer?.kind === "answer" && (offer.topic === "urgent-signs" || offer.topic === "later-signs");
  if (routineRunning(context) && !restOfSigns) {
    // A question in the middle of a routine: the answer, then back to the routine, so "yes" or "next" carries on.
    const { topic, routine } = context.content.words;
    return buildOutcome(context, ask(says(...sentences, topic.routineGoesOn), says(routine.nextReprompt)), { said });
  }
  return buildOutcome(context, answerWithOffer(sentences, offer, context.content), {
    ...(offer ? { offered: offer } : {}),
    said,
  });
}

/** "Wait", "hang on", "give me a second": keep everything, listen again. */
export function waitOutcome(context: TurnInput): Outcome {
  const { wait } = context.content.words;
  const { offered, said } = context.dialog;
  // A question asked before the wait is still the one a yes or no answers.
  const keep = { ...(offered ? { offered } : {}), ...(said ? { said } : {}) };
  return routineRunning(context)
    ? buildOutcome(context, ask(says(wait.routine), says(wait.routineReprompt)), keep)
    : buildOutcome(context, ask(says(wait.idle), says(wait.idleReprompt)), keep);
}

/** The general help line, which keeps the session open. */
export function generalHelp(context: TurnInput): Outcome {
  const { help } = context.content.words;
  return buildOutcome(context, ask(says(help.general), says(help.reprompt)));
}

/** What "yes" or "repeat" does with a topic the search found. */
function saidOf(ref: TopicRef): Said | undefined {
  switch (ref.kind) {
    case "stretch":
      return { kind: "lesson", stretch: ref.id };
    case "exercise":
      return { kind: "exercise", exercise: ref.id, focus: "cause" };
    case "cause":
      return { kind: "cause", cause: ref.id };
    case "habit":
      return isOneOf(HABIT_IDS, ref.id) ? { kind: "habit", habit: ref.id } : undefined;
    case "topic":
      return isOneOf(TOPICS, ref.id) ? { kind: "answer", topic: ref.id } : undefined;
    case "lifter":
      return { kind: "lifter", topic: ref.id };
    default:
      return unreachable(ref);
  }
}

/** The answer to free text: the content's best match, else what the skill can help with and the two closest topics. */
export function searchAnswer(context: TurnInput, query: string): Outcome {
  const { best, closest } = searchTopics(query, context.request.locale);
  const found = best && saidOf(best.ref);
  if (found) return sayAgain(context, found);
  const { topic } = context.content.words;
  const [first, second] = [...closest.map((hit) => hit.title), ...topic.defaultTopics].filter(
    (t, i, all) => all.indexOf(t) === i,
  );
  const firstTopic = first ?? "";
  const secondTopic = second ?? "";
  return buildOutcome(
    context,
    ask(says(topic.noMatch(firstTopic, secondTopic)), says(topic.noMatchReprompt(firstTopic, secondTopic))),
  );
}
