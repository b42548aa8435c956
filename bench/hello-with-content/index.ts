/**
 * The baseline of the memory store's targets (issue 22: "the ask-sdk-core
 * hello skill with the same content"): bench/hello's two handlers, speaking
 * from Neck Coach's content module as Neck Coach loads it (models/locales:
 * every locale's changes, resolved on first use for the request's locale),
 * with every content module Neck Coach's code imports re-exported so none is
 * shaken out. Bundled with the same settings as Neck Coach
 * (scripts/lib/bundle.ts). Its size and cold start are what the content
 * costs on top of the framework, apart from Neck Coach's code.
 */
import {
  getIntentName,
  getLocale,
  getRequestType,
  SkillBuilders,
  type HandlerInput,
  type RequestHandler,
} from "ask-sdk-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import type { Context } from "aws-lambda";
import { contentFor, languageFor } from "../../models/locales";

export * from "./content";

const wordsFor = (input: HandlerInput) => contentFor(languageFor(getLocale(input.requestEnvelope)).locale).words;

const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === "LaunchRequest",
  handle(input) {
    const { welcome } = wordsFor(input);
    return input.responseBuilder
      .speak(`${welcome.first} ${welcome.firstOffer}`)
      .reprompt(welcome.reprompt)
      .getResponse();
  },
};

const HelloHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === "IntentRequest" && getIntentName(input.requestEnvelope) === "HelloIntent",
  handle: (input) =>
    input.responseBuilder
      .speak(wordsFor(input).goodbye.plain[0] ?? "")
      .withShouldEndSession(true)
      .getResponse(),
};

const skill = SkillBuilders.custom().addRequestHandlers(LaunchHandler, HelloHandler).create();

export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
