/** Days and clock times: the device's own day and hour, and checks for stored days and times. */

/** The UTC calendar day of `date`, "YYYY-MM-DD". */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One formatter per time zone: building one costs far more than using it. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat | undefined {
  let format = FORMATTERS.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      });
    } catch {
      return undefined;
    }
    if (FORMATTERS.size > 500) FORMATTERS.clear();
    FORMATTERS.set(timeZone, format);
  }
  return format;
}

/** True for an IANA time zone name this runtime knows ("America/Los_Angeles"). */
export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 64 && formatter(value) !== undefined;
}

/** The wall clock of `date` in `timeZone` (UTC when null or unknown): the day "YYYY-MM-DD" and the hour 0-23. */
export function localTime(date: Date, timeZone: string | null): { readonly day: string; readonly hour: number } {
  const format = timeZone === null ? undefined : formatter(timeZone);
  if (!format) return { day: dayOf(date), hour: date.getUTCHours() };
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  const year = (parts.year ?? "").padStart(4, "0");
  return { day: `${year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24 };
}

/** The day before `day` ("YYYY-MM-DD"). */
export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return dayOf(date);
}

/** "HH:MM", 00:00 to 23:59. */
export function isClockTime(value: unknown): value is string {
  return typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A real calendar day written "YYYY-MM-DD". */
export function isDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
