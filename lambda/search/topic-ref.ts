/**
 * What a search hit points at, as a reference the handler can act on: a
 * stretch to teach, an exercise note, a cause, a prevention habit, or one of
 * the general answers. In the index each is a key, "stretch:chin-tuck".
 */
import {
  CAUSE_IDS,
  EXERCISE_IDS,
  STRETCH_IDS,
  type CauseId,
  type ExerciseId,
  type StretchId,
} from "../../models/types";
import { isOneOf } from "../../models/one-of";
import { LIFTER_TOPIC_IDS, type LifterTopicId } from "../../models/content/lifter";

export type TopicRef =
  | { readonly kind: "stretch"; readonly id: StretchId }
  | { readonly kind: "exercise"; readonly id: ExerciseId }
  | { readonly kind: "cause"; readonly id: CauseId }
  /** A prevention tip, by its id in the content's `preventionTips`. */
  | { readonly kind: "habit"; readonly id: string }
  /** A lifter's question (models/content/lifter.ts). */
  | { readonly kind: "lifter"; readonly id: LifterTopicId }
  /** A general answer, by its key in the content's `answers`. */
  | { readonly kind: "topic"; readonly id: string };

export type TopicKind = TopicRef["kind"];

export function topicKey(ref: TopicRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** The reference a key names; throws on a key no build of the index writes. */
export function topicOfKey(key: string): TopicRef {
  const colon = key.indexOf(":");
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (colon > 0 && id) {
    if (kind === "stretch" && isOneOf(STRETCH_IDS, id)) return { kind, id };
    if (kind === "exercise" && isOneOf(EXERCISE_IDS, id)) return { kind, id };
    if (kind === "cause" && isOneOf(CAUSE_IDS, id)) return { kind, id };
    if (kind === "lifter" && isOneOf(LIFTER_TOPIC_IDS, id)) return { kind, id };
    if (kind === "habit" || kind === "topic") return { kind, id };
  }
  throw new Error(`Not a topic key: ${key}`);
}
