/**
 * The request as a handler sees it: parsed once, at the boundary, from an
 * envelope that may be malformed in any way. Nothing here throws.
 */
import { languageFor, type SupportedLocale } from "../../models/locales";
import { isOneOf } from "../../models/one-of";
import type { IntentName, SlotName } from "../../models/language/types";
import { dayOf, isDay } from "../persistence/user-record";
import { userKey } from "../persistence/user-key";

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
  /** The request's UTC day, "YYYY-MM-DD". */
  readonly day: string;
  /** When the request was made: its timestamp, or now when it has none that reads. */
  readonly at: Date;
  /** Whose record this turn reads and writes. */
  readonly userKey: string;
  /** Session attributes as sent back by Alexa, untrusted. */
  readonly sessionAttributes: unknown;
  /** For a SessionEndedRequest: why, and Alexa's error report. */
  readonly ended?: { readonly reason: string; readonly error?: string };
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
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
    const value = slotValue(slot);
    if (value.id !== undefined || value.raw !== undefined) parsed[name] = value;
  }
  return parsed;
}

/**
 * The UTC day of the request ("YYYY-MM-DD"), from its timestamp, else from the clock.
 * Only a day the record can keep: a timestamp outside years 0000 to 9999 would
 * give "+275760-09", which the record would refuse.
 */
export function requestDay(timestamp: unknown, now: () => Date = () => new Date()): string {
  const raw = String(timestamp);
  // Alexa sends UTC ("2026-01-15T08:00:00Z"): its day is its first ten characters.
  const utcDay = /^\d{4}-\d{2}-\d{2}T[^+-]*Z$/.test(raw) ? raw.slice(0, 10) : undefined;
  if (utcDay !== undefined && isDay(utcDay)) return utcDay;
  const parsed = Date.parse(raw);
  const day = Number.isFinite(parsed) ? dayOf(new Date(parsed)) : undefined;
  return day !== undefined && isDay(day) ? day : dayOf(now());
}

/** The request's time, from its timestamp when it is one, else the clock. */
export function requestTime(timestamp: unknown, now: () => Date = () => new Date()): Date {
  const parsed = typeof timestamp === "string" ? Date.parse(timestamp) : Number.NaN;
  // Only a time the record can keep: years 0000 to 9999, as for the day.
  return Number.isFinite(parsed) && isDay(new Date(parsed).toISOString().slice(0, 10)) ? new Date(parsed) : now();
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
    day: requestDay(field(request, "timestamp")),
    at: requestTime(field(request, "timestamp")),
    userKey: safeUserKey(envelope),
    sessionAttributes: hasSession ? field(session, "attributes") : undefined,
    ...(kind === "session-ended"
      ? { ended: { reason: reason ?? "", ...(error ? { error: `${String(field(error, "type"))}: ${String(field(error, "message"))}` } : {}) } }
      : {}),
  };
}

function safeUserKey(envelope: unknown): string {
  try {
    return userKey(envelope as Parameters<typeof userKey>[0]);
  } catch {
    return "anonymous";
  }
}

/** True for an intent request naming one of `names`. */
export function isIntent(view: RequestView, ...names: readonly IntentName[]): boolean {
  return view.kind === "intent" && isOneOf(names, view.intent);
}

/** A slot's resolved id, if it is one of `ids`, and the words heard. */
export function slotOf<T extends string>(view: RequestView, slot: SlotName, ids: readonly T[]): { readonly id?: T; readonly heard?: string } {
  const value = view.slots[slot];
  if (!value) return {};
  const id = isOneOf(ids, value.id) ? value.id : undefined;
  return { ...(id ? { id } : {}), ...(value.raw ? { heard: value.raw } : {}) };
}
