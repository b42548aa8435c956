/**
 * One request is one turn, and the data flows one way:
 *
 *   envelope --parse--> RequestView --+
 *   session or store --> TurnState ---+--> handler (pure) --> Outcome --rules--> response
 *   (time zone, first turn) ----------+          |  \--save, only on change--> store
 *                                                 \--reminder effect--> Reminders API --> reminderReported (pure)
 *
 * This module is the edge: the only place that reads the store, writes it,
 * calls Alexa's APIs (through the SDK's service clients), and builds the response. The rules that hold for every turn live here:
 * the first-use disclaimer, the screen only where supported, a save only when
 * the record changed, never a save over what could not be read, and the
 * apology when a handler throws, which leaves what the user had untouched.
 */
import type { canfulfill, Directive, Response } from "ask-sdk-model";
import { REMINDERS_PERMISSION } from "../../models/content/reminders";
import { contentFor } from "../../models/locales";
import { HANDLERS, route } from "../handlers";
import { canFulfill } from "../handlers/can-fulfill";
import { reminderReported } from "../handlers/reminder";
import { apology } from "../handlers/system";
import { logError } from "../log";
import { forgetRecord, loadRecord, saveRecord } from "../persistence/records";
import type { RecordStore } from "../persistence/store";
import { sameProgress, sameRecord } from "../persistence/user-record";
import { toResponse, type Reply } from "../speech/reply";
import {
  performReminder,
  readTimeZone,
  REMINDERS_DEADLINE_MS,
  SETTINGS_DEADLINE_MS,
  type AlexaServices,
} from "./alexa-api";
import { Speech } from "../speech/ssml";
import { NO_DIALOG } from "./dialog";
import type { TurnInput, Outcome } from "./outcome";
import { inTimeZone, parseRequest, type RequestView } from "./request";
import { sessionAttributes, stateFromSession, type TurnState } from "./session";

/** What the edge may use besides the store: Alexa's APIs, and how long it waits for them. */
export interface TurnEdge {
  /** The SDK's service clients; without them no API is called (no time zone read, no reminder). */
  readonly services?: AlexaServices;
  readonly settingsDeadlineMs?: number;
  readonly remindersDeadlineMs?: number;
}

export interface TurnResult {
  readonly response: Response;
  /** Present when the request has a session: what Alexa sends back next turn. */
  readonly sessionAttributes?: Record<string, unknown>;
}

/** Requests that may not carry speech: player and system events. */
const SILENT_PREFIXES = ["AudioPlayer.", "PlaybackController.", "System.", "Messaging.", "Alexa.Authorization."];

function isSilent(view: RequestView): boolean {
  if (view.connection) return false;
  return view.kind === "other" && (!view.hasSession || SILENT_PREFIXES.some((p) => view.type.startsWith(p)));
}

/** The device's time zone, read on a session's first turn only; undefined when it cannot be (logged when the API failed). */
async function heardTimeZone(view: RequestView, edge: TurnEdge, envelope: unknown): Promise<string | undefined> {
  if (!view.newSession || !edge.services || !view.api || !view.deviceId) return undefined;
  const { zone, error } = await readTimeZone(
    edge.services,
    view.deviceId,
    edge.settingsDeadlineMs ?? SETTINGS_DEADLINE_MS,
  );
  if (error !== undefined) logError({ requestId: view.requestId, where: "settings.timeZone", error, envelope });
  return zone;
}

/**
 * The session's state, else the store's (one read, beside the time zone read
 * on a session's first turn), else a read-only default when the store fails;
 * and the view on the device's clock: the zone just heard, else the one kept.
 */
async function loadState(
  view: RequestView,
  store: RecordStore,
  envelope: unknown,
  edge: TurnEdge,
): Promise<{ state: TurnState; view: RequestView }> {
  const fromSession = stateFromSession(view.sessionAttributes);
  if (fromSession && !view.newSession)
    return { state: fromSession, view: inTimeZone(view, fromSession.record.timeZone) };
  const [loaded, heard] = await Promise.all([loadRecord(store, view.userKey), heardTimeZone(view, edge, envelope)]);
  if (!loaded.writable && loaded.reason === "unavailable")
    logError({ requestId: view.requestId, where: "store.read", error: loaded.error, envelope });
  const local = inTimeZone(view, heard ?? loaded.record.timeZone);
  const zone = heard !== undefined && heard !== loaded.record.timeZone ? { timeZone: heard } : {};
  const record = view.newSession
    ? { ...loaded.record, ...zone, visits: loaded.record.visits + 1, lastVisitDay: local.day }
    : loaded.record;
  return {
    state: {
      record,
      stored: loaded.record,
      token: loaded.writable ? loaded.token : {},
      writable: loaded.writable,
      dialog: NO_DIALOG,
    },
    view: local,
  };
}

/** The handler's decision, or the apology when it throws. */
function decide(context: TurnInput, envelope: unknown): Outcome {
  try {
    return route(HANDLERS, context).handle(context);
  } catch (error) {
    logError({ requestId: context.request.requestId, where: "handler", error, envelope });
    return apology(context);
  }
}

/** The disclaimer rule: said once per user, before the first reply that allows it. */
function withDisclaimer(outcome: Outcome, context: TurnInput): Outcome {
  if (outcome.record.disclaimerHeard || outcome.disclaimer === "not-now") return outcome;
  const record = { ...outcome.record, disclaimerHeard: true };
  if (outcome.disclaimer === "spoken") return { ...outcome, record };
  const withNote = (reply: Reply): Reply => ({
    ...reply,
    speech: new Speech().say(context.content.safety.disclaimerShort).append(reply.speech),
  });
  return {
    ...outcome,
    record,
    reply: withNote(outcome.reply),
    ...(outcome.ifUnsaved ? { ifUnsaved: withNote(outcome.ifUnsaved) } : {}),
  };
}

