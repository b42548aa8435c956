/**
 * The request as a handler sees it: parsed once, at the boundary, from an
 * envelope that may be malformed in any way. Nothing here throws.
 */
import { languageFor, type SupportedLocale } from "../../models/locales";
import { isOneOf } from "../../models/one-of";
import type { IntentName, SlotName } from "../../models/language/types";
import { isTimeZone, localTime } from "../domain/days";
import { userKey } from "./user-key";
import { field, safely, text } from "../untrusted";

export type RequestKind = "launch" | "intent" | "can-fulfill" | "session-ended" | "other";

/** A slot as heard: the id entity resolution matched, if any, and the words spoken. */
export interface SlotValue {
  readonly id?: string;
  readonly raw?: string;
}

export interface RequestView {
  readonly kind: RequestKind;
  /** The request type as sent ("" when missing). */
  readonly type: string;
  readonly requestId?: string;
  /** The intent's name as sent, for intent and can-fulfill requests. */
  readonly intent?: string;
  readonly slots: Readonly<Record<string, SlotValue>>;
  readonly locale: SupportedLocale;
  readonly localeSupported: boolean;
  /** True when the request carries a session (not a one-way event). */
  readonly hasSession: boolean;
  readonly newSession: boolean;
  /** The device can show APL screens. */
  readonly screen: boolean;
  /** The request's day on the device's clock, "YYYY-MM-DD" (UTC until the time zone is known: see inTimeZone). */
  readonly day: string;
  /** The hour, 0-23, on the same clock. */
  readonly hour: number;
  /** The device's IANA time zone, or null while unknown (the day and hour are then UTC's). */
  readonly timeZone: string | null;
  /** The device, and whether the request carries what Alexa's APIs need (an endpoint and a token). */
  readonly deviceId?: string;
  readonly api: boolean;
  /** For a Connections.Response: the task's name, Alexa's status code, the token sent with the request, and the payload's status. */
  readonly connection?: {
    readonly name: string;
    readonly code: string;
    readonly token: string;
    readonly status: string;
  };
  /** When the request was made: its timestamp, or now when it has none that reads. */
  readonly at: Date;
  /** Whose record this turn reads and writes. */
  readonly userKey: string;
  /** Session attributes as sent back by Alexa, untrusted. */
  readonly sessionAttributes: unknown;
  /** For a SessionEndedRequest: why, and Alexa's error report. */
  readonly ended?: { readonly reason: string; readonly error?: string };
}

const KINDS: Readonly<Record<string, RequestKind>> = {
  LaunchRequest: "launch",
  IntentRequest: "intent",
  CanFulfillIntentRequest: "can-fulfill",
  SessionEndedRequest: "session-ended",
};

function slotValue(slot: unknown): SlotValue {
  const raw = text(field(slot, "value"))?.trim() || undefined;
  const authorities = field(field(slot, "resolutions"), "resolutionsPerAuthority");
  let id: string | undefined;
  if (Array.isArray(authorities)) {
    for (const authority of authorities) {
      if (field(field(authority, "status"), "code") !== "ER_SUCCESS_MATCH") continue;
      const values = field(authority, "values");
      const first = Array.isArray(values) ? text(field(field(values[0], "value"), "id")) : undefined;
      if (first) {
        id = first;
        break;
      }
    }
  }
  return { ...(id ? { id } : {}), ...(raw ? { raw } : {}) };
}

function slotsOf(intent: unknown): Record<string, SlotValue> {
  const slots = field(intent, "slots");
  if (typeof slots !== "object" || slots === null || Array.isArray(slots)) return {};
  const parsed: Record<string, SlotValue> = {};
  for (const [name, slot] of Object.entries(slots)) {
    // No slot of ours has this name, and assigning it would replace the object's prototype.
    if (name === "__proto__") continue;
    const value = slotValue(slot);
    if (value.id !== undefined || value.raw !== undefined) parsed[name] = value;
  }
  return parsed;
}

/** The times a record can keep: years 0000 to 9999 (a later one would give the day "+275760-09"). */
const EARLIEST = Date.parse("0000-01-01T00:00:00.000Z");
const LATEST = Date.parse("9999-12-31T23:59:59.999Z");

