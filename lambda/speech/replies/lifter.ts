/**
 * A lifter's question answered (models/content/lifter.ts): the point and its
 * detail, or with `deeper` the level below, then the follow-up that fits
 * what was asked, or none. Where an answer touches a warning sign, the safety
 * table's own line for that sign follows it. Pure: content in, sentences out.
 */
import type { Content } from "../../../models/content/content";
import type { LifterTopicId } from "../../../models/content/lifter";
import type { Offer } from "../../turn/dialog";
import { aboutSign } from "./safety";

export interface LifterSpeech {
  readonly sentences: readonly string[];
  readonly offer: Offer | null;
}

/** The safety table's line for the warning sign an answer touches, in the locale's words and number. */
function safetyLine(topic: LifterTopicId, content: Content): string[] {
  const safety = content.lifter[topic].safety;
  return safety ? aboutSign(safety.sign, safety.named, content) : [];
}

/** What the answer to `topic` says, and what it offers next. */
export function lifterSpeech(topic: LifterTopicId, content: Content, deeper = false): LifterSpeech {
  const answer = content.lifter[topic];
  const sentences = deeper ? [...answer.more] : [answer.point, ...answer.detail, ...safetyLine(topic, content)];
  // A content follow-up is already one of the dialog's offers.
  return { sentences, offer: answer.followUp };
}

/** The question that offers `topic` after another answer. */
export function lifterQuestion(topic: LifterTopicId, content: Content): string {
  return content.lifter[topic].offerLine;
}
