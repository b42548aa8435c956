/**
 * The benchmark's baseline: the smallest useful ask-sdk-core skill. A launch
 * reply and one intent, built once at module load, bundled with the same
 * esbuild settings as Neck Coach (scripts/lib/bundle.ts).
 */
import { getIntentName, getRequestType, SkillBuilders, type RequestHandler } from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";

const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === "LaunchRequest",
  handle: (input) => input.responseBuilder.speak("Welcome. Say hello.").reprompt("Say hello.").getResponse(),
};

const HelloHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === "IntentRequest" && getIntentName(input.requestEnvelope) === "HelloIntent",
  handle: (input) => input.responseBuilder.speak("Hello world.").withShouldEndSession(true).getResponse(),
};

const skill = SkillBuilders.custom().addRequestHandlers(LaunchHandler, HelloHandler).create();

export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
