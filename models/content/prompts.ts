import type { PaceId, StepKind } from "../types";
import { capitalise } from "../capitalise";

/**
 * The skill's own words around the content: welcomes, prompts, navigation,
 * transitions. Small words come in several variants so a routine does not
 * repeat itself; `pick` (lambda/speech/wording.ts) chooses one by position.
 */

export const WELCOME = {
  first: "Welcome to Neck Coach, your guide for a neck that aches after training.",
  firstOffer:
    "I can teach you a stretch, take you through a short routine, or explain why your neck hurts after a workout. What would you like?",
  returning: ["Welcome back to Neck Coach.", "Good to hear from you again.", "Hi again, welcome back."],
  /** A returning user's greeting by the part of the device's day, then one of `welcomeBack` (in the small hours, `returning` alone). */
  greeting: { morning: "Good morning.", afternoon: "Good afternoon.", evening: "Good evening." },
  welcomeBack: ["Welcome back to Neck Coach.", "Good to hear from you again.", "Welcome back."],
  returningOffer: "You can start a routine, learn a stretch, or ask why your neck hurts. What would you like?",
  usual: (routineName: string) => `Shall we start your usual ${routineName}?`,
  inProgress: (routineName: string, nextStretchName: string) =>
    `You stopped part way through the ${routineName}. Next up is the ${nextStretchName}. Shall I pick up from there?`,
  /** Saved on its last stretch (the session ended there): yes counts the routine as done. */
  inProgressLast: (routineName: string, lastStretchName: string) =>
    `Last time you got to the final stretch of the ${routineName}, the ${lastStretchName}. Shall I count the routine as done?`,
  reprompt: "Try saying: start my routine, or how do I do a chin tuck.",
  unsupportedLocale: "Neck Coach speaks English for now, so I'll carry on in English.",
} as const;

export const HELP = {
  general:
    "Ask me how to do a stretch, like a chin tuck. Say start my routine for a guided session: quick, after lifting, full or strength. Or ask why your neck hurts after deadlifts, how to prevent it, or when to see a doctor. What would you like?",
  routine:
    "You're in a routine. Say next when you're ready, go back, repeat, or start over. Say slower or faster, or wait if you need a moment. If anything hurts, just tell me. Say pause to stop for now; I'll remember your place. Shall we carry on?",
  reprompt: "What would you like to do?",
  routineReprompt: "Say next to carry on, or pause to stop for now.",
} as const;

/** No dead ends: for someone who may be hurt, where to turn, in a few words (on a fallback outside a routine, and a search miss). */
const IF_HURT = "If you're hurt, tell me what you feel, or in an emergency, call for help from your phone.";

export const FALLBACK = {
  /** The first miss in a row: a short apology, varied, then the question or the choices again. */
  sorry: [
    "Sorry, I didn't catch that.",
    "I missed that, sorry.",
    "Hmm, I didn't quite get that.",
    "Sorry, say that another way?",
  ],
  /** After two misses in a row: what works here and now. */
  hereAndNow: {
    offer: (question: string) => `Right now, just say yes or no. ${question}`,
    routine: (stretchName: string) =>
      `Right now we're on the ${stretchName}. Say next to move on, repeat to hear it again, slower, or pause. If it hurts, just say that hurts.`,
    idle: "Here's what works right now: say start the quick routine, teach me a chin tuck, or ask a question, like is a massage gun okay for my neck.",
  },
  sayYesOrNo: "You can say yes or no.",
  /** Outside a routine, where to turn if hurt comes first (never mid-routine, where a miss is most often a misheard "next"). */
  idleChoices: `${IF_HURT} You can ask for a stretch, start a routine, or ask why your neck hurts. What would you like?`,
  routineChoices: "Say next when you're ready, repeat, go back, or pause. If anything hurts, tell me.",
} as const;

