import { parseRecord, type UserRecord } from "../persistence/user-record";
import { parseOffer, type Offer } from "./offer";

/**
 * What the skill keeps in session attributes between turns. The user record
 * rides along, so a turn still knows the routine position when the store is down.
 */
export interface SessionState {
  readonly record?: UserRecord;
  /** What the last reply offered: "yes" does it. */
  readonly offer?: Offer;
  /** What the last reply did, so "repeat" can do it again. */
  readonly last?: Offer;
}

/** Reads session attributes; anything corrupt is dropped, never thrown. */
export function parseSessionState(raw: unknown): SessionState {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const attrs = raw as { record?: unknown; offer?: unknown; last?: unknown };
  const record = attrs.record === undefined ? undefined : parseRecord(attrs.record);
  const offer = parseOffer(attrs.offer);
  const last = parseOffer(attrs.last);
  return {
    ...(record && (record.status === "ok" || record.status === "migrated") ? { record: record.record } : {}),
    ...(offer ? { offer } : {}),
    ...(last ? { last } : {}),
  };
}
