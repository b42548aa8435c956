/** Plain-data contexts for unit tests of handlers: a request view, a record and a dialog, no envelope. */
import { contentFor, type SupportedLocale } from "../../models/locales";
import { NO_DIALOG, type DialogState } from "../../lambda/turn/dialog";
import type { TurnInput } from "../../lambda/turn/outcome";
import type { RequestView, SlotValue } from "../../lambda/turn/request";
import { defaultRecord, type UserRecord } from "../../lambda/persistence/user-record";

export interface ContextSpec {
  readonly intent?: string;
  readonly kind?: RequestView["kind"];
  readonly slots?: Readonly<Record<string, SlotValue>>;
  readonly record?: Partial<UserRecord>;
  readonly dialog?: DialogState;
  readonly locale?: SupportedLocale;
  readonly newSession?: boolean;
}

export function contextOf(spec: ContextSpec = {}): TurnInput {
  const locale = spec.locale ?? "en-US";
  const request: RequestView = {
    kind: spec.kind ?? (spec.intent ? "intent" : "launch"),
    type: spec.intent ? "IntentRequest" : "LaunchRequest",
    ...(spec.intent ? { intent: spec.intent } : {}),
    slots: spec.slots ?? {},
    locale,
    localeSupported: true,
    hasSession: true,
    newSession: spec.newSession ?? false,
    screen: false,
    day: "2026-11-30",
    hour: 8,
    timeZone: null,
    api: false,
    at: new Date("2026-11-30T08:00:00Z"),
    userKey: "amzn1.ask.account.UNIT",
    sessionAttributes: undefined,
  };
  return {
    request,
    record: { ...defaultRecord(), visits: 1, disclaimerHeard: true, ...spec.record },
    dialog: spec.dialog ?? NO_DIALOG,
    content: contentFor(locale),
  };
}
