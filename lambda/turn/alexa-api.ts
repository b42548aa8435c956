/**
 * The edge's calls to Alexa's APIs, through the service clients ask-sdk-core
 * builds for each request (withApiClient): the device's time zone (the UPS
 * settings API) and the daily reminder (the Reminders API). Each call has a
 * deadline, as ask-sdk-core's DefaultApiClient has none, and none throws: a
 * failure is a result the turn can speak about, or the time zone unknown.
 */
import type { services } from "ask-sdk-model";
import { REMINDER_WORDS } from "../../models/content/reminders";
import { isClockTime, isTimeZone } from "../domain/days";
import type { ReminderEffect, ReminderResult } from "./outcome";
import type { RequestView } from "./request";

/** What the edge uses of the SDK's ServiceClientFactory. */
export type AlexaServices = Pick<
  services.ServiceClientFactory,
  "getUpsServiceClient" | "getReminderManagementServiceClient"
>;

/** How long a session's first turn waits for the time zone beside the store read: past it, the stored zone serves. */
export const SETTINGS_DEADLINE_MS = 400;
/** How long a reminder call may take before the user hears that it failed. */
export const REMINDERS_DEADLINE_MS = 3000;

export class DeadlineError extends Error {
  override readonly name = "DeadlineError";
}

/** `promise`, or a DeadlineError after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The device's IANA time zone, or the reason there is none. Never rejects. */
export async function readTimeZone(
  api: AlexaServices,
  deviceId: string,
  deadlineMs: number,
): Promise<{ zone?: string; error?: unknown }> {
  try {
    const zone: unknown = await within(
      api.getUpsServiceClient().getSystemTimeZone(deviceId),
      deadlineMs,
      "getSystemTimeZone",
    );
    return isTimeZone(zone) ? { zone } : { error: new Error(`not a time zone: ${JSON.stringify(zone)?.slice(0, 80)}`) };
  } catch (error) {
    return { error };
  }
}

function statusOf(error: unknown): number | undefined {
  const status =
    typeof error === "object" && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === "number" ? status : undefined;
}

/** A daily reminder at `time` on the device's clock, from today; in its time zone when known, else the device's own. */
export function dailyReminder(time: string, view: RequestView): services.reminderManagement.ReminderRequest {
  const [hours, minutes] = time.split(":").map(Number);
  return {
    requestTime: view.at.toISOString(),
    trigger: {
      type: "SCHEDULED_ABSOLUTE",
      ...(view.timeZone ? { timeZoneId: view.timeZone } : {}),
      recurrence: {
        startDateTime: `${view.day}T00:00:00.000`,
        recurrenceRules: [`FREQ=DAILY;BYHOUR=${hours};BYMINUTE=${minutes};BYSECOND=0;INTERVAL=1;`],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale: view.locale, text: REMINDER_WORDS.reminderText }] } },
    pushNotification: { status: "ENABLED" },
  };
}

/** A reminder's time of day, "HH:MM", from its recurrence rule or its scheduled time. */
function timeOf(alert: services.reminderManagement.Reminder): string | undefined {
  const rule = alert.trigger?.recurrence?.recurrenceRules?.[0] ?? "";
  const hour = /BYHOUR=(\d{1,2})/.exec(rule)?.[1];
  const minute = /BYMINUTE=(\d{1,2})/.exec(rule)?.[1];
  if (hour !== undefined) {
    const time = `${hour.padStart(2, "0")}:${(minute ?? "0").padStart(2, "0")}`;
    return isClockTime(time) ? time : undefined;
  }
  const scheduled = alert.trigger?.scheduledTime?.slice(11, 16);
  return isClockTime(scheduled) ? scheduled : undefined;
}

/**
 * Sets, moves, lists or cancels the daily reminder (cancel: every reminder of
 * this skill). 401 is a missing permission, 403 a device that cannot keep
 * reminders; a reminder the user already deleted (404) is created again when
 * moved, and counts as cancelled.
 * Never rejects: `onError` hears about anything unexpected.
 */
export async function performReminder(
  api: AlexaServices,
  effect: ReminderEffect,
  view: RequestView,
  current: { readonly token: string } | null,
  deadlineMs: number,
  onError: (error: unknown) => void,
): Promise<ReminderResult> {
  const client = api.getReminderManagementServiceClient();
  const call = <T>(promise: Promise<T>, what: string): Promise<T> => within(promise, deadlineMs, what);
  try {
    switch (effect.kind) {
      case "set": {
        const request = dailyReminder(effect.time, view);
        if (current) {
          try {
            await call(client.updateReminder(current.token, request), "updateReminder");
            return { kind: "set", token: current.token, time: effect.time };
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
        }
        const created = await call(client.createReminder(request), "createReminder");
        if (!created.alertToken) throw new Error("createReminder returned no alertToken");
        return { kind: "set", token: created.alertToken, time: effect.time };
      }
      case "list": {
        const { alerts = [] } = await call(client.getReminders(), "getReminders");
        const times = alerts
          .filter((alert) => alert.status !== "COMPLETED")
          .map(timeOf)
          .filter((time): time is string => time !== undefined);
        return { kind: "listed", times: [...new Set(times)].sort() };
      }
      case "cancel": {
        // Every reminder of this skill (the API lists only its own), the record's too: one set on
        // another device, or kept by Alexa after the record was deleted, stops as well.
        const { alerts = [] } = await call(client.getReminders(), "getReminders");
        const listed = alerts.filter((alert) => alert.status !== "COMPLETED").map((alert) => alert.alertToken);
        const tokens = new Set([...listed, current?.token].filter((token): token is string => Boolean(token)));
        for (const token of tokens) {
          try {
            await call(client.deleteReminder(token), "deleteReminder");
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
        }
        return { kind: "cancelled", count: tokens.size };
      }
    }
  } catch (error) {
    const status = statusOf(error);
    if (status === 401) return { kind: "no-permission" };
    if (status === 403) return { kind: "unsupported" };
    onError(error);
    return { kind: "failed" };
  }
}