export const GOODBYE = {
  plain: ["Take care of that neck. Goodbye.", "Goodbye, and go gently.", "See you next time. Look after your neck."],
  routineKept: (routineName: string) =>
    `Okay, stopping here. Your place in the ${routineName} is saved. Say ask neck coach to resume when you want to carry on.`,
  paused: (stretchName: string) =>
    `Paused after the ${stretchName}. Your place is saved, so just say ask neck coach to resume, today or tomorrow.`,
  pausedUnsaved: (stretchName: string) =>
    `Paused after the ${stretchName}. I couldn't make sure your place was kept this time, so if resuming doesn't find it, start the routine again.`,
  /**
   * Said after stopping or pausing a routine: a stop or a pause can be the only word a person gets out when
   * something feels wrong ("stop, my vision just went blurry"), and Alexa hears only that word. The way back,
   * without naming a level.
   */
  feelingWrong: (how: "stopped" | "paused") =>
    `If you ${how} because something feels wrong, open Neck Coach again and tell me what you're feeling.`,
  routineUnsaved: (routineName: string) =>
    `Okay, stopping here. I couldn't make sure your place in the ${routineName} was kept this time, so if resuming doesn't find it, start it again.`,
  declined: ["No problem. Take care of that neck.", "All right. Go gently, and come back any time."],
  resumeDeclined:
    "No problem. You can start a different routine, learn a stretch, or ask me about neck pain. What would you like?",
} as const;

/** Wait, hang on, give me a second: the session and the place stay. */
export const WAIT = {
  // "Hold on" can come just before "my face went numb", in a routine or not: the way to say so is part of the answer.
  routine: "Sure, take your time. Say next when you're ready, or tell me if something feels wrong.",
  routineReprompt: "Say next when you're ready, pause to stop for now, or tell me what you're feeling.",
  idle: "Sure, take your time. Just say what you'd like when you're ready, or tell me if something hurts.",
  idleReprompt: "What would you like to do? Or tell me what you're feeling.",
} as const;

/** Pain in the middle of a stretch: stop first, then the choices. Never "say next". */
export const DISCOMFORT = {
  stop: "Stop there, and ease out of it slowly. Take a slow breath in, and let it go.",
  choices: (name: string) =>
    `Would you like a gentler version of the ${name}? Or say skip for the next one, or stop for today.`,
  choicesIdle: (name: string) =>
    `Would you like a gentler version of the ${name}? If not, just say no and we'll leave it for today.`,
  nothingToEase: "Stop anything that hurts, and ease out of it slowly. Take a slow breath in, and let it go.",
  reprompt: "Say yes for a gentler version, skip, or stop.",
  repromptIdle: "Shall I show you a gentler version? Yes or no.",
  gentler: (name: string) => `Here's a gentler ${name}. Only go as far as feels comfortable.`,
  /** Said when the gentle hold ends: the release cue first, then what to do if it still hurts. */
  afterGentler: "And let it go. If it still hurts, leave this one out: just say skip.",
  gentlerOtherSide: "And let it go. Now the same, just as gently, on the other side.",
  afterGentlerIdle: "And let it go. If it still hurts, leave that one out for now.",
  declined: "That's fine. Say skip for the next one, or stop to finish for today.",
  /** On the routine's last stretch, there is no next one to skip to. */
  choicesLast: (name: string) =>
    `It's the last one, so you can stop here if you like. Or would you like a gentler version of the ${name}?`,
  declinedLast: "That's fine. It was the last one, so say stop to finish for today.",
  /** Skipping the last stretch after pain: the end, not counted, no cheer. */
  endedOnPain: "That was the last one, so we'll stop there. Go easy on your neck for the rest of the day.",
  /** After a no to the gentler version: the ways on, and no gentler version offered again. */
  declinedReprompt: "Say skip to move on, or stop to finish for today.",
  declinedIdle: "That's fine. Rest it for now.",
} as const;

