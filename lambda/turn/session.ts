/**
 * What a turn keeps in the session attributes for the next turn of the same
 * session: the record as it is now, the record as the store has it, what a
 * write needs, and the dialog. Read back untrusted: anything corrupt is dropped.
 */
import { parseToken, type SaveToken } from "../persistence/records";
import { parseRecord, sameRecord, type UserRecord } from "../persistence/user-record";
import { isBoundedJson, type JsonBounds } from "../untrusted";
import { parseDialog, type DialogState } from "./dialog";

export interface TurnState {
  readonly record: UserRecord;
  /** The record as the store has it; undefined when unknown, so the next save writes. */
  readonly stored: UserRecord | undefined;
  readonly token: SaveToken;
  /** False when the store could not be read this session: nothing is written, so nothing stored is lost. */
  readonly writable: boolean;
  readonly dialog: DialogState;
}

/**
 * What a record in the session attributes may hold: a real one is a few
 * hundred characters, a dozen fields, three levels deep. A forged one nested
 * thousands deep would be echoed back (unknown fields are kept) in a response
 * that could not be serialised; one too large would overflow the response.
 */
const SESSION_RECORD_BOUNDS: JsonBounds = { maxDepth: 12, maxNodes: 2_000, maxChars: 16_384 };

/** The whole session attributes a turn leaves: two records, a save token and the dialog, each within its own bounds. */
const SESSION_ATTRIBUTE_BOUNDS: JsonBounds = { maxDepth: 16, maxNodes: 8_000, maxChars: 65_536 };

/**
 * The envelope with its session attributes dropped when they are past any size
 * a turn leaves: ask-sdk-core copies them recursively before the turn sees
 * them, so a forged value nested thousands deep would overflow the stack there.
 */
export function withBoundedAttributes<E>(envelope: E): E {
  const session: unknown = (envelope as { session?: unknown } | null)?.session;
  if (typeof session !== "object" || session === null) return envelope;
  const attributes: unknown = (session as { attributes?: unknown }).attributes;
  if (attributes === undefined || isBoundedJson(attributes, SESSION_ATTRIBUTE_BOUNDS)) return envelope;
  return { ...envelope, session: { ...session, attributes: {} } };
}

function trusted(raw: unknown): UserRecord | undefined {
  if (raw === undefined || !isBoundedJson(raw, SESSION_RECORD_BOUNDS)) return undefined;
  const parsed = parseRecord(raw);
  return parsed.status === "ok" || parsed.status === "migrated" ? parsed.record : undefined;
}

/** The state the last turn of this session left, or undefined when it left none (a new session, or corrupt attributes). */
export function stateFromSession(raw: unknown): TurnState | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const attributes = raw as Record<string, unknown>;
  const record = trusted(attributes["record"]);
  if (!record) return undefined;
  return {
    record,
    stored: attributes["storedIsRecord"] === true ? record : trusted(attributes["stored"]),
    token: parseToken(attributes["token"]) ?? {},
    writable: attributes["readOnly"] !== true,
    dialog: parseDialog(attributes["dialog"]),
  };
}

export function sessionAttributes(state: TurnState): Record<string, unknown> {
  return {
    record: state.record,
    // Most turns end with the record saved: a flag then stands for the second copy.
    ...(state.stored === undefined
      ? {}
      : sameRecord(state.stored, state.record)
        ? { storedIsRecord: true }
        : { stored: state.stored }),
    token: state.token,
    ...(state.writable ? {} : { readOnly: true }),
    dialog: state.dialog,
  };
}
