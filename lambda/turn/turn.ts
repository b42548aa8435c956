/**
 * One request is one turn, and the data flows one way:
 *
 *   envelope --parse--> RequestView --+
 *   session or store --> TurnState ---+--> handler (pure) --> Outcome --rules--> response
 *                                                                 \--save, only on change--> store
 *
 * This module is the edge: the only place that reads the store, writes it,
 * and builds the response. The rules that hold for every turn live here:
 * the first-use disclaimer, the screen only where supported, a save only when
 * the record changed, never a save over what could not be read, and the
 * apology when a handler throws, which leaves what the user had untouched.
 */
import type { canfulfill, Response } from "ask-sdk-model";
import { contentFor } from "../../models/locales";
import { HANDLERS } from "../handlers";
import { canFulfill } from "../handlers/can-fulfill";
import { apology } from "../handlers/system";
import { logError } from "../log";
import { forgetRecord, loadRecord, saveRecord } from "../persistence/records";
import type { RecordStore } from "../persistence/store";
import { sameRecord } from "../persistence/user-record";
import { toResponse, type Reply } from "../speech/reply";
import { Speech } from "../speech/ssml";
import { NO_DIALOG } from "./dialog";
import { route, type Context, type Outcome } from "./outcome";
import { parseRequest, type RequestView } from "./request";
import { sessionAttributes, stateFromSession, type TurnState } from "./session";

export interface TurnResult {
  readonly response: Response;
  /** Present when the request has a session: what Alexa sends back next turn. */
  readonly sessionAttributes?: Record<string, unknown>;
}

/** Requests that may not carry speech: player and system events. */
const SILENT_PREFIXES = ["AudioPlayer.", "PlaybackController.", "System.", "Messaging.", "Alexa.Authorization."];

function isSilent(view: RequestView): boolean {
  return view.kind === "other" && (!view.hasSession || SILENT_PREFIXES.some((p) => view.type.startsWith(p)));
}

/** The session's state, else the store's (one read), else a read-only default when the store fails. */
async function loadState(view: RequestView, store: RecordStore, envelope: unknown): Promise<TurnState> {
  const fromSession = stateFromSession(view.sessionAttributes);
  if (fromSession && !view.newSession) return fromSession;
  const loaded = await loadRecord(store, view.userKey);
  if (!loaded.writable && loaded.reason === "unavailable") logError({ requestId: view.requestId, where: "store.read", error: loaded.error, envelope });
  const record = view.newSession ? { ...loaded.record, visits: loaded.record.visits + 1, lastVisitDay: view.day } : loaded.record;
  return {
    record,
    stored: loaded.record,
    token: loaded.writable ? loaded.token : {},
    writable: loaded.writable,
    dialog: NO_DIALOG,
  };
}

/** The handler's decision, or the apology when it throws. */
function decide(context: Context, envelope: unknown): Outcome {
  try {
    return route(HANDLERS, context).handle(context);
  } catch (error) {
    logError({ requestId: context.request.requestId, where: "handler", error, envelope });
    return apology(context);
  }
}

/** The disclaimer rule: said once per user, before the first reply that allows it. */
function withDisclaimer(outcome: Outcome, context: Context): Outcome {
  if (outcome.record.disclaimerHeard || outcome.disclaimer === "not-now") return outcome;
  const record = { ...outcome.record, disclaimerHeard: true };
  if (outcome.disclaimer === "spoken") return { ...outcome, record };
  const withNote = (reply: Reply): Reply => ({ ...reply, speech: new Speech().say(context.content.safety.disclaimerShort).append(reply.speech) });
  return { ...outcome, record, reply: withNote(outcome.reply), ...(outcome.ifUnsaved ? { ifUnsaved: withNote(outcome.ifUnsaved) } : {}) };
}

/** Writes the record when it changed and the store was readable; the state after, and whether the change is kept. */
async function save(state: TurnState, view: RequestView, store: RecordStore, envelope: unknown): Promise<{ state: TurnState; kept: boolean }> {
  const changed = state.stored === undefined || !sameRecord(state.record, state.stored);
  if (!changed) return { state, kept: true };
  if (!state.writable) return { state, kept: false };
  // With no stored record to compare (corrupt session attributes), this turn's record is its own base: nothing counted twice.
  const saved = await saveRecord(store, view.userKey, state.token, state.stored ?? state.record, state.record, { now: view.at });
  if (!saved.ok) {
    if (saved.reason !== "newer") logError({ requestId: view.requestId, where: "store.write", error: saved.error ?? saved.reason, envelope });
    // A record written by a newer version is never overwritten: the rest of the session is read-only.
    return { state: saved.reason === "newer" ? { ...state, writable: false } : state, kept: false };
  }
  return { state: { ...state, record: saved.record, stored: saved.record, token: saved.token }, kept: true };
}

/** "Forget me", confirmed: the stored record is deleted, and the reply says so only if it was. */
async function forget(outcome: Outcome, loaded: TurnState, view: RequestView, store: RecordStore): Promise<TurnResult> {
  const deleted = loaded.writable && (await forgetRecord(store, view.userKey));
  const reply = deleted || !outcome.ifUnsaved ? outcome.reply : outcome.ifUnsaved;
  return { response: toResponse(reply, view.screen), ...(view.hasSession ? { sessionAttributes: reply.endSession ? {} : sessionAttributes(loaded) } : {}) };
}

/** Answers one request. Never throws for anything the request or the store does. */
export async function runTurn(envelope: unknown, store: RecordStore): Promise<TurnResult> {
  const view = parseRequest(envelope);
  if (view.kind === "can-fulfill") {
    const canFulfillIntent: canfulfill.CanFulfillIntent = canFulfill(view);
    return { response: { canFulfillIntent }, ...(view.hasSession ? { sessionAttributes: {} } : {}) };
  }
  if (view.kind === "session-ended") {
    if (view.ended?.reason === "ERROR") logError({ requestId: view.requestId, where: "session.ended", error: view.ended.error ?? "no details", envelope });
    return { response: {}, ...(view.hasSession ? { sessionAttributes: {} } : {}) };
  }
  if (isSilent(view)) return { response: {}, ...(view.hasSession ? { sessionAttributes: {} } : {}) };

  const loaded = await loadState(view, store, envelope);
  const context: Context = { request: view, record: loaded.record, dialog: loaded.dialog, content: contentFor(view.locale) };
  const outcome = withDisclaimer(decide(context, envelope), context);
  if (outcome.forget) return forget(outcome, loaded, view, store);
  const { state, kept } = await save({ ...loaded, record: outcome.record, dialog: outcome.dialog }, view, store, envelope);
  const reply = !kept && outcome.ifUnsaved ? outcome.ifUnsaved : outcome.reply;
  const response = toResponse(reply, view.screen);
  if (!view.hasSession) return { response };
  return { response, sessionAttributes: reply.endSession ? {} : sessionAttributes(state) };
}
