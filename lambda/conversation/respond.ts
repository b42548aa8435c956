import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";
import { DISCLAIMER_SHORT } from "../../models/content/safety";
import { renderDirective, supportsApl } from "../display/apl";
import { render, type Reply } from "../speech/reply";
import { Speech } from "../speech/ssml";
import type { Offer } from "./offer";
import { turnOf } from "./turn";

export interface RespondOptions {
  /** What this reply offers: "yes" will do it. */
  readonly offer?: Offer;
  /** What this reply did: "repeat" will do it again. */
  readonly did?: Offer;
  /** False for replies that must stay short and plain (goodbyes, medical direction). */
  readonly disclaimer?: boolean;
}

/**
 * The one way handlers answer: records the offer for "yes" and the action
 * for "repeat", speaks the first-use disclaimer once per user, adds the
 * screen display where the device has one, then renders.
 */
export function respond(input: HandlerInput, reply: Reply, options: RespondOptions = {}): Response {
  const turn = turnOf(input);
  if (options.offer) turn.nextOffer = options.offer;
  if (options.did) turn.nextLast = options.did;
  let spoken = reply;
  if (options.disclaimer !== false && !turn.record.disclaimerHeard) {
    spoken = { ...reply, speech: new Speech().say(DISCLAIMER_SHORT).append(reply.speech) };
    turn.record = { ...turn.record, disclaimerHeard: true };
  }
  if (reply.display && supportsApl(input)) input.responseBuilder.addDirective(renderDirective(reply.display));
  return render(input.responseBuilder, spoken);
}