/** The request's time, from its timestamp when it is one the record can keep, else the clock. */
export function requestTime(timestamp: unknown, now: () => Date = () => new Date()): Date {
  const parsed = typeof timestamp === "string" ? Date.parse(timestamp) : Number.NaN;
  return parsed >= EARLIEST && parsed <= LATEST ? new Date(parsed) : now();
}

export function parseRequest(envelope: unknown): RequestView {
  const request = field(envelope, "request");
  const type = text(field(request, "type")) ?? "";
  const kind = KINDS[type] ?? "other";
  const intent = field(request, "intent");
  const session = field(envelope, "session");
  const hasSession = typeof session === "object" && session !== null;
  const { locale, supported } = languageFor(text(field(request, "locale")));
  const interfaces = field(field(field(field(envelope, "context"), "System"), "device"), "supportedInterfaces");
  const reason = text(field(request, "reason"));
  const error = field(request, "error");
  const intentName = kind === "intent" || kind === "can-fulfill" ? text(field(intent, "name")) : undefined;
  const at = requestTime(field(request, "timestamp"));
  const system = field(field(envelope, "context"), "System");
  const deviceId = text(field(field(system, "device"), "deviceId"));
  return {
    kind,
    type,
    ...(text(field(request, "requestId")) ? { requestId: text(field(request, "requestId")) } : {}),
    ...(intentName ? { intent: intentName } : {}),
    slots: kind === "intent" || kind === "can-fulfill" ? slotsOf(intent) : {},
    locale,
    localeSupported: supported,
    hasSession,
    newSession: hasSession ? field(session, "new") === true : true,
    screen: field(interfaces, "Alexa.Presentation.APL") !== undefined,
    // Alexa's timestamps are in UTC: the device's day follows once its time zone is known (inTimeZone).
    ...localTime(at, null),
    timeZone: null,
    at,
    ...(deviceId ? { deviceId } : {}),
    api: Boolean(deviceId && text(field(system, "apiEndpoint")) && text(field(system, "apiAccessToken"))),
    ...(type === "Connections.Response" ? { connection: connectionOf(request) } : {}),
    userKey: safeUserKey(envelope),
    sessionAttributes: hasSession ? field(session, "attributes") : undefined,
    ...(kind === "session-ended"
      ? {
          ended: {
            reason: reason ?? "",
            ...(error ? { error: `${String(field(error, "type"))}: ${String(field(error, "message"))}` } : {}),
          },
        }
      : {}),
  };
}

function connectionOf(request: unknown): NonNullable<RequestView["connection"]> {
  return {
    name: text(field(request, "name")) ?? "",
    code: String(field(field(request, "status"), "code") ?? ""),
    token: text(field(request, "token")) ?? "",
    status: text(field(field(request, "payload"), "status")) ?? "",
  };
}

/** The view on the device's clock: its day and hour in `timeZone` (UTC's when null or not a zone). */
export function inTimeZone(view: RequestView, timeZone: string | null): RequestView {
  const zone = isTimeZone(timeZone) ? timeZone : null;
  if (zone === view.timeZone) return view;
  return { ...view, ...localTime(view.at, zone), timeZone: zone };
}

function safeUserKey(envelope: unknown): string {
  return safely(() => userKey(envelope as Parameters<typeof userKey>[0])) ?? "anonymous";
}

/** True for an intent request naming one of `names`. */
export function isIntent(view: RequestView, ...names: readonly IntentName[]): boolean {
  return view.kind === "intent" && isOneOf(names, view.intent);
}

/** A slot's resolved id, if it is one of `ids`, and the words heard. */
export function slotOf<T extends string>(
  view: RequestView,
  slot: SlotName,
  ids: readonly T[],
): { readonly id?: T; readonly heard?: string } {
  const value = view.slots[slot];
  if (!value) return {};
  const id = isOneOf(ids, value.id) ? value.id : undefined;
  return { ...(id ? { id } : {}), ...(value.raw ? { heard: value.raw } : {}) };
}