/**
 * Writes the record when it changed and the store was readable; the state
 * after, and whether the change is kept. A turn that changed nothing but whose
 * reply claims the place is kept ("your place is saved") reads the store once
 * to say so only if it is true: another device may have saved its own
 * routine over it since this session's last write.
 */
async function save(
  state: TurnState,
  view: RequestView,
  store: RecordStore,
  envelope: unknown,
  claimsSave: boolean,
): Promise<{ state: TurnState; kept: boolean }> {
  const changed = state.stored === undefined || !sameRecord(state.record, state.stored);
  if (!changed && !(claimsSave && state.record.routine !== null && !view.newSession)) return { state, kept: true };
  if (!changed) {
    const now = await loadRecord(store, view.userKey);
    return { state, kept: now.writable && sameProgress(now.record.routine, state.record.routine) };
  }
  if (!state.writable) return { state, kept: false };
  // With no stored record to compare (corrupt session attributes), this turn's record is its own base: nothing counted twice.
  const saved = await saveRecord(store, view.userKey, state.token, state.stored ?? state.record, state.record, {
    now: view.at,
  });
  if (!saved.ok) {
    if (saved.reason !== "newer")
      logError({ requestId: view.requestId, where: "store.write", error: saved.error ?? saved.reason, envelope });
    // A record written by a newer version is never overwritten: the rest of the session is read-only.
    return { state: saved.reason === "newer" ? { ...state, writable: false } : state, kept: false };
  }
  return { state: { ...state, record: saved.record, stored: saved.record, token: saved.token }, kept: true };
}

/** "Forget me", confirmed: the stored record is deleted, and the reply says so only if it was. */
async function forget(outcome: Outcome, loaded: TurnState, view: RequestView, store: RecordStore): Promise<TurnResult> {
  const deleted = loaded.writable && (await forgetRecord(store, view.userKey));
  const reply = deleted || !outcome.ifUnsaved ? outcome.reply : outcome.ifUnsaved;
  return {
    response: toResponse(reply, view.screen),
    ...(view.hasSession ? { sessionAttributes: reply.endSession ? {} : sessionAttributes(loaded) } : {}),
  };
}

/** A reminder the outcome asks for: the edge calls the Reminders API, and the reminder handler says how it went. */
async function withReminder(outcome: Outcome, context: TurnInput, edge: TurnEdge, envelope: unknown): Promise<Outcome> {
  const effect = outcome.reminder;
  if (!effect) return outcome;
  const { request } = context;
  const result =
    edge.services && request.api
      ? await performReminder(
          edge.services,
          effect,
          request,
          context.record.reminder,
          edge.remindersDeadlineMs ?? REMINDERS_DEADLINE_MS,
          (error) => logError({ requestId: request.requestId, where: `reminders.${effect.kind}`, error, envelope }),
        )
      : ({ kind: "failed" } as const);
  try {
    // The outcome's record, as this turn left it, is what the report builds on.
    return reminderReported({ ...context, record: outcome.record }, effect, result);
  } catch (error) {
    logError({ requestId: request.requestId, where: "handler", error, envelope });
    return apology(context);
  }
}

/** The voice permission request for reminders: Alexa asks, and answers with a Connections.Response carrying `token`. */
function askForReminders(token: string): Directive {
  return {
    type: "Connections.SendRequest",
    name: "AskFor",
    payload: { "@type": "AskForPermissionsConsentRequest", "@version": "1", permissionScope: REMINDERS_PERMISSION },
    token,
  };
}

/** Answers one request. Never throws for anything the request, the store or Alexa's APIs do. */
export async function runTurn(envelope: unknown, store: RecordStore, edge: TurnEdge = {}): Promise<TurnResult> {
  const parsed = parseRequest(envelope);
  // Without service clients the request's API access cannot be used: handlers offer nothing that needs it.
  const view = edge.services ? parsed : { ...parsed, api: false };
  if (view.kind === "can-fulfill") {
    const canFulfillIntent: canfulfill.CanFulfillIntent = canFulfill(view);
    return { response: { canFulfillIntent }, ...(view.hasSession ? { sessionAttributes: {} } : {}) };
  }
  if (view.kind === "session-ended") {
    if (view.ended?.reason === "ERROR")
      logError({
        requestId: view.requestId,
        where: "session.ended",
        error: view.ended.error ?? "no details",
        envelope,
      });
    return { response: {}, ...(view.hasSession ? { sessionAttributes: {} } : {}) };
  }
  if (isSilent(view)) return { response: {}, ...(view.hasSession ? { sessionAttributes: {} } : {}) };

  const { state: loaded, view: local } = await loadState(view, store, envelope, edge);
  const context: TurnInput = {
    request: local,
    record: loaded.record,
    dialog: loaded.dialog,
    content: contentFor(local.locale),
  };
  const outcome = withDisclaimer(await withReminder(decide(context, envelope), context, edge, envelope), context);
  if (outcome.forget) return forget(outcome, loaded, local, store);
  const { state, kept } = await save(
    { ...loaded, record: outcome.record, dialog: outcome.dialog },
    local,
    store,
    envelope,
    outcome.ifUnsaved !== undefined,
  );
  const reply = !kept && outcome.ifUnsaved ? outcome.ifUnsaved : outcome.reply;
  const response = toResponse(
    reply,
    view.screen,
    outcome.askForReminders ? [askForReminders(outcome.askForReminders.token)] : [],
  );
  if (!view.hasSession) return { response };
  return { response, sessionAttributes: reply.endSession ? {} : sessionAttributes(state) };
}
