/**
 * A turn as a pure decision: a handler reads the request view and the state,
 * and returns what to say and the state after it. No store, no SDK.
 */
import type { Content } from "../../models/content/content";
import type { UserRecord } from "../persistence/user-record";
import type { Reply } from "../speech/reply";
import type { DialogState, Note, Offer, Said } from "./dialog";
import type { RequestView } from "./request";

/** Everything a handler may look at. */
export interface TurnInput {
  readonly request: RequestView;
  /** The user's record at the start of this turn (a new session already counted as a visit). */
  readonly record: UserRecord;
  readonly dialog: DialogState;
  /** What the skill says, in the request's locale. */
  readonly content: Content;
}

/**
 * How the first-use disclaimer goes with a reply: said before it ("prepend"),
 * already inside it ("spoken"), or held for a later reply ("not-now": goodbyes
 * and medical direction stay short and plain).
 */
export type Disclaimer = "prepend" | "spoken" | "not-now";

export interface Outcome {
  readonly reply: Reply;
  /** Said instead of `reply` when the record changed and could not be saved. */
  readonly ifUnsaved?: Reply;
  readonly record: UserRecord;
  readonly dialog: DialogState;
  readonly disclaimer: Disclaimer;
  /** Delete everything stored about the user instead of saving (after "forget me" and a yes). */
  readonly forget?: true;
  /**
   * A reminder for the edge to set, list or cancel through Alexa's Reminders
   * API: it does, then asks the reminder handler (reminderReported) for the
   * outcome to say. `reply` is what this outcome would say meanwhile.
   */
  readonly reminder?: ReminderEffect;
  /** Ask Alexa for the reminders permission by voice (Connections.SendRequest, AskFor); the token comes back in Connections.Response. */
  readonly askForReminders?: { readonly token: string };
}

/** What the edge does with Alexa's Reminders API. `time` is the device's local "HH:MM". */
export type ReminderEffect =
  | { readonly kind: "set"; readonly time: string }
  | { readonly kind: "list" }
  /** Every reminder of this skill off; `forgetting` when the user's data is being deleted with it. */
  | { readonly kind: "cancel"; readonly forgetting?: true };

/** How the edge's reminder call went: what it found, or why it could not. */
export type ReminderResult =
  | { readonly kind: "set"; readonly token: string; readonly time: string }
  /** The times ("HH:MM") of this skill's reminders that are on. */
  | { readonly kind: "listed"; readonly times: readonly string[] }
  /** How many reminders were turned off (0: there were none). */
  | { readonly kind: "cancelled"; readonly count: number }
  /** The user has not granted the reminders permission (401). */
  | { readonly kind: "no-permission" }
  /** The device cannot have reminders (403). */
  | { readonly kind: "unsupported" }
  /** Anything else: the API failed, timed out, or the request carried no API access. */
  | { readonly kind: "failed" };

export interface Handler {
  canHandle(context: TurnInput): boolean;
  handle(context: TurnInput): Outcome;
}

export interface OutcomeOptions {
  /** What "yes" will do. */
  readonly offered?: Offer;
  /** What "repeat" will say again. */
  readonly said?: Said;
  /** The record after this turn; unchanged when absent. */
  readonly record?: UserRecord;
  readonly disclaimer?: Disclaimer;
  readonly ifUnsaved?: Reply;
  /** Turns in a row not understood, this one included (the fallback only). */
  readonly misses?: number;
  /** This reply narrates the routine, which opens it for the session (see DialogState.routineOpen). */
  readonly narrates?: true;
  /** Pain was said in the running routine's current stretch (see DialogState.hurt). */
  readonly hurt?: true;
  /** This reply is a short answer about the running routine (see DialogState.noted). */
  readonly noted?: Note;
}

/**
 * The outcome of saying `reply`: the dialog holds only what this reply offered and said, and
 * whether a routine is open in this session (narrated here, or earlier and still under way).
 */
export function buildOutcome(context: TurnInput, reply: Reply, options: OutcomeOptions = {}): Outcome {
  const record = options.record ?? context.record;
  const routineOpen = record.routine !== null && (options.narrates === true || context.dialog.routineOpen === true);
  // Kept until the routine moves to another stretch.
  const hurt = routineOpen && options.narrates !== true && (options.hurt === true || context.dialog.hurt === true);
  return {
    reply,
    record,
    dialog: {
      offered: options.offered ?? null,
      said: options.said ?? null,
      ...(options.misses ? { misses: options.misses } : {}),
      ...(routineOpen ? { routineOpen: true } : {}),
      ...(hurt ? { hurt: true } : {}),
      ...(options.noted ? { noted: options.noted } : {}),
    },
    disclaimer: options.disclaimer ?? "prepend",
    ...(options.ifUnsaved ? { ifUnsaved: options.ifUnsaved } : {}),
  };
}

/**
 * A routine is running in this session: one is under way and was narrated in
 * this session, not merely saved from another day (and perhaps offered again).
 * Only then does the skill talk as if a routine were open ("say next").
 */
export function routineRunning({ record, request, dialog }: TurnInput): boolean {
  return record.routine !== null && !request.newSession && dialog.routineOpen === true;
}
