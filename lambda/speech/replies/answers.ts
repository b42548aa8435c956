import type { Answers, Content } from "../../../models/content/content";
import type { Answer, ExerciseNote } from "../../../models/types";
import { unreachable, type Offer, type Topic } from "../../turn/dialog";
import { ask, type Reply } from "../reply";
import { says } from "../ssml";

/** Each topic's answer in the content, and what it offers next. */
const TOPIC_ANSWERS: Readonly<Record<Topic, { readonly answer: keyof Answers; readonly offer: Offer }>> = {
  causes: { answer: "causes", offer: { kind: "answer", topic: "prevention" } },
  prevention: { answer: "prevention", offer: { kind: "routine", routine: "after-lifting" } },
  relief: { answer: "relief", offer: { kind: "answer", topic: "professional" } },
  professional: { answer: "professional", offer: { kind: "teach", stretch: "chin-tuck" } },
  takeaways: { answer: "takeaways", offer: { kind: "answer", topic: "prevention" } },
  "stretch-guidance": { answer: "stretchGuidance", offer: { kind: "routine", routine: "quick" } },
};

/** The question that offers a topic. */
function topicQuestion(topic: Topic, { answer }: Content["words"]): string {
  switch (topic) {
    case "causes":
      return answer.offerCauses;
    case "prevention":
      return answer.offerPrevention;
    case "relief":
      return answer.offerRelief;
    case "professional":
      return answer.offerProfessional;
    case "takeaways":
      return answer.offerTakeaways;
    case "stretch-guidance":
      return answer.offerStretchGuidance;
    default:
      return unreachable(topic);
  }
}

/** The question that offers `offer`. */
export function offerQuestion(offer: Offer, content: Content): string {
  const { answer } = content.words;
  switch (offer.kind) {
    case "teach":
      return answer.offerStretch(content.stretch(offer.stretch).name);
    case "routine":
      return answer.offerRoutine(content.routine(offer.routine).name);
    case "resume":
      return answer.offerResume;
    case "answer":
      return topicQuestion(offer.topic, content.words);
    default:
      return unreachable(offer);
  }
}

function answerSpeech(answer: Answer): string[] {
  return [answer.point, ...answer.detail];
}

/** A spoken answer, then one offer, asked again in the reprompt. */
export function answerWithOffer(sentences: readonly string[], offer: Offer, content: Content): Reply {
  const question = offerQuestion(offer, content);
  return ask(says(...sentences, question), says(question, content.words.answer.yesNoReprompt));
}

/** An answer with its follow-up offer. */
export function topicReply(topic: Topic, content: Content): { reply: Reply; offer: Offer } {
  const { answer, offer } = TOPIC_ANSWERS[topic];
  return { reply: answerWithOffer(answerSpeech(content.answers[answer]), offer, content), offer };
}

/**
 * One exercise: why it strains the neck and how to keep it safe ("cause"), or
 * only how to keep it safe ("prevention"), then an offer of a fitting stretch.
 */
export function exerciseReply(exercise: ExerciseNote, focus: "cause" | "prevention", content: Content): { reply: Reply; offer: Offer } {
  const offer: Offer = { kind: "teach", stretch: exercise.stretch };
  const answer = focus === "cause" ? [exercise.why, exercise.keepSafe] : [exercise.keepSafe];
  return { reply: answerWithOffer(answer, offer, content), offer };
}
