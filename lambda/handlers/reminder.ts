/**
 * The daily stretch reminder, by voice. Pure like every handler: it decides
 * what to ask of Alexa's Reminders API (Outcome.reminder); the edge
 * (lambda/turn/turn.ts) makes the call and brings the result back to
 * reminderReported, which decides what to say. Without the permission, the
 * reply asks Alexa to ask for it by voice (Connections.SendRequest, AskFor),
 * and the answer comes back as a Connections.Response carrying the time in
 * its token. Offered once after a finished routine, never pushed twice.
 */
import { REMINDER_WORDS as words } from "../../models/content/reminders";
import { isClockTime } from "../domain/days";
import type { UserRecord } from "../persistence/user-record";
import { ask, tell } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { forgetReported } from "./forget";
import {
  buildOutcome,
  type TurnInput,
  type Handler,
  type Outcome,
  type ReminderEffect,
  type ReminderResult,
} from "../turn/outcome";

/** The Connections.Response token of a reminder at "HH:MM". */
const TOKEN_PREFIX = "reminder-at-";

/** Alexa's AMAZON.TIME for parts of the day, as clock times. */
const PARTS_OF_DAY: Readonly<Record<string, string>> = { MO: "08:00", AF: "14:00", EV: "19:00", NI: "21:00" };

/** "19:00" as Alexa sends it, a part of the day, or "7 pm" / "7:30 am" as typed: the clock time "HH:MM", or undefined. */
export function clockTime(heard: string | undefined): string | undefined {
  if (!heard) return undefined;
  const value = heard.trim().toLowerCase();
  const part = PARTS_OF_DAY[value.toUpperCase()];
  if (part) return part;
  if (value === "noon" || value === "midday") return "12:00";
  if (value === "midnight") return "00:00";
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(value);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  const half = match[3]?.startsWith("p") ? "pm" : match[3] ? "am" : undefined;
  if (half && (hours < 1 || hours > 12)) return undefined;
  if (half === "pm" && hours < 12) hours += 12;
  if (half === "am" && hours === 12) hours = 0;
  const time = `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  return isClockTime(time) ? time : undefined;
}

/** Asks the edge to set (or move) the daily reminder to `time`. */
export function setReminder(context: TurnInput, time: string): Outcome {
  return withEffect(context, { kind: "set", time });
}

function nothingToCancel(context: TurnInput, record = context.record): Outcome {
  return buildOutcome(context, ask(says(words.nothingToCancel, words.noneReprompt), says(words.noneReprompt)), {
    disclaimer: "not-now",
    record,
  });
}

function withEffect(context: TurnInput, effect: ReminderEffect): Outcome {
  // Said only if the edge cannot report (it always does): never a claim that something was set.
  return {
    ...buildOutcome(context, ask(says(words.failed, words.failedReprompt), says(words.failedReprompt)), {
      disclaimer: "not-now",
    }),
    reminder: effect,
  };
}

export const ReminderHandler: Handler = {
  canHandle: ({ request }) =>
    isIntent(request, "SetReminderIntent", "ListRemindersIntent", "StopRemindersIntent") ||
    (request.connection?.name === "AskFor" && request.connection.token.startsWith(TOKEN_PREFIX)),
  handle(context) {
    const { request, record } = context;
    if (request.connection) return permissionAnswered(context, request.connection);
    if (isIntent(request, "ListRemindersIntent")) return withEffect(context, { kind: "list" });
    if (isIntent(request, "StopRemindersIntent")) {
      // With API access, Alexa is asked even when the record knows of none: a reminder may outlive the record.
      if (!record.reminder && !request.api) return nothingToCancel(context);
      return withEffect(context, { kind: "cancel" });
    }
    const time = clockTime(request.slots["time"]?.raw);
    if (!time) {
      // "Change my reminder", with no time: the time it has, and how to move it.
      const said = record.reminder ? words.whichTime(record.reminder.time) : words.timeNotHeard;
      return buildOutcome(context, ask(says(said), says(words.timeNotHeardReprompt)), { disclaimer: "not-now" });
    }
    return setReminder(context, time);
  },
};

/** Alexa's answer to the voice permission request: on a yes, the reminder the user asked for. */
function permissionAnswered(context: TurnInput, connection: NonNullable<TurnInput["request"]["connection"]>): Outcome {
  const time = connection.token.slice(TOKEN_PREFIX.length);
  if (connection.code !== "200" || !isClockTime(time))
    return buildOutcome(context, ask(says(words.failed, words.failedReprompt), says(words.failedReprompt)), {
      disclaimer: "not-now",
    });
  if (connection.status === "ACCEPTED") return setReminder(context, time);
  return buildOutcome(context, tell(says(words.refused)), { disclaimer: "not-now" });
}

/** What to say once the edge has made the call, and what the record keeps of it. */
export function reminderReported(context: TurnInput, effect: ReminderEffect, result: ReminderResult): Outcome {
  if (effect.kind === "cancel" && effect.forgetting) return forgetReported(context, result);
  const quiet = { disclaimer: "not-now" } as const;
  switch (result.kind) {
    case "set": {
      const record = { ...context.record, reminder: { token: result.token, time: result.time } };
      const said = context.record.reminder ? words.changed(result.time) : words.set(result.time);
      return buildOutcome(context, tell(says(said)), { ...quiet, record });
    }
    case "listed":
      if (result.times.length === 0)
        return buildOutcome(context, ask(says(words.none), says(words.noneReprompt)), quiet);
      return buildOutcome(context, tell(says(words.listed(result.times))), quiet);
    case "cancelled":
      if (result.count === 0 && !context.record.reminder) return nothingToCancel(context);
      return buildOutcome(context, tell(says(words.cancelled)), {
        ...quiet,
        record: { ...context.record, reminder: null },
      });
    case "no-permission":
      if (effect.kind === "set")
        return {
          ...buildOutcome(context, tell(says(words.permissionNeeded)), quiet),
          askForReminders: { token: `${TOKEN_PREFIX}${effect.time}` },
        };
      // Without the permission no reminder of ours can exist: there is nothing to list or stop.
      if (effect.kind === "cancel") return nothingToCancel(context, { ...context.record, reminder: null });
      return buildOutcome(context, ask(says(words.none), says(words.noneReprompt)), quiet);
    case "unsupported":
      return buildOutcome(context, tell(says(words.unsupported)), quiet);
    case "failed":
      return buildOutcome(context, ask(says(words.failed, words.failedReprompt), says(words.failedReprompt)), quiet);
  }
}

/**
 * The offer at the end of a routine: once per user, and only on a device that
 * can reach Alexa's APIs with no reminder yet, the finish asks whether to
 * remind them daily at this hour, in place of the goodbye.
 */
export function reminderOffer(
  context: TurnInput,
  record: UserRecord,
): { readonly time: string; readonly question: string } | undefined {
  if (!context.request.api || record.reminderOffered || record.reminder) return undefined;
  const time = `${String(offeredHour(context.request.hour)).padStart(2, "0")}:00`;
  return { time, question: words.offerQuestion(time) };
}

/** The hour the reminder is offered at: this one, in waking hours; otherwise 7 pm, never midnight or 5 am. */
export function offeredHour(hour: number): number {
  return hour >= FIRST_OFFERED_HOUR && hour <= LAST_OFFERED_HOUR ? hour : EVENING_HOUR;
}

const FIRST_OFFERED_HOUR = 7;
const LAST_OFFERED_HOUR = 21;
const EVENING_HOUR = 19;
