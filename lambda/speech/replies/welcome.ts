import type { Content } from "../../../models/content/content";
import { pick } from "../wording";
import type { Offer } from "../../turn/dialog";
import type { RoutineProgress, UserRecord } from "../../persistence/user-record";
import { currentStep, upcoming } from "../../routine/engine";
import { partOfDay } from "../../domain/part-of-day";
import { ask, type Reply } from "../reply";
import { Speech, says } from "../ssml";

/**
 * Launch: one sentence of welcome and one question. First visit: the welcome,
 * the disclaimer and what to ask. Later: shorter, offering to resume a routine
 * in progress or to start the usual one. (A record carried over from an older
 * version has not heard the disclaimer: it gets it, and still the offer.)
 * A returning user is greeted by the part of the day at `hour` on the
 * device's clock ("Good evening."), except in the small hours.
 */
export function welcomeReply(
  record: UserRecord,
  localeSupported: boolean,
  content: Content,
  hour: number,
): { reply: Reply; offer?: Offer; spokeDisclaimer: boolean } {
  const welcome = content.words.welcome;
  const yesNo = content.words.answer.yesNoReprompt;
  const speech = new Speech();
  if (!localeSupported) speech.say(welcome.unsupportedLocale);
  const firstTime = !record.disclaimerHeard;
  if (firstTime) speech.say(welcome.first, content.safety.disclaimerShort);
  else speech.say(...returningGreeting(welcome, hour, record.visits));
  if (record.routine) {
    const question = resumeQuestion(record.routine, content);
    return {
      reply: ask(speech.say(question), says(question, yesNo)),
      offer: { kind: "resume" },
      spokeDisclaimer: firstTime,
    };
  }
  if (record.usualRoutine) {
    const question = welcome.usual(content.routine(record.usualRoutine).name);
    return {
      reply: ask(speech.say(question), says(question, yesNo)),
      offer: { kind: "routine", routine: record.usualRoutine },
      spokeDisclaimer: firstTime,
    };
  }
  return {
    reply: ask(speech.say(firstTime ? welcome.firstOffer : welcome.returningOffer), says(welcome.reprompt)),
    spokeDisclaimer: firstTime,
  };
}

/**
 * "You stopped part way through the quick routine. Next up is the chin tuck.
 * Shall I pick up from there?"; saved on its last stretch, whether to count it as done.
 */
export function resumeQuestion(saved: RoutineProgress, content: Content): string {
  const { welcome } = content.words;
  const next = upcoming(saved);
  const step = next ?? currentStep(saved);
  const routineName = content.routine(step.routine.id).name;
  const stretchName = content.stretch(step.stretch.id).name;
  return next ? welcome.inProgress(routineName, stretchName) : welcome.inProgressLast(routineName, stretchName);
}

/** "Good evening. Welcome back to Neck Coach.", or in the small hours one of the plain returning welcomes. */
function returningGreeting(welcome: Content["words"]["welcome"], hour: number, visits: number): string[] {
  const part = partOfDay(hour);
  return part === "night"
    ? [pick(welcome.returning, visits)]
    : [welcome.greeting[part], pick(welcome.welcomeBack, visits)];
}
