import type { PersistenceAdapter } from "ask-sdk-core";
import { SkillBuilders, type Skill } from "ask-sdk-core";
import { loadTurn, saveTurn } from "./conversation/turn";
import { isRequestType } from "./handlers/matchers";
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

/** Builds Neck Coach. Call once per process; the result serves every request. */
export function buildSkill({ persistenceAdapter, skillId }: SkillOptions): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
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
    )
    .addRequestInterceptors({
      async process(input) {
        if (!isRequestType(input, "CanFulfillIntentRequest")) await loadTurn(input);
      },
    })
    .addResponseInterceptors({
      async process(input, response) {
        await saveTurn(input, response?.shouldEndSession !== false);
      },
    })
    .addErrorHandlers(ApologyErrorHandler)
    .withPersistenceAdapter(persistenceAdapter);
  if (skillId) builder.withSkillId(skillId);
  return builder.create();
}
