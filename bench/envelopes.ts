/**
 * Request envelopes for the benchmark, shaped like the ones Alexa sends a
 * voice-only device. `modelIntent` checks intent, slot and value ids against
 * the generated interaction model, so a renamed slot fails the benchmark
 * instead of quietly measuring a "which stretch?" reprompt.
 */
import type { IntentRequest, LaunchRequest, RequestEnvelope, Slot } from "ask-sdk-model";
import modelFile from "../skill-package/interactionModels/custom/en-US.json";
import type { IntentName, SlotName } from "../models/language/types";
import { envelope as baseEnvelope, matched, raw } from "../scripts/lib/envelopes";

export const APPLICATION_ID = "amzn1.ask.skill.bench";
export const BENCH_USER = "amzn1.ask.account.bench-user";

export interface SessionSpec {
  /** True on the first request of a session (a launch, a one-shot). */
  readonly new: boolean;
  /** Session attributes the previous response set. */
  readonly attributes?: Record<string, unknown>;
}

/** A slot as heard; with `id`, entity resolution matched that value id (ER_SUCCESS_MATCH). */
export interface SlotSpec {
  readonly value: string;
  readonly id?: string;
}

export interface EnvelopeOptions {
  readonly session: SessionSpec;
  readonly userId?: string;
  readonly locale?: string;
  readonly requestId?: string;
  /** ISO time of the request; fixed by default so streaks are reproducible. */
  readonly timestamp?: string;
  /** Where Alexa's APIs are (a local fake): the request then carries an API access token. Without it, none. */
  readonly apiEndpoint?: string;
}

interface ModelSlot {
  readonly name: string;
  readonly type: string;
}
interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
}
interface ModelType {
  readonly name: string;
  readonly values: readonly { readonly id?: string; readonly name: { readonly value: string } }[];
}
interface LanguageModel {
  readonly intents: readonly ModelIntent[];
  readonly types: readonly ModelType[];
}

const MODEL: LanguageModel = (modelFile as unknown as { interactionModel: { languageModel: LanguageModel } })
  .interactionModel.languageModel;

/** The shared test envelope, with the benchmark's ids and session. */
function envelope(request: LaunchRequest | IntentRequest, options: EnvelopeOptions): RequestEnvelope {
  const built = baseEnvelope(request, {
    session: options.session.new ? "new" : "continuing",
    sessionId: "amzn1.echo-api.session.bench",
    applicationId: APPLICATION_ID,
    userId: options.userId ?? BENCH_USER,
    ...(options.session.attributes ? { attributes: options.session.attributes } : {}),
  });
  if (options.apiEndpoint) {
    built.context.System.apiEndpoint = options.apiEndpoint;
    built.context.System.apiAccessToken = "bench-api-token";
  }
  return built;
}

function requestBase(options: EnvelopeOptions): { requestId: string; timestamp: string; locale: string } {
  return {
    requestId: options.requestId ?? "amzn1.echo-api.request.bench",
    timestamp: options.timestamp ?? "2026-01-15T08:00:00Z",
    locale: options.locale ?? "en-US",
  };
}

export function launchRequest(options: EnvelopeOptions): RequestEnvelope {
  return envelope({ type: "LaunchRequest", ...requestBase(options) }, options);
}

function slotOf(name: string, spec: SlotSpec | undefined): Slot {
  if (!spec) return raw(name);
  return spec.id === undefined ? raw(name, spec.value) : matched(name, spec.value, spec.id);
}

/** An IntentRequest for any skill (no model check); slots are given as heard, undefined for one not filled. */
export function intentRequest(
  intent: string,
  slots: Readonly<Record<string, SlotSpec | undefined>>,
  options: EnvelopeOptions,
): RequestEnvelope {
  const built: Record<string, Slot> = {};
  for (const [name, spec] of Object.entries(slots)) built[name] = slotOf(name, spec);
  return envelope(
    {
      type: "IntentRequest",
      ...requestBase(options),
      dialogState: "COMPLETED",
      intent: { name: intent, confirmationStatus: "NONE", ...(Object.keys(built).length ? { slots: built } : {}) },
    },
    options,
  );
}

/**
 * An IntentRequest for Neck Coach, checked against the interaction model. Every
 * slot the intent declares is present, as Alexa sends them; unfilled ones carry no value.
 */
export function modelIntent(
  intent: IntentName,
  slots: Partial<Record<SlotName, SlotSpec>>,
  options: EnvelopeOptions,
): RequestEnvelope {
  const declared = MODEL.intents.find((candidate) => candidate.name === intent);
  if (!declared) throw new Error(`${intent} is not in the interaction model`);
  const declaredSlots = declared.slots ?? [];
  for (const name of Object.keys(slots)) {
    if (!declaredSlots.some((slot) => slot.name === name)) throw new Error(`${intent} has no slot "${name}"`);
  }
  const heard: Record<string, SlotSpec | undefined> = {};
  for (const { name, type } of declaredSlots) {
    const spec = slots[name as SlotName];
    if (spec?.id !== undefined) {
      const values = MODEL.types.find((candidate) => candidate.name === type)?.values ?? [];
      if (!values.some((value) => value.id === spec.id)) throw new Error(`${type} has no value id "${spec.id}"`);
    }
    heard[name] = spec;
  }
  return intentRequest(intent, heard, options);
}
