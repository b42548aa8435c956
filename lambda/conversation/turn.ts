import type { HandlerInput } from "ask-sdk-core";
import { getLocale, getRequest, isNewSession } from "../alexa-sdk";
import { languageFor, type SupportedLocale } from "../../models/language";
import { logError } from "../log";
import { dayOf, defaultRecord, isDay, parseRecord, sameRecord, type UserRecord } from "../persistence/user-record";
import type { Offer } from "./offer";
import { parseSessionState } from "./session-state";

/**
 * Everything a handler needs about the user for one request. Loaded once per
 * request (at most one store read), saved once after it (only if it changed).
 */
export interface Turn {
  /** The user's record; handlers replace it to change it. */
  record: UserRecord;
  /** What the last reply offered. */
  readonly offer: Offer | undefined;
  /** What the last reply did. */
  readonly last: Offer | undefined;
  /** Set by a handler: what this reply offers ("yes" does it) and what it did ("repeat" does it again). */
  nextOffer?: Offer;
  nextLast?: Offer;
  readonly locale: SupportedLocale;
  readonly localeSupported: boolean;
  readonly newSession: boolean;
  /**
   * The record as the store has it, or undefined when the last write failed and
   * must be retried. A save happens only when the record differs from it.
   */
  readonly stored: UserRecord | undefined;
  /** False when the store could not be read this session: nothing is written, so nothing stored is lost. */
  readonly storeReadable: boolean;
}

const TURN_KEY = "turn";

/** Session attribute names. */
export const SESSION_KEYS = {
  record: "record",
  offer: "offer",
  last: "last",
  detached: "detached",
  unsaved: "unsaved",
} as const;

export function turnOf(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  if (!turn) throw new Error("Turn not loaded: the load interceptor did not run");
  return turn;
}

async function readStore(input: HandlerInput): Promise<UserRecord | undefined> {
  try {
    const raw = await input.attributesManager.getPersistentAttributes(false);
    return parseRecord(raw).record;
  } catch (error) {
    logError({ requestId: getRequest(input.requestEnvelope).requestId, where: "store.read", error, envelope: input.requestEnvelope });
    return undefined;
  }
}

/** Builds the Turn: session state first, the store only when the session has no record yet. */
export async function loadTurn(input: HandlerInput): Promise<Turn> {
  const envelope = input.requestEnvelope;
  const hasSession = envelope.session !== undefined;
  const newSession = hasSession ? isNewSession(envelope) : true;
  const rawSession: unknown = hasSession ? input.attributesManager.getSessionAttributes() : {};
  const session = parseSessionState(rawSession);
  const flags = (rawSession ?? {}) as { detached?: unknown; unsaved?: unknown };
  const detached = flags.detached === true;

  let record: UserRecord;
  let storeReadable = !detached;
  if (session.record) {
    record = session.record;
  } else {
    const fromStore = detached ? undefined : await readStore(input);
    storeReadable = fromStore !== undefined;
    record = fromStore ?? defaultRecord();
  }
  // A write that failed last turn is retried: with nothing stored to compare, the record is written.
  const stored = flags.unsaved === true ? undefined : record;
  if (newSession) record = { ...record, visits: record.visits + 1, lastVisitDay: requestDay(input) };

  const { locale, supported } = languageFor(safeLocale(input));
  const turn: Turn = {
    record,
    offer: session.offer,
    last: session.last,
    locale,
    localeSupported: supported,
    newSession,
    stored,
    storeReadable,
  };
  input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [TURN_KEY]: turn });
  return turn;
}

/**
 * The UTC day of the request ("YYYY-MM-DD"), from its timestamp, else from the clock.
 * Only a day the record can keep: a timestamp outside years 0000 to 9999 would
 * give "+275760-09", which parseRecord rejects, resetting the user's record.
 */
export function requestDay(input: HandlerInput): string {
  const raw = String((input.requestEnvelope.request as { timestamp?: unknown } | undefined)?.timestamp);
  // Alexa sends UTC ("2026-01-15T08:00:00Z"): its day is its first ten characters.
  const utcDay = /^\d{4}-\d{2}-\d{2}T[^+-]*Z$/.test(raw) ? raw.slice(0, 10) : undefined;
  if (utcDay !== undefined && isDay(utcDay)) return utcDay;
  const timestamp = Date.parse(raw);
  const day = Number.isFinite(timestamp) ? dayOf(new Date(timestamp)) : undefined;
  return day !== undefined && isDay(day) ? day : dayOf(new Date());
}

function safeLocale(input: HandlerInput): string | undefined {
  try {
    const locale: unknown = getLocale(input.requestEnvelope);
    return typeof locale === "string" ? locale : undefined;
  } catch {
    return undefined;
  }
}

function changedSinceStored({ record, stored }: Turn): boolean {
  return stored === undefined || !sameRecord(record, stored);
}

/**
 * Writes the record if it changed, and the session attributes for the next turn.
 * What goes back to Alexa is always an object: this turn's state while the
 * session stays open, nothing once it ends; never the request's attributes
 * echoed back, which may be corrupt.
 */
export async function saveTurn(input: HandlerInput, endsSession: boolean): Promise<void> {
  const turn = input.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  if (!turn) {
    if (input.requestEnvelope.session !== undefined) input.attributesManager.setSessionAttributes({});
    return;
  }
  let saved = true;
  if (turn.storeReadable && changedSinceStored(turn)) {
    try {
      input.attributesManager.setPersistentAttributes(turn.record as unknown as Record<string, unknown>);
      await input.attributesManager.savePersistentAttributes();
    } catch (error) {
      saved = false;
      logError({ requestId: getRequest(input.requestEnvelope).requestId, where: "store.write", error, envelope: input.requestEnvelope });
    }
  }
  if (input.requestEnvelope.session === undefined) return;
  if (endsSession) {
    input.attributesManager.setSessionAttributes({});
    return;
  }
  input.attributesManager.setSessionAttributes({
    [SESSION_KEYS.record]: turn.record,
    ...(turn.nextOffer ? { [SESSION_KEYS.offer]: turn.nextOffer } : {}),
    ...(turn.nextLast ? { [SESSION_KEYS.last]: turn.nextLast } : {}),
    ...(!turn.storeReadable ? { [SESSION_KEYS.detached]: true } : {}),
    ...(!saved ? { [SESSION_KEYS.unsaved]: true } : {}),
  });
}
