/**
 * What Neck Coach says about its daily stretch reminder (set through Alexa's
 * Reminders API: lambda/handlers/reminder.ts), and what the reminder itself
 * says when it goes off. Times are the device's clock, "HH:MM".
 * Every locale speaks these words (en-US's): none needs its own yet.
 */
/** The permission a skill needs to set reminders: declared in the manifest, asked for by voice. */
export const REMINDERS_PERMISSION = "alexa::alerts:reminders:skill:readwrite";

export interface ReminderWords {
  /** "7 pm", "7:30 am", "noon", "midnight". */
  readonly spokenTime: (time: string) => string;
  /** What the reminder says on the device, each day. */
  readonly reminderText: string;
  readonly offerQuestion: (time: string) => string;
  readonly set: (time: string) => string;
  readonly changed: (time: string) => string;
  readonly listed: (times: readonly string[]) => string;
  readonly none: string;
  readonly noneReprompt: string;
  readonly cancelled: string;
  readonly nothingToCancel: string;
  readonly timeNotHeard: string;
  /** "Change my reminder" with no time: the time it has now, and how to move it. */
  readonly whichTime: (time: string) => string;
  readonly timeNotHeardReprompt: string;
  /** Said before Alexa asks for the permission itself. */
  readonly permissionNeeded: string;
  readonly refused: string;
  readonly unsupported: string;
  readonly failed: string;
  readonly failedReprompt: string;
}

function spokenTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  if (minutes === 0 && hours === 12) return "noon";
  if (minutes === 0 && hours === 0) return "midnight";
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  const half = hours < 12 ? "am" : "pm";
  return minutes === 0 ? `${hour} ${half}` : `${hour}:${String(minutes).padStart(2, "0")} ${half}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const REMINDER_WORDS: ReminderWords = {
  spokenTime,
  reminderText: "Time for your neck stretches. Say: Alexa, open neck coach.",
  offerQuestion: (time) => `Would you like a reminder to stretch every day at ${spokenTime(time)}?`,
  set: (time) =>
    `Done. I'll remind you to stretch every day at ${spokenTime(time)}. To change it, say: move my reminder to another time.`,
  changed: (time) => `Done. Your stretch reminder is now every day at ${spokenTime(time)}.`,
  listed: (times) =>
    times.length === 1
      ? `You have a stretch reminder every day at ${spokenTime(times[0] ?? "")}.`
      : `You have ${times.length} stretch reminders, at ${list(times.map(spokenTime))}.`,
  none: "You have no stretch reminder from Neck Coach. To set one, say: remind me to stretch every day at 7 pm.",
  noneReprompt: "To set one, say: remind me at 7 pm, or any time you like.",
  cancelled: "Okay, your daily stretch reminder is off.",
  nothingToCancel: "You have no stretch reminder from Neck Coach, so there's nothing to stop.",
  timeNotHeard: "I didn't catch the time. Say something like: remind me to stretch every day at 7 pm.",
  whichTime: (time) =>
    `Your stretch reminder is every day at ${spokenTime(time)}. To move it, say: move my reminder to, and the new time.`,
  timeNotHeardReprompt: "What time each day? Say: remind me at, and the time.",
  permissionNeeded: "To set a reminder, Neck Coach needs your permission.",
  refused: "No problem, no reminder. You can ask for one any time.",
  unsupported:
    "This device can't keep reminders, so I couldn't set one. You can set it from a device that can, such as an Echo.",
  failed: "I couldn't reach Alexa's reminders just now, so nothing changed. Please try again in a little while.",
  failedReprompt: "What would you like to do now?",
};
