import type { ErrorHandler, HandlerInput } from "ask-sdk-core";
import type { SkillHandler } from "./router";
import type { SessionEndedRequest } from "ask-sdk-model";
import { ERRORS } from "../../models/content/prompts";
import { parseSessionState } from "../conversation/session-state";
import { logError } from "../log";
import { ask, render } from "../speech/reply";
import { says } from "../speech/ssml";
import { FallbackHandler } from "./navigation";
import { intentNameOf, isRequestType, requestTypeOf } from "./matchers";

/**
 * The session ended (user quit, silence, error): nothing to say; the position
 * is already saved. An error Alexa reports about our response is logged.
 */
export const SessionEndedHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, "SessionEndedRequest"),
  handle(input) {
    const request = input.requestEnvelope.request as Partial<SessionEndedRequest>;
    if (request.reason === "ERROR") {
      const reported = request.error ? `${request.error.type}: ${request.error.message}` : "no details";
      logError({ requestId: request.requestId, where: "session.ended", error: reported, envelope: input.requestEnvelope });
    }
    return input.responseBuilder.getResponse();
  },
};

/** Requests that may not carry speech: player and system events. */
const SILENT_PREFIXES = ["AudioPlayer.", "PlaybackController.", "System.", "Messaging.", "Alexa.Authorization."];

/**
 * Anything no other handler took: an intent this skill does not know gets the
 * fallback reply; a system event gets an empty response; any other request
 * with a session gets a short spoken way on.
 */
export const UnhandledHandler: SkillHandler = {
  canHandle: () => true,
  handle(input) {
    if (intentNameOf(input) !== undefined) return FallbackHandler.handle(input);
    const type = requestTypeOf(input);
    if (SILENT_PREFIXES.some((p) => type.startsWith(p)) || !input.requestEnvelope.session) {
      return input.responseBuilder.getResponse();
    }
    return FallbackHandler.handle(input);
  },
};

/** Any error: logged once, an apology in speech, the session stays open with what the user had. */
export const ApologyErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    const request = input.requestEnvelope?.request as { requestId?: unknown } | undefined;
    logError({ requestId: typeof request?.requestId === "string" ? request.requestId : undefined, where: "handler", error, envelope: input.requestEnvelope });
    if (input.requestEnvelope?.session) {
      const kept = parseSessionState(safeSessionAttributes(input));
      input.attributesManager.setSessionAttributes({ ...kept });
    }
    return render(input.responseBuilder, ask(says(ERRORS.apology), says(ERRORS.reprompt)));
  },
};

function safeSessionAttributes(input: HandlerInput): unknown {
  try {
    return input.attributesManager.getSessionAttributes();
  } catch {
    return {};
  }
}
