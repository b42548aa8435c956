import { PREVENTION_ANSWER, PROFESSIONAL_ANSWER, RELIEF_ANSWER, STRETCH_GUIDANCE_ANSWER, TAKEAWAYS_ANSWER } from "../../../models/content/answers";
import { CAUSES_ANSWER } from "../../../models/content/causes";
import { ANSWER_TALK } from "../../../models/content/prompts";
import { routineById } from "../../../models/content/routines";
import { stretchById } from "../../../models/content/stretches";
import type { Answer, ExerciseNote } from "../../../models/types";
import type { Offer, Topic } from "../../conversation/offer";
import { ask, type Reply } from "../reply";
import { says } from "../ssml";

/** Each answer, and what it offers next. */
const TOPIC_ANSWERS: Readonly<Record<Topic, { readonly answer: Answer; readonly offer: Offer }>> = {
  causes: { answer: CAUSES_ANSWER, offer: { kind: "answer", topic: "prevention" } },
  prevention: { answer: PREVENTION_ANSWER, offer: { kind: "routine", routine: "after-lifting" } },
  relief: { answer: RELIEF_ANSWER, offer: { kind: "answer", topic: "professional" } },
  professional: { answer: PROFESSIONAL_ANSWER, offer: { kind: "teach", stretch: "chin-tuck" } },
  takeaways: { answer: TAKEAWAYS_ANSWER, offer: { kind: "answer", topic: "prevention" } },
  "stretch-guidance": { answer: STRETCH_GUIDANCE_ANSWER, offer: { kind: "routine", routine: "quick" } },
};

/** The question that offers `offer`. */
export function offerQuestion(offer: Offer): string {
  switch (offer.kind) {
    case "teach":
      return ANSWER_TALK.offerStretch(stretchById(offer.stretch).name);
    case "routine":
      return ANSWER_TALK.offerRoutine(routineById(offer.routine).name);
    case "resume":
      return ANSWER_TALK.offerRoutine("rest of your routine");
    case "answer":
      switch (offer.topic) {
        case "prevention":
          return ANSWER_TALK.offerPrevention;
        case "relief":
          return ANSWER_TALK.offerRelief;
        case "professional":
          return ANSWER_TALK.offerProfessional;
        default:
          return ANSWER_TALK.offerRelief;
      }
  }
}

function answerSpeech(answer: Answer): string[] {
  return [answer.point, ...answer.detail];
}

/** An answer with its follow-up offer. */
export function topicReply(topic: Topic): { reply: Reply; offer: Offer } {
  const { answer, offer } = TOPIC_ANSWERS[topic];
  const question = offerQuestion(offer);
  return {
    reply: ask(says(...answerSpeech(answer), question), says(question, ANSWER_TALK.yesNoReprompt)),
    offer,
  };
}

/**
 * One exercise: why it strains the neck and how to keep it safe ("cause"), or
 * only how to keep it safe ("prevention"), then an offer of a fitting stretch.
 */
export function exerciseReply(exercise: ExerciseNote, focus: "cause" | "prevention"): { reply: Reply; offer: Offer } {
  const offer: Offer = { kind: "teach", stretch: exercise.stretch };
  const question = offerQuestion(offer);
  const answer = focus === "cause" ? [exercise.why, exercise.keepSafe] : [exercise.keepSafe];
  return {
    reply: ask(says(...answer, question), says(question, ANSWER_TALK.yesNoReprompt)),
    offer,
  };
}
