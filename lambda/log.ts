/**
 * One structured line per event, to stdout/stderr (CloudWatch on Lambda).
 * Never logs a user id, a person id or anything the user said: they are cut
 * out of an error's message too, since a message may quote them. Nor anything
 * derived from them: long hex runs (a hash, such as the file store's file name
 * for a user) are cut out as well. Every field is cut to a bounded length.
 */
import { field, safely } from "./untrusted";

export interface ErrorEvent {
  readonly requestId: string | undefined;
  readonly where: string;
  readonly error: unknown;
  /** The request being served: its user and person ids, tokens and slot values are redacted from the line. */
  readonly envelope?: unknown;
}

const REDACTED = "[redacted]";
/** Shorter values are left alone: they identify no one and would mangle the message. */
const MIN_PRIVATE_LENGTH = 3;
/** 32 hex digits or more: an MD5, SHA-1 or SHA-256 digest, say of a user id. UUIDs have at most 12 in a row. */
const HEX_DIGEST = /[0-9a-f]{32,}/gi;
/** Longest field values, in characters. */
export const MAX_LENGTHS = { requestId: 120, where: 60, name: 80, message: 500 } as const;

/** Text in double quotes (straight or curly): what Alexa's error message quotes may be what was said or answered. */
const QUOTED = /"[^"]*"|\u201c[^\u201d]*\u201d/g;

function describe(error: unknown, secrets: readonly string[], dropQuoted: boolean): { name: string; message: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const raw = error instanceof Error ? error.message : String(error);
  const message = dropQuoted ? raw.replace(QUOTED, "[quoted]") : raw;
  return {
    name: bounded(redact(name, secrets), MAX_LENGTHS.name),
    message: bounded(redact(message, secrets), MAX_LENGTHS.message),
  };
}

/**
 * Secrets are cut out before the text is shortened, so no part of one is left
 * at the cut; in any letter case (a message may quote an id lower-cased).
 */
function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce(cutOut, text).replace(HEX_DIGEST, REDACTED);
}

/** `text` without `secret`, in any letter case; by plain search, not a RegExp (a secret may be 200 KB long). */
function cutOut(text: string, secret: string): string {
  const lower = text.toLowerCase();
  const needle = secret.toLowerCase();
  // Lower-casing changes the length of a few characters (İ): then only the exact secret is found.
  if (lower.length !== text.length || needle.length !== secret.length) return text.split(secret).join(REDACTED);
  let out = "";
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
    out += `${text.slice(from, at)}${REDACTED}`;
    from = at + needle.length;
  }
  return out + text.slice(from);
}

/**
 * JSON leaves U+2028 and U+2029 (and NEL, U+0085) as they are, and many log
 * readers take them for line breaks, so one event could read as two lines.
 */
function oneLine(json: string): string {
  return json.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function bounded(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Who is speaking and what they said, from any envelope, however malformed; longest first. */
function privateValues(envelope: unknown): string[] {
  const system = field(field(envelope, "context"), "System");
  const sessionUser = field(field(envelope, "session"), "user");
  const values: unknown[] = [
    field(field(system, "user"), "userId"),
    field(field(system, "user"), "accessToken"),
    field(field(system, "person"), "personId"),
    field(field(system, "person"), "accessToken"),
    field(system, "apiAccessToken"),
    field(sessionUser, "userId"),
    field(sessionUser, "accessToken"),
    field(field(field(system, "user"), "permissions"), "consentToken"),
    field(field(sessionUser, "permissions"), "consentToken"),
  ];
  const slots = field(field(field(envelope, "request"), "intent"), "slots");
  if (typeof slots === "object" && slots !== null) {
    for (const slot of Object.values(slots)) values.push(field(slot, "value"), ...slotValues(field(slot, "slotValue")));
  }
  const found = values.filter((v): v is string => typeof v === "string" && v.length >= MIN_PRIVATE_LENGTH);
  return [...new Set(found)].sort((a, b) => b.length - a.length);
}

/** A slot's `slotValue`: a simple value, or a list of them (multiple-value slots), nested at most a few levels. */
function slotValues(slotValue: unknown, depth = 0): unknown[] {
  if (depth > 3 || typeof slotValue !== "object" || slotValue === null) return [];
  const values = field(slotValue, "values");
  const nested = Array.isArray(values) ? values.slice(0, 100).flatMap((value) => slotValues(value, depth + 1)) : [];
  return [field(slotValue, "value"), ...nested];
}

/** True for a SessionEndedRequest: the error message in it is Alexa's text, and may quote what was said. */
function isSessionEnded(envelope: unknown): boolean {
  return field(field(envelope, "request"), "type") === "SessionEndedRequest";
}

export function logError({ requestId, where, error, envelope }: ErrorEvent): void {
  // An envelope that cannot be read at all has nothing to redact that could be found.
  const secrets = safely(() => privateValues(envelope)) ?? [];
  const described = describe(error, secrets, safely(() => isSessionEnded(envelope)) === true);
  console.error(
    oneLine(
      JSON.stringify({
        level: "error",
        requestId: requestId === undefined ? null : bounded(redact(String(requestId), secrets), MAX_LENGTHS.requestId),
        where: bounded(where, MAX_LENGTHS.where),
        error: described,
      }),
    ),
  );
}