/** Pace changes, confirmed in a few words. */
export const PACE = {
  confirm: {
    slower: "Okay, slower, with longer holds.",
    faster: "Okay, a little quicker.",
    "longer-holds": "Okay, longer holds.",
    "shorter-holds": "Okay, shorter holds.",
    "less-talk": "Okay, just the names and the counts.",
    "more-detail": "Okay, more detail.",
    normal: "Okay, back to the usual pace.",
  } satisfies Readonly<Record<PaceId, string>>,
  /** Asked for the pace already in use: said instead of a change that changes nothing. */
  already: {
    slower: "That's already the slowest pace I have.",
    faster: "That's already the quickest pace I have.",
    "longer-holds": "The holds are already as long as I make them.",
    "shorter-holds": "The holds are already as short as I make them.",
    "less-talk": "I'm already keeping it to the names and the counts.",
    "more-detail": "I'm already giving you the full detail.",
    normal: "We're already at the usual pace.",
  } satisfies Readonly<Record<PaceId, string>>,
  /** Holds asked for during a stretch that only moves. */
  noHoldHere: "This one has no hold, so that starts with the next stretch that does.",
  unknown: "You can say slower, faster, longer holds, shorter holds, less talking, or more detail.",
  fromNext: "I'll use that in your routines from now on. What would you like to do?",
  reprompt: "Say start my routine, or ask for a stretch.",
  count: (n: number) => `${capitalise(spokenNumber(n))}.`,
  side: (side: string) => `${capitalise(side)} side.`,
} as const;

/** A routine's steps, one and many: what "stretch 2 of 4" says in a strength routine. */
const STEP_WORDS: Readonly<Record<StepKind, { readonly one: string; readonly many: string }>> = {
  stretch: { one: "stretch", many: "stretches" },
  exercise: { one: "exercise", many: "exercises" },
};

/** "4 stretches", "1 exercise". */
const counted = (n: number, kind: StepKind) => `${n} ${n === 1 ? STEP_WORDS[kind].one : STEP_WORDS[kind].many}`;

/** "One stretch", "3 exercises": a count at the start of a sentence. */
const countedFirst = (n: number, kind: StepKind) => (n === 1 ? `One ${STEP_WORDS[kind].one}` : counted(n, kind));

/** Ending a routine early. */
export const END = {
  done: (done: number, count: number, routineName: string, kind: StepKind) =>
    done === 0
      ? `Okay, we'll stop the ${routineName} there.`
      : `Good work: that's ${done} of ${count} ${STEP_WORDS[kind].many} of the ${routineName}.`,
  kept: "Your place is saved, so say ask neck coach to resume when you want the rest.",
  unsaved:
    "I couldn't make sure your place was kept this time, so if resuming doesn't find it, just start the routine again.",
} as const;

/** "Forget me": deleting what Neck Coach keeps about the user, after a yes. */
export const FORGET = {
  confirm:
    "I can delete everything Neck Coach keeps about you: your progress, your routine and your pace. Shall I delete it?",
  confirmWithReminder:
    "I can delete everything Neck Coach keeps about you: your progress, your routine and your pace, and turn off your daily stretch reminder. Shall I delete it?",
  reprompt: "Shall I delete your Neck Coach data? Yes or no.",
  done: "Done. I've deleted everything Neck Coach kept about you. Take care of that neck.",
  doneWithReminder:
    "Done. I've deleted everything Neck Coach kept about you, and your daily stretch reminder is off. Take care of that neck.",
  /** Deleted, but the reminder could not be reached: where to turn it off. */
  doneReminderLeft:
    "Done. I've deleted everything Neck Coach kept about you. I couldn't turn off your daily stretch reminder just now, so say ask neck coach to stop reminding me later, or delete it under Reminders in the Alexa app.",
  failed:
    "Sorry, I couldn't make sure your data was deleted just now, so some of it may still be kept. Please ask me to forget you again later.",
  kept: "Okay, I'll keep everything as it is. What would you like to do?",
} as const;

