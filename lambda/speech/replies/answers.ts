/**
 * Spoken answers: the point first, then one offer that fits. Every topic, cause,
 * habit and exercise the skill explains, and one level deeper for "tell me more".
 */
import { REMINDER_WORDS } from "../../../models/content/reminders";
import type { Content } from "../../../models/content/content";
import type { Answer } from "../../../models/types";
import type { CauseId, HabitId } from "../../../models/types";
import { unreachable, type Offer, type Said, type Topic } from "../../turn/dialog";
import { ask, type Reply } from "../reply";
import { says } from "../ssml";
import { lifterQuestion, lifterSpeech } from "./lifter";

/** A topic's sentences, one level deeper, and the offer after it. */
interface TopicSpeech {
  readonly sentences: readonly string[];
  readonly more: readonly string[];
  readonly offer: Offer | null;
}

function answerSentences(answer: Answer): string[] {
  return [answer.point, ...answer.detail];
}

function liftsSentences(content: Content): string[] {
  const name = (id: Parameters<Content["exercise"]>[0]) => content.exercise(id).name;
  const common = content.commonStrainingLifts.map((id) => `the ${name(id)}`);
  const others = content.exercises
    .filter((e) => !content.commonStrainingLifts.includes(e.id))
    .slice(0, 4)
    .map((e) => `the ${e.name}`);
  return [content.words.topic.lifts(common, others)];
}

/** The most urgent signs first, at most three a sentence; the rest on a yes. */
function warningSentences(content: Content): string[] {
  return [content.warningSigns.emergencyFirst(content.warningSigns.care.call)];
}

function restOfSigns(content: Content): readonly string[] {
  const { warningSigns } = content;
  return warningSigns.emergencyRest(warningSigns.care.call);
}

/** What each topic says; exhaustive over topics. */
export function topicSpeech(topic: Topic, content: Content): TopicSpeech {
  const { answers, topics, more } = content;
  switch (topic) {
    case "causes":
      return {
        sentences: answerSentences(answers.causes),
        more: more.overview.causes,
        offer: { kind: "answer", topic: "prevention" },
      };
    case "prevention":
      return {
        sentences: answerSentences(answers.prevention),
        more: more.overview.prevention,
        offer: { kind: "routine", routine: "after-lifting" },
      };
    case "relief":
      return {
        sentences: [...answerSentences(answers.relief), ...content.triage.soreness.say],
        more: more.overview.relief,
        // Never a routine right after "rest your neck today".
        offer: { kind: "answer", topic: "ice-or-heat" },
      };
    case "professional":
      return {
        sentences: answerSentences(answers.professional),
        more: more.overview.professional,
        offer: { kind: "lifter", topic: "chiro-physio" },
      };
    case "takeaways":
      return {
        sentences: answerSentences(answers.takeaways),
        more: more.overview.takeaways,
        offer: { kind: "answer", topic: "prevention" },
      };
    case "stretch-guidance":
      return {
        sentences: answerSentences(answers.stretchGuidance),
        more: more.overview.stretchGuidance,
        offer: { kind: "lifter", topic: "stretch-often" },
      };
    case "straining-lifts":
      return {
        sentences: liftsSentences(content),
        more: more.overview.strainingLifts,
        offer: { kind: "answer", topic: "prevention" },
      };
    case "ice-or-heat":
      return {
        sentences: answerSentences(topics.iceOrHeat),
        more: topics.iceOrHeat.more,
        offer: { kind: "answer", topic: "soreness-duration" },
      };
    case "pain-medicine":
      return {
        sentences: answerSentences(topics.painMedicine),
        more: topics.painMedicine.more,
        offer: { kind: "answer", topic: "professional" },
      };
    case "soreness-duration":
      return {
        sentences: answerSentences(topics.sorenessDuration),
        more: topics.sorenessDuration.more,
        offer: { kind: "answer", topic: "warning-signs" },
      };
    case "nutrition":
      // Sometimes nothing is offered: the question was small.
      return { sentences: answerSentences(topics.nutrition), more: topics.nutrition.more, offer: null };
    case "warning-signs":
      return {
        sentences: warningSentences(content),
        more: more.overview.warningSigns,
        offer: { kind: "answer", topic: "urgent-signs" },
      };
    case "urgent-signs":
      return {
        sentences: restOfSigns(content),
        more: more.overview.warningSigns,
        offer: { kind: "answer", topic: "later-signs" },
      };
    case "later-signs":
      return {
        sentences: [...content.warningSigns.sameDay, content.warningSigns.soonList],
        more: more.overview.warningSigns,
        offer: null,
      };
    default:
      return unreachable(topic);
  }
}

