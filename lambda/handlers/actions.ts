import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { stretchById } from "../../models/content/stretches";
import type { Offer } from "../conversation/offer";
import { respond } from "../conversation/respond";
import { topicReply } from "../speech/replies/answers";
import { lessonReply } from "../speech/replies/stretch";
import { resumeRoutine, startRoutine } from "./routine-actions";

/** Does what an offer offered: "yes" after an offer, and "repeat" of the last thing done. */
export function perform(input: HandlerInput, action: Offer): Response {
  switch (action.kind) {
    case "teach": {
      const { reply, offer } = lessonReply(stretchById(action.stretch), false);
      return respond(input, reply, { offer, did: action });
    }
    case "answer": {
      const { reply, offer } = topicReply(action.topic);
      return respond(input, reply, { offer, did: action });
    }
    case "routine":
      return startRoutine(input, action.routine, false);
    case "resume":
      return resumeRoutine(input);
  }
}
