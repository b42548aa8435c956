import { ANSWER_TALK, pick, WELCOME } from "../../../models/content/prompts";
import { routineById } from "../../../models/content/routines";
import { DISCLAIMER_SHORT } from "../../../models/content/safety";
import type { Offer } from "../../conversation/offer";
import type { UserRecord } from "../../persistence/user-record";
import { currentStep } from "../../routine/engine";
import { ask, type Reply } from "../reply";
import { Speech, says } from "../ssml";

/**
 * Launch: one sentence of welcome and one question. First visit: the welcome,
 * the disclaimer and what to ask. Later: shorter, offering to resume a routine
 * in progress or to start the usual one. (A record carried over from an older
 * version has not heard the disclaimer: it gets it, and still the offer.)
 */
export function welcomeReply(record: UserRecord, localeSupported: boolean): { reply: Reply; offer?: Offer } {
  const speech = new Speech();
  if (!localeSupported) speech.say(WELCOME.unsupportedLocale);
  const firstTime = !record.disclaimerHeard;
  if (firstTime) speech.say(WELCOME.first, DISCLAIMER_SHORT);
  else speech.say(pick(WELCOME.returning, record.visits));
  if (record.routine) {
    const step = currentStep(record.routine);
    const question = WELCOME.inProgress(step.routine.name, step.stretch.name);
    return { reply: ask(speech.say(question), says(question, ANSWER_TALK.yesNoReprompt)), offer: { kind: "resume" } };
  }
  if (record.usualRoutine) {
    const question = WELCOME.usual(routineById(record.usualRoutine).name);
    return {
      reply: ask(speech.say(question), says(question, ANSWER_TALK.yesNoReprompt)),
      offer: { kind: "routine", routine: record.usualRoutine },
    };
  }
  return { reply: ask(speech.say(firstTime ? WELCOME.firstOffer : WELCOME.returningOffer), says(WELCOME.reprompt)) };
}