/** The question that offers a topic. */
function topicQuestion(topic: Topic, { words: { answer }, warningSigns }: Content): string {
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
    case "straining-lifts":
      return answer.offerLifts;
    case "ice-or-heat":
      return answer.offerIceOrHeat;
    case "pain-medicine":
      return answer.offerPainMedicine;
    case "soreness-duration":
      return answer.offerSorenessDuration;
    case "nutrition":
      return answer.offerNutrition;
    case "warning-signs":
      return answer.offerWarningSigns;
    case "urgent-signs":
      return warningSigns.wantTheRest;
    case "later-signs":
      return warningSigns.wantLaterSigns;
    default:
      return unreachable(topic);
  }
}

/** The question that offers `offer`. */
export function offerQuestion(offer: Offer, content: Content): string {
  const { answer, discomfort } = content.words;
  switch (offer.kind) {
    case "teach":
      return answer.offerStretch(content.stretch(offer.stretch).name);
    case "routine":
      return answer.offerRoutine(content.routine(offer.routine).name);
    case "resume":
      return answer.offerResume;
    case "answer":
      return topicQuestion(offer.topic, content);
    case "lifter":
      return lifterQuestion(offer.topic, content);
    case "gentler":
      return discomfort.choicesIdle(content.stretch(offer.stretch).name);
    case "forget":
      return content.words.forget.reprompt;
    case "reminder":
      return REMINDER_WORDS.offerQuestion(offer.time);
    case "screen":
      return offer.step === 1 ? content.warningSigns.screenInjury : content.warningSigns.screenNerves;
    default:
      return unreachable(offer);
  }
}

/** Sentences, then one offer asked again in the reprompt; with no offer, an open question. */
export function answerWithOffer(sentences: readonly string[], offer: Offer | null, content: Content): Reply {
  if (!offer) {
    const { topic } = content.words;
    return ask(says(...sentences, topic.warningSignsReprompt), says(topic.warningSignsReprompt));
  }
  const question = offerQuestion(offer, content);
  return ask(says(...sentences, question), says(question, content.words.answer.yesNoReprompt));
}

/** What fits after a cause: how to guard against it, in the answer closest to it. */
const CAUSE_OFFER: Readonly<Record<CauseId, Offer | null>> = {
  posture: { kind: "lifter", topic: "forward-head" },
  repetition: { kind: "answer", topic: "prevention" },
  "sudden-movement": { kind: "lifter", topic: "neck-warm-up" },
  "muscle-imbalance": { kind: "routine", routine: "strength" },
  "existing-condition": { kind: "lifter", topic: "chiro-physio" },
};

/** What fits after a prevention habit, or nothing. */
const HABIT_OFFER: Readonly<Record<HabitId, Offer | null>> = {
  form: { kind: "lifter", topic: "gaze" },
  "warm-up": { kind: "lifter", topic: "neck-warm-up" },
  strength: { kind: "routine", routine: "strength" },
  listen: { kind: "lifter", topic: "soreness-or-strain" },
  rest: null,
  progress: { kind: "lifter", topic: "back-to-heavy" },
};

function habitSay(habit: HabitId, content: Content): string {
  const tip = content.preventionTips.find((t) => t.id === habit);
  if (!tip) throw new Error(`No prevention tip ${habit}`);
  return tip.say;
}

/**
 * What a Said says: the answer, or with `deeper` the level below it, and the
 * offer after it. "Repeat" says it again; "tell me more" says it deeper.
 */
export function saidSpeech(
  said: Exclude<Said, { kind: "lesson" }>,
  content: Content,
): { sentences: readonly string[]; offer: Offer | null } {
  const deeper = said.deeper === true;
  switch (said.kind) {
    case "answer": {
      const { sentences, more, offer } = topicSpeech(said.topic, content);
      return { sentences: deeper ? more : sentences, offer };
    }
    case "lifter":
      return lifterSpeech(said.topic, content, deeper);
    case "cause": {
      const cause = content.cause(said.cause);
      return {
        sentences: [deeper ? content.more.cause[said.cause] : cause.explanation],
        offer: CAUSE_OFFER[said.cause],
      };
    }
    case "habit": {
      const more = content.more.habit[said.habit] ?? "";
      return { sentences: [deeper ? more : habitSay(said.habit, content)], offer: HABIT_OFFER[said.habit] };
    }
    case "exercise": {
      const exercise = content.exercise(said.exercise);
      const offer: Offer = { kind: "teach", stretch: exercise.stretch };
      if (deeper)
        return {
          sentences: [said.focus === "cause" ? content.stretch(exercise.stretch).summary : exercise.why],
          offer,
        };
      return { sentences: said.focus === "cause" ? [exercise.why, exercise.keepSafe] : [exercise.keepSafe], offer };
    }
    default:
      return unreachable(said);
  }
}
