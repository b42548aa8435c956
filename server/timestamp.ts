/**
 * The request timestamp check Alexa requires of a self-hosted endpoint:
 * `request.timestamp` is an ISO 8601 date and time with a zone, at most 150 s
 * from now either way (skill events, which Alexa may deliver late, up to an
 * hour old).
 */

export const TIMESTAMP_TOLERANCE_MS = 150_000;
const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/** Why the timestamp of `request` (an Alexa request object) is refused, or undefined if it is fine. */
export function timestampProblem(
  request: { readonly type?: unknown; readonly timestamp?: unknown },
  now: number,
): string | undefined {
  const time = parseTimestamp(request.timestamp);
  if (time === undefined) return "the timestamp is missing or not an ISO 8601 timestamp";
  if (time > now + TIMESTAMP_TOLERANCE_MS) return "the timestamp is more than 150 s in the future";
  const isSkillEvent = typeof request.type === "string" && request.type.startsWith("AlexaSkillEvent.");
  const oldest = now - (isSkillEvent ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS);
  if (time < oldest)
    return isSkillEvent ? "the timestamp is more than an hour old" : "the timestamp is more than 150 s old";
  return undefined;
}

/** Milliseconds since the epoch, or undefined for anything that is not a real date and time. */
function parseTimestamp(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_TIMESTAMP.exec(value);
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, zoneHours = 0, zoneMinutes = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const fields = [
    month >= 1 && month <= 12,
    day >= 1 && day <= lastDay,
    hour <= 23,
    minute <= 59,
    second <= 59,
    zoneHours <= 23,
    zoneMinutes <= 59,
  ];
  if (fields.includes(false)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