/** Answers around the content: follow-ups, lists, the long tail. */
export const TOPIC_TALK = {
  nothingMore:
    "You can ask me about the causes, prevention, or what to do when it hurts. What would you like to know more about?",
  nothingMoreReprompt: "For example, ask why does my neck hurt after deadlifts.",
  /** "What else" after the deeper answer, with a question still waiting: that question again. */
  nothingDeeper: "That's all I have on that one.",
  /**
   * A question about a topic Alexa didn't catch: a few of the questions it answers, a lifter's and the
   * article's, each said the way a person asks it (a conversation test says each back and gets its answer).
   */
  askMenu:
    "I didn't catch what that was about. You can ask me things like: can I train with a sore neck, ice or heat, which pillow is best, or when to see a doctor. What would you like to know?",
  askMenuReprompt: "For example, say can I train with a sore neck, or tell me about ice or heat.",
  lifts: (common: readonly string[], others: readonly string[]) =>
    `The lifts that most often strain the neck are ${listOf(common)}. ${capitalise(listOf(others))} can too, when form slips.`,
  noMatch: (first: string, second: string) =>
    `I can't answer that one. I can help with neck stretches, guided routines, and neck pain from training. The closest topics I have are ${first} and ${second}. ${IF_HURT} What would you like?`,
  noMatchReprompt: (first: string, second: string) => `You can ask about ${first}, or ${second}. What would you like?`,
  /** Named when the search finds fewer than two topics near the question. */
  defaultTopics: ["stretches for a stiff neck", "why your neck hurts after training"],
  warningSignsReprompt: "What else would you like to know?",
  routineGoesOn: "Say next when you're ready to carry on with your routine.",
} as const;

export const ERRORS = {
  apology: "Sorry, something went wrong on my side. Let's try that again. What would you like to do?",
  reprompt: "You can say start my routine, or ask for a stretch.",
} as const;

export const STRETCH_TALK = {
  intro: (name: string) => `Here's the ${name}.`,
  picked: (name: string) => `Let's do a ${name}. It's a good one for a stiff neck.`,
  unknown: (heard: string | undefined, known: readonly string[]) =>
    `${heard ? `I don't know a stretch called ${heard} yet.` : "I'm not sure which stretch you mean."} I can teach the ${known[0]}, the ${known[1]}, or the ${known[2]}. Which one would you like?`,
  unknownReprompt: (first: string) => `Which stretch would you like? For example, say teach me the ${first}.`,
  list: (names: readonly string[]) =>
    `I know ${names.length} stretches: ${listOf(names)}. Which one would you like to learn?`,
  listReprompt: "Say the name of a stretch, like chin tuck.",
  otherSide: ["Now the other side.", "Switch sides.", "And the other side."],
  lastRep: ["Last one.", "One more time.", "Final one."],
  offerNext: (nextName: string) => `Would you like to learn the ${nextName} next?`,
  offerReprompt: (nextName: string) => `Shall I teach you the ${nextName}? Yes or no.`,
} as const;

export const ANSWER_TALK = {
  offerCauses: "Would you like to hear why it happens?",
  offerPrevention: "Would you like some tips to prevent it?",
  offerTakeaways: "Would you like the main points in short?",
  offerStretchGuidance: "Would you like to hear how to stretch safely?",
  offerLifts: "Would you like to hear which lifts strain the neck most?",
  offerIceOrHeat: "Would you like to know whether ice or heat helps?",
  offerPainMedicine: "Would you like to hear about pain relievers?",
  offerSorenessDuration: "Would you like to know how long soreness usually lasts?",
  offerNutrition: "Would you like a tip on water and food for recovery?",
  offerWarningSigns: "Would you like to hear the warning signs to watch for?",
  offerRelief: "Would you like to hear what to do when it hurts?",
  offerStretch: (name: string) => `Would you like me to teach you the ${name}?`,
  offerRoutine: (name: string) => `Would you like to try the ${name}?`,
  offerProfessional: "Would you like to know when to see a professional?",
  offerResume: "Would you like to carry on with the rest of your routine?",
  yesNoReprompt: "Yes or no?",
} as const;

