/**
 * Neck Coach as Alexa calls it: a request envelope in, a response envelope out.
 *
 * Every request is one turn (lambda/turn/turn.ts), so the skill needs no
 * handler chain, attributes manager or response builder: what is left for this
 * module is the skill id check and the envelope around the turn's response.
 * Doing that here, in a few lines, keeps ask-sdk-core (and the ask-sdk-model
 * and ask-sdk-runtime code it loads) out of the Lambda: about 95 KB of
 * JavaScript that every cold start would compile. The envelope is the one
 * ask-sdk-core writes: version "1.0", the response, and the session
 * attributes when the request has a session.
 */
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { contentFor } from "../models/locales";
import { logError } from "./log";
import type { RecordStore } from "./persistence/store";
import { ask, toResponse } from "./speech/reply";
import { says } from "./speech/ssml";
import { runTurn } from "./turn/turn";
import { field, safely, text } from "./untrusted";

export interface SkillOptions {
  readonly store: RecordStore;
  /** When set, requests for any other skill id are refused. */
  readonly skillId?: string;
}

export interface Skill {
  /** Answers one request; rejects only a request for another skill. */
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

/** Thrown for a request addressed to another skill: Alexa gets an error, and no turn is taken. */
export class WrongSkillError extends Error {
  override readonly name = "WrongSkillError";
}

/** The skill id a request names: the context's, as ask-sdk-core reads it, else the session's. */
function applicationIdOf(envelope: unknown): unknown {
  type Named = { application?: { applicationId?: unknown } } | undefined;
  const parts = envelope as { context?: { System?: Named }; session?: Named } | null | undefined;
  const fromContext = parts?.context?.System?.application;
  return fromContext ? fromContext.applicationId : parts?.session?.application?.applicationId;
}

/** The apology for a failure outside the turn (which catches its own): logged, and the session stays open. */
function lastResort(envelope: unknown, error: unknown): ResponseEnvelope {
  logError({ requestId: safely(() => text(field(field(envelope, "request"), "requestId"))), where: "skill", error, envelope });
  const { errors } = contentFor("en-US").words;
  return { version: "1.0", response: toResponse(ask(says(errors.apology), says(errors.reprompt)), false) };
}

/** Builds Neck Coach. Call once per process; the result serves every request. */
export function buildSkill({ store, skillId }: SkillOptions): Skill {
  return {
    async invoke(envelope) {
      if (skillId !== undefined && applicationIdOf(envelope) !== skillId) {
        throw new WrongSkillError("Skill id verification failed: this request is for another skill.");
      }
      try {
        const { response, sessionAttributes } = await runTurn(envelope, store);
        return { version: "1.0", response, ...(sessionAttributes ? { sessionAttributes } : {}) };
      } catch (error) {
        return lastResort(envelope, error);
      }
    },
  };
}
