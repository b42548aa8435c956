import type { ErrorHandler, RequestHandler, Skill } from "ask-sdk-core";
import { contentFor } from "../models/locales";
import { SkillBuilders } from "./alexa-sdk";
import { logError } from "./log";
import type { RecordStore } from "./persistence/store";
import { ask, toResponse } from "./speech/reply";
import { says } from "./speech/ssml";
import { runTurn } from "./turn/turn";

export interface SkillOptions {
  readonly store: RecordStore;
  /** When set, requests for any other skill id are refused. */
  readonly skillId?: string;
}

/**
 * Builds Neck Coach. Call once per process; the result serves every request.
 * ask-sdk-core checks the skill id and wraps the response envelope; every
 * request is one turn (lambda/turn/turn.ts).
 */
export function buildSkill({ store, skillId }: SkillOptions): Skill {
  const TurnHandler: RequestHandler = {
    canHandle: () => true,
    async handle(input) {
      const { response, sessionAttributes } = await runTurn(input.requestEnvelope, store);
      if (sessionAttributes) input.attributesManager.setSessionAttributes(sessionAttributes);
      return response;
    },
  };
  /** Only for a failure outside the turn, which catches its own: logged, and an apology that keeps the session. */
  const LastResort: ErrorHandler = {
    canHandle: () => true,
    handle(input, error) {
      const request = input.requestEnvelope?.request as { requestId?: unknown } | undefined;
      logError({ requestId: typeof request?.requestId === "string" ? request.requestId : undefined, where: "skill", error, envelope: input.requestEnvelope });
      const { errors } = contentFor("en-US").words;
      return toResponse(ask(says(errors.apology), says(errors.reprompt)), false);
    },
  };
  const builder = SkillBuilders.custom().addRequestHandlers(TurnHandler).addErrorHandlers(LastResort);
  if (skillId) builder.withSkillId(skillId);
  return builder.create();
}