export const ROUTINE_TALK = {
  choose: (routines: readonly { readonly name: string; readonly length: string }[]) =>
    `I have ${routines.length} routines: ${listOf(routines.map((r) => `the ${r.name}, ${r.length}`))}. Which would you like?`,
  menu: (routines: readonly { readonly name: string; readonly length: string }[]) =>
    `I have ${routines.length} routines: ${listOf(routines.map((r) => `the ${r.name}, ${r.length}`))}.`,
  about: (name: string, count: number, length: string, summary: string, kind: StepKind) =>
    `The ${name} has ${counted(count, kind)} and takes ${length}. ${summary}`,
  offerThis: (name: string) => `Shall we start the ${name}?`,
  chooseReprompt: (names: readonly string[]) => `Say start the ${orList(names)}.`,
  intro: (name: string, count: number, length: string, kind: StepKind) =>
    `Here's the ${name}: ${counted(count, kind)}, ${length}. Say next when you finish each one, or pause at any time.`,
  continuousIntro: (name: string, count: number, length: string, parts: number, kind: StepKind) =>
    `Here's the ${name}, straight through: ${counted(count, kind)}, ${length}${parts > 1 ? `, in ${parts} parts` : ""}. I'll leave a few seconds between ${STEP_WORDS[kind].many} to change position.`,
  partEnd: (part: number, parts: number) => `That's part ${part} of ${parts}. Say next for the rest.`,
  partReprompt: "Say next to carry on, or pause to stop here.",
  screenSubtitle: (position: number, count: number, routineName: string, kind: StepKind) =>
    `${capitalise(STEP_WORDS[kind].one)} ${position} of ${count}, ${routineName}`,
  stepHeader: (position: number, count: number, name: string, lead: string, kind: StepKind) =>
    `${lead} ${STEP_WORDS[kind].one} ${position} of ${count}, the ${name}.`,
  leads: ["First up,", "Next,", "Now,", "Moving on,", "Coming up,", "Here's"],
  finishedStep: ["Nice work.", "Good.", "Well done.", "That's it.", "Lovely.", "Great job."],
  sayNext: ["Say next when you're ready.", "When you're ready, say next.", "Say next to move on.", "Ready? Say next."],
  nextReprompt: "Say next to carry on, repeat to hear it again, or pause to stop for now.",
  /** "What is this one for", "tell me more" mid-routine, with nothing else just said: what the current stretch does. */
  aboutThisOne: (name: string) => `This one is the ${name}.`,
  continuousMore: "Say next for the rest of the routine, or pause to stop here.",
  continuousReprompt: "Say next to carry on, or pause.",
  /** After "Welcome back ... Shall I pick up from there?", or "ask neck coach to resume": never a second welcome. */
  resumeFrom: (name: string) => `Back to the ${name}, picking up where you left off.`,
  repeatLead: "Once more,",
  /** No routine in progress: the one offered is the user's usual, or the quick routine. */
  nothingToResume: (name: string) => `You don't have a routine in progress. Would you like to start the ${name}?`,
  startOver: "Starting over from the top.",
  alreadyFirst: (kind: StepKind) => `This is the first ${STEP_WORDS[kind].one}, so here it is again.`,
  back: "Going back.",
  /** The stretch's header after going back: never "Moving on" or "First up" on the way back. */
  backLead: "Here's",
  whatsNext: (nextName: string) => `Next up is the ${nextName}. Say next when you're ready.`,
  whatsNextLast: (kind: StepKind) =>
    `This is the last ${STEP_WORDS[kind].one}. Say next when you finish it, and you're done.`,
  /** "Where was I", "back to my routine", inside a running routine: where you are, without moving on. */
  whereYouAre: (position: number, count: number, name: string, nextName: string | undefined, kind: StepKind) =>
    `You're on ${STEP_WORDS[kind].one} ${position} of ${count}, the ${name}. ${nextName ? `Say next for the ${nextName}, or repeat to do this one again.` : "It's the last one. Say next when you finish it, or repeat to do it again."}`,
  /** "How long is this routine" while one runs: which routine, then how many are left. */
  inThisRoutine: (name: string, length: string) => `You're in the ${name}, ${length} in all.`,
  howManyLeft: (left: number, length: string, kind: StepKind) =>
    left === 0
      ? `This is the last ${STEP_WORDS[kind].one}. Say next when you finish it.`
      : `${countedFirst(left, kind)} left after this one, ${length}. Say next when you're ready.`,
  /** "How many are left" over a routine saved on another visit, before the question to pick it up. */
  leftToDo: (left: number, length: string, kind: StepKind) =>
    left === 0
      ? `You were on the last ${STEP_WORDS[kind].one}.`
      : `${countedFirst(left, kind)} still to do, ${length}.`,
  notInRoutine: (name: string) => `You're not in a routine right now. Would you like to start the ${name}?`,
  notInRoutineReprompt: (name: string) => `Shall I start the ${name}? Yes or no.`,
  /** Said instead when the last reply already offered that routine: what works here and now. */
  notInRoutineAgain: (name: string) =>
    `No routine is going right now. Say yes for the ${name}, say start my routine to pick another, or ask me about a stretch.`,
  finished: [
    "Routine complete. Great work.",
    "And that's the routine done. Well done.",
    "That's everything. Nicely done.",
  ],
  finishedCount: (count: number) =>
    count === 1 ? "That's your first routine finished." : `That's ${count} routines finished.`,
  streak: (days: number) => (days > 1 ? `You're on a ${days} day streak.` : ""),
  /** The goodbye after a routine, by the part of the device's day; "see you tomorrow" follows, except in the small hours. */
  farewell: {
    morning: "Enjoy the rest of your morning.",
    afternoon: "Enjoy the rest of your afternoon.",
    evening: "Enjoy your evening.",
    night: "Go gently, and get some rest.",
  },
  seeYouTomorrow: (streakDays: number) =>
    streakDays > 1 ? `See you tomorrow to make it ${streakDays + 1} days.` : "See you tomorrow.",
  /** After a few finished stretch routines: strength work (Cochrane, Gross et al. 2015). */
  offerStrength:
    "Stretching is a good habit; adding a little strength work helps a sore neck even more. Would you like to try the strength routine?",
} as const;

