/**
 * The skill's own words around the content: welcomes, prompts, navigation,
 * transitions. Small words come in several variants so a routine does not
 * repeat itself; `pick` chooses one by position, the same way every time.
 */

export function pick<T>(variants: readonly T[], index: number): T {
  const i = ((Math.trunc(index) % variants.length) + variants.length) % variants.length;
  const chosen = variants[i];
  if (chosen === undefined) throw new Error("pick: no variants");
  return chosen;
}

export const WELCOME = {
  first: "Welcome to Neck Coach, your guide for a neck that aches after training.",
  firstOffer:
    "I can teach you a stretch, take you through a short routine, or explain why your neck hurts after a workout. What would you like?",
  returning: ["Welcome back to Neck Coach.", "Good to hear from you again.", "Hi again, welcome back."],
  returningOffer: "You can start a routine, learn a stretch, or ask why your neck hurts. What would you like?",
  usual: (routineName: string) => `Shall we start your usual ${routineName}?`,
  inProgress: (routineName: string, stretchName: string) =>
    `You stopped part way through the ${routineName}, at the ${stretchName}. Shall I pick up from there?`,
  reprompt: "Try saying: start my routine, or how do I do a chin tuck.",
  unsupportedLocale: "Neck Coach speaks English for now, so I'll carry on in English.",
} as const;

export const HELP = {
  general:
    "Ask me how to do a stretch, like a chin tuck. Say start my routine for a guided session, quick, after lifting or full. Or ask why your neck hurts after deadlifts, how to prevent it, or when to see a doctor. What would you like?",
  routine:
    "You're in a routine. Say next when you're ready, go back, repeat, or start over. Say what's next, or how many are left. Say pause to stop for now; I'll remember your place. Shall we carry on?",
  reprompt: "What would you like to do?",
  routineReprompt: "Say next to carry on, or pause to stop for now.",
} as const;

export const FALLBACK = {
  general:
    "Sorry, I didn't catch that. You can ask for a stretch, start a routine, or ask why your neck hurts. What would you like?",
  routine: "Sorry, I didn't catch that. Say next when you're ready, repeat, go back, or pause.",
} as const;

export const GOODBYE = {
  plain: ["Take care of that neck. Goodbye.", "Goodbye, and go gently.", "See you next time. Look after your neck."],
  routineKept: (routineName: string) =>
    `Okay, stopping here. Your place in the ${routineName} is saved. Say ask neck coach to resume when you want to carry on.`,
  paused: (stretchName: string) =>
    `Paused at the ${stretchName}. Your place is saved, so just say ask neck coach to resume, today or tomorrow.`,
  declined: ["No problem. Take care of that neck.", "All right. Go gently, and come back any time."],
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
  list: (names: readonly string[]) => `I know ${names.length} stretches: ${listOf(names)}. Which one would you like to learn?`,
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
  offerRelief: "Would you like to hear what to do when it hurts?",
  offerStretch: (name: string) => `Would you like me to teach you the ${name}?`,
  offerRoutine: (name: string) => `Would you like to try the ${name}?`,
  offerProfessional: "Would you like to know when to see a professional?",
  offerResume: "Would you like to carry on with the rest of your routine?",
  yesNoReprompt: "Yes or no?",
} as const;

export const ROUTINE_TALK = {
  choose: (routines: readonly { readonly name: string; readonly minutes: number }[]) =>
    `I have ${routines.length} routines: ${listOf(routines.map((r) => `the ${r.name}, about ${r.minutes} minutes`))}. Which would you like?`,
  chooseReprompt: (names: readonly string[]) => `Say ${orList(names)}.`,
  intro: (name: string, count: number, minutes: number) =>
    `Here's the ${name}: ${count} stretches, about ${minutes} minutes. Say next when you finish each one, or pause at any time.`,
  continuousIntro: (name: string, count: number, minutes: number) =>
    `Here's the ${name}, straight through: ${count} stretches, about ${minutes} minutes.`,
  screenSubtitle: (position: number, count: number, routineName: string) =>
    `Stretch ${position} of ${count}, ${routineName}`,
  stepHeader: (position: number, count: number, name: string, lead: string) =>
    `${lead} stretch ${position} of ${count}, the ${name}.`,
  leads: ["First up,", "Next,", "Now,", "Moving on,", "Coming up,", "Here's"],
  finishedStep: ["Nice work.", "Good.", "Well done.", "That's it.", "Lovely.", "Great job."],
  sayNext: ["Say next when you're ready.", "When you're ready, say next.", "Say next to move on.", "Ready? Say next."],
  nextReprompt: "Say next to carry on, repeat to hear it again, or pause to stop for now.",
  continuousMore: "Say next for the rest of the routine, or pause to stop here.",
  continuousReprompt: "Say next to carry on, or pause.",
  resumeFrom: (name: string, position: number, count: number) =>
    `Welcome back. Picking up the ${name} at stretch ${position} of ${count}.`,
  nothingToResume: "You don't have a routine in progress. Would you like to start the quick routine?",
  startOver: "Starting over from the top.",
  alreadyFirst: "This is the first stretch, so here it is again.",
  back: "Going back.",
  whatsNext: (nextName: string) => `Next up is the ${nextName}. Say next when you're ready.`,
  whatsNextLast: "This is the last stretch. Say next when you finish it, and you're done.",
  howManyLeft: (left: number, minutes: number) =>
    left === 0
      ? "This is the last stretch. Say next when you finish it."
      : `${left === 1 ? "One stretch" : `${left} stretches`} left after this one, about ${minutes === 0 ? "a minute" : `${minutes} ${minutes === 1 ? "minute" : "minutes"}`}. Say next when you're ready.`,
  notInRoutine: "You're not in a routine right now. Would you like to start the quick routine?",
  notInRoutineReprompt: "Shall I start the quick routine? Yes or no.",
  finished: ["Routine complete. Great work.", "And that's the routine done. Well done.", "That's everything. Nicely done."],
  finishedCount: (count: number) =>
    count === 1 ? "That's your first routine finished." : `That's ${count} routines finished.`,
  streak: (days: number) => (days > 1 ? `You're on a ${days} day streak.` : ""),
  farewell: "Go gently, and see you next time.",
} as const;

export const RED_FLAG_TALK = {
  routineKept: "I've saved your place in the routine for another day.",
  cardTitle: "Please get checked",
  callNow: (number: string) => `Call ${number} now.`,
  ifWorse: (number: string) => `If it suddenly gets worse, call ${number}.`,
} as const;

/** Sparse cues inside a long hold. */
export const HOLD_CUES = {
  halfway: ["Halfway.", "Halfway there.", "Keep breathing, halfway."],
  fiveMore: ["Five more seconds.", "Just five more.", "Nearly there, five more."],
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
} as const;
