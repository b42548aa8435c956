/**
 * One structured line per event, to stdout/stderr (CloudWatch on Lambda).
 * Never logs a user id, a person id or anything the user said: they are cut
 * out of an error's message too, since a message may quote them.
 */

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

function describe(error: unknown, secrets: readonly string[]): { name: string; message: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return { name: redact(name, secrets), message: redact(message, secrets).slice(0, 500) };
}

function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join(REDACTED), text);
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
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
  ];
  const slots = field(field(field(envelope, "request"), "intent"), "slots");
  if (typeof slots === "object" && slots !== null) {
    for (const slot of Object.values(slots)) values.push(field(slot, "value"));
  }
  const found = values.filter((v): v is string => typeof v === "string" && v.length >= MIN_PRIVATE_LENGTH);
  return [...new Set(found)].sort((a, b) => b.length - a.length);
}

export function logError({ requestId, where, error, envelope }: ErrorEvent): void {
  const secrets = privateValues(envelope);
  console.error(JSON.stringify({ level: "error", requestId: requestId ?? null, where, error: describe(error, secrets) }));
}
