/**
 * Neck Coach on ask-sdk-core: SkillBuilders.custom() with the skill id, one
 * request handler that runs the turn, one error handler, and the SDK's
 * DefaultApiClient, from which every request gets its service clients (the
 * device's settings, the Reminders API). The SDK checks the skill id, keeps
 * the session attributes and writes the response envelope; every request is
 * one turn (lambda/turn/turn.ts), whose handlers stay pure. No interceptors:
 * the turn already reads the record once, on a session's first turn beside the
 * time zone, and writes it only when it changed.
 */
import type { ErrorHandler, RequestHandler, Skill as SdkSkill } from "ask-sdk-core";
import type { services } from "ask-sdk-model";
import { contentFor } from "../models/locales";
import { DefaultApiClient, SkillBuilders } from "./alexa-sdk";
import { logError } from "./log";
import type { RecordStore } from "./persistence/store";
import { ask, toResponse } from "./speech/reply";
import { says } from "./speech/ssml";
import { withBoundedAttributes } from "./turn/session";
import { runTurn, type TurnEdge } from "./turn/turn";
import { field, safely, text } from "./untrusted";

/** What serves requests: ask-sdk-core's CustomSkill.invoke. */
export type Skill = Pick<SdkSkill, "invoke">;

export interface SkillOptions {
  readonly store: RecordStore;
  /** When set, requests for any other skill id are refused (by ask-sdk-core). */
  readonly skillId?: string;
  /** How Alexa's APIs are reached: ask-sdk-core's DefaultApiClient unless given; null for none (no API is called). */
  readonly apiClient?: services.ApiClient | null;
  /** Deadlines for the settings and Reminders APIs, in ms (lambda/turn/alexa-api.ts has the defaults). */
  readonly deadlines?: Pick<TurnEdge, "settingsDeadlineMs" | "remindersDeadlineMs">;
}

/** True when the envelope has the context.System the SDK reads to build a request's service clients. */
function hasSystem(envelope: unknown): boolean {
  const system = safely(() => field(field(envelope, "context"), "System"));
  return typeof system === "object" && system !== null;
}

/**
 * Builds Neck Coach. Call once per process; the result serves every request.
 * Two SkillBuilders.custom() skills, the same but for the API client: with an
 * API client, ask-sdk-core reads context.System of every request to build its
 * service clients, and rejects a request that has none; such a request (Alexa
 * never sends one) goes to the skill without, and is answered like any other.
 */
export function buildSkill({
  store,
  skillId,
  apiClient = new DefaultApiClient(),
  deadlines = {},
}: SkillOptions): Skill {
  const TurnHandler: RequestHandler = {
    canHandle: () => true,
    async handle(input) {
      const services = input.serviceClientFactory;
      const { response, sessionAttributes } = await runTurn(input.requestEnvelope, store, {
        ...deadlines,
        ...(services ? { services } : {}),
      });
      if (sessionAttributes) input.attributesManager.setSessionAttributes(sessionAttributes);
      return response;
    },
  };
  /** Only for a failure outside the turn, which catches its own: logged, and an apology that keeps the session. */
  const LastResort: ErrorHandler = {
    canHandle: () => true,
    handle(input, error) {
      const envelope: unknown = input.requestEnvelope;
      logError({
        requestId: safely(() => text(field(field(envelope, "request"), "requestId"))),
        where: "skill",
        error,
        envelope,
      });
      const { errors } = contentFor("en-US").words;
      return toResponse(ask(says(errors.apology), says(errors.reprompt)), false);
    },
  };
  const create = (client: services.ApiClient | null): SdkSkill => {
    const builder = SkillBuilders.custom().addRequestHandlers(TurnHandler).addErrorHandlers(LastResort);
    if (client) builder.withApiClient(client);
    if (skillId !== undefined) builder.withSkillId(skillId);
    return builder.create();
  };
  const withApi = create(apiClient);
  // Built on first need: no real request needs it, and a cold start should not pay for it.
  let withoutApi: SdkSkill | undefined = apiClient ? undefined : withApi;
  return {
    invoke: (envelope, context) =>
      (hasSystem(envelope) ? withApi : (withoutApi ??= create(null))).invoke(withBoundedAttributes(envelope), context),
  };
}
