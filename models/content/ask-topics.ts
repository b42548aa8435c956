/**
 * The topics a person can ask about by name ("what about ice or heat", "should
 * i see a physio"): the values of the TOPIC_NAME slot type, one `{ id, name }`
 * each. An id that is a Topic of lambda/turn/dialog.ts gets that topic's
 * answer; any other id is answered from the full-text search on its name, so a
 * topic is added by appending an entry here and its synonyms in
 * models/language/en-topics.ts, with no code change.
 */
import { LIFTER_ANSWERS, LIFTER_TOPIC_IDS } from "./lifter";

export interface AskTopic {
  readonly id: string;
  /** How the topic is said: the slot value's name, also said in the menu of topics. */
  readonly name: string;
}

export const ASK_TOPICS: readonly AskTopic[] = [
  { id: "ice-or-heat", name: "ice or heat" },
  { id: "pain-medicine", name: "pain relievers" },
  { id: "soreness-duration", name: "how long soreness lasts" },
  { id: "nutrition", name: "food and water" },
  { id: "stretch-guidance", name: "stretching safely" },
  { id: "straining-lifts", name: "the lifts that strain the neck" },
  { id: "professional", name: "seeing a professional" },
  { id: "takeaways", name: "the key points" },
  // A lifter's questions (lifter.ts): can I train, a pillow, a massage gun, creatine ...
  ...LIFTER_TOPIC_IDS.map((id) => ({ id, name: LIFTER_ANSWERS[id].name })),
];