export const RED_FLAG_TALK = {
  routineKept: "I've saved your place in the routine for another day.",
  cardTitle: "Please get checked",
} as const;

/** Sparse cues inside a long hold. */
export const HOLD_CUES = {
  halfway: ["Halfway.", "Halfway there.", "Keep breathing, halfway."],
  fiveMore: ["Five more seconds.", "Just five more.", "Nearly there, five more."],
} as const;

/** Numbers up to twenty as the skill says them. */
export const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/** A small whole number as it is said ("five"); digits beyond twenty. */
export function spokenNumber(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** "a minute", "five minutes". */
function minutes(n: number): string {
  return n === 1 ? "a minute" : `${spokenNumber(n)} minutes`;
}

/**
 * A length as a person says it, to the nearest quarter minute (the rounding:
 * `aboutMinutes` in lambda/speech/wording.ts): under a minute by quarters, then
 * about, just over, and a half, or just under a whole number of minutes;
 * never "4 and three quarter minutes".
 */
export const LENGTH_TALK = {
  underAMinute: ["about fifteen seconds", "about half a minute", "just under a minute"],
  about: (whole: number) => `about ${minutes(whole)}`,
  justOver: (whole: number) => `just over ${minutes(whole)}`,
  andAHalf: (whole: number) =>
    whole === 1 ? "about a minute and a half" : `about ${spokenNumber(whole)} and a half minutes`,
  justUnder: (whole: number) => `just under ${minutes(whole)}`,
} as const;

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Everything above, as one value: the en-US words that other locales override. */
export const WORDS = {
  welcome: WELCOME,
  help: HELP,
  fallback: FALLBACK,
  goodbye: GOODBYE,
  errors: ERRORS,
  stretch: STRETCH_TALK,
  answer: ANSWER_TALK,
  routine: ROUTINE_TALK,
  redFlag: RED_FLAG_TALK,
  holdCues: HOLD_CUES,
  wait: WAIT,
  discomfort: DISCOMFORT,
  pace: PACE,
  end: END,
  topic: TOPIC_TALK,
  forget: FORGET,
} as const;
