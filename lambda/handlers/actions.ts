import { unreachable, type Offer, type Said } from "../turn/dialog";
import { outcome, type Context, type Outcome } from "../turn/outcome";
import { answerWithOffer, saidSpeech } from "../speech/replies/answers";
import { lessonReply } from "../speech/replies/stretch";
import { gentlerVersion } from "./discomfort";
import { forgetNow } from "./forget";
import { setReminder } from "./reminder";
import { resumeRoutine, routineRunning, startRoutine } from "./routine-actions";
import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { screenYes } from "./red-flag";

/** Does what an offer offered: "yes" after an offer. */
export function perform(context: Context, offer: Offer): Outcome {
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
export function sayAgain(context: Context, said: Said): Outcome {
  if (said.kind === "lesson") {
    const { reply, offer } = lessonReply(context.content.stretch(said.stretch), false, context.content);
    return outcome(context, reply, { offered: offer, said });
  }
  const { sentences, offer } = saidSpeech(said, context.content);
  // The rest of the warning signs is still offered mid-routine: a safety list is never cut short for a stretch.
  const restOfSigns = offer?.kind === "answer" && offer.topic === "urgent-signs";
  if (routineRunning(context) && !restOfSigns) {
    // A question in the middle of a routine: the answer, then back to the routine, so "yes" or "next" carries on.
    const { topic, routine } = context.content.words;
    return outcome(context, ask(says(...sentences, topic.routineGoesOn), says(routine.nextReprompt)), { said });
  }
  return outcome(context, answerWithOffer(sentences, offer, context.content), { ...(offer ? { offered: offer } : {}), said });
}
