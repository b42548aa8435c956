import type { PersistenceAdapter, RequestHandler, Skill } from "ask-sdk-core";
import { SkillBuilders } from "./alexa-sdk";
import { loadTurn, saveTurn } from "./conversation/turn";
import { isRequestType } from "./handlers/matchers";
import { router } from "./handlers/router";
import { ListStretchesHandler, TeachStretchHandler } from "./handlers/stretch";
import { NeckPainCauseHandler, TopicHandler } from "./handlers/answers";
import { LaunchHandler } from "./handlers/launch";
import {
  FallbackHandler,
  HelpHandler,
  NoHandler,
  PauseHandler,
  RepeatHandler,
  StopHandler,
  YesHandler,
} from "./handlers/navigation";
import { RedFlagHandler } from "./handlers/red-flag";
import {
  HowManyLeftHandler,
  NextHandler,
  PreviousHandler,
  ResumeHandler,
  StartOverHandler,
  StartRoutineHandler,
  WhatsNextHandler,
} from "./handlers/routine";
import { CanFulfillHandler } from "./handlers/can-fulfill";
import { ApologyErrorHandler, SessionEndedHandler, UnhandledHandler } from "./handlers/system";

export interface SkillOptions {
  readonly persistenceAdapter: PersistenceAdapter;
  /** When set, requests for any other skill id are refused. */
  readonly skillId?: string;
}

/** Neck Coach's handlers, in order: the first that can take a request answers it. */
const handlerFor = router([
  CanFulfillHandler,
  LaunchHandler,
  RedFlagHandler,
  TeachStretchHandler,
  ListStretchesHandler,
  NeckPainCauseHandler,
  TopicHandler,
  StartRoutineHandler,
  ResumeHandler,
  NextHandler,
  PreviousHandler,
  RepeatHandler,
  StartOverHandler,
  WhatsNextHandler,
  HowManyLeftHandler,
  PauseHandler,
  HelpHandler,
  StopHandler,
  YesHandler,
  NoHandler,
  FallbackHandler,
  SessionEndedHandler,
  UnhandledHandler,
]);

/**
 * Every request is one turn: load what the user has (at most one store read),
 * let the handler answer, then save what changed (a write only on a change).
 * A handler that throws skips the save; the error handler answers.
 */
const TurnHandler: RequestHandler = {
  canHandle: () => true,
  async handle(input) {
    const handler = handlerFor(input);
    if (!isRequestType(input, "CanFulfillIntentRequest")) await loadTurn(input);
    const response = await handler.handle(input);
    await saveTurn(input, response.shouldEndSession !== false);
    return response;
  },
};

/** Builds Neck Coach. Call once per process; the result serves every request. */
export function buildSkill({ persistenceAdapter, skillId }: SkillOptions): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(TurnHandler)
    .addErrorHandlers(ApologyErrorHandler)
    .withPersistenceAdapter(persistenceAdapter);
  if (skillId) builder.withSkillId(skillId);
  return builder.create();
}
