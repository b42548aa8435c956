/**
 * Typed request envelopes for tests: one fixture per request kind of
 * ask-sdk-model's `Request` union (the compiler fails when a kind is missing),
 * and builders for the parts tests vary: session, attributes, user, person,
 * locale, application id, slots with or without entity resolution. The
 * envelope and slot builders live in scripts/lib/envelopes.ts, which the
 * benchmark uses too; they are re-exported here.
 *
 *   envelope(intentRequest("TeachStretchIntent", { stretch: matched("chin tuck", "chin-tuck") }),
 *            { session: "continuing", attributes: { record } });
 */
import type { Intent, Request, RequestEnvelope, Slot } from "ask-sdk-model";
import { envelope, type EnvelopeOptions } from "../../scripts/lib/envelopes";

export { envelope, matched, raw, unmatched, type EnvelopeOptions } from "../../scripts/lib/envelopes";
export {
  DEFAULT_APPLICATION_ID as TEST_APPLICATION_ID,
  DEFAULT_USER_ID as TEST_USER_ID,
} from "../../scripts/lib/envelopes";

export type RequestType = Request["type"];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** The fields every request carries. `locale` absent means no locale at all. */
export interface RequestCommon {
  readonly requestId: string;
  readonly timestamp: string;
  readonly locale?: string;
}

export const DEFAULT_COMMON: RequestCommon = {
  requestId: "amzn1.echo-api.request.test-0001",
  timestamp: "2026-01-15T09:30:00Z",
  locale: "en-US",
};

function base(common: RequestCommon): { requestId: string; timestamp: string; locale?: string } {
  return {
    requestId: common.requestId,
    timestamp: common.timestamp,
    ...(common.locale === undefined ? {} : { locale: common.locale }),
  };
}

const TOKEN = "neck-coach-token";
const AUDIO = { token: TOKEN, offsetInMilliseconds: 0 };

/** One representative request per kind. */
export const REQUEST_FIXTURES: { readonly [K in RequestType]: (common: RequestCommon) => RequestOf<K> } = {
  LaunchRequest: (c) => ({ type: "LaunchRequest", ...base(c) }),
  IntentRequest: (c) => ({
    type: "IntentRequest",
    ...base(c),
    dialogState: "STARTED",
    intent: { name: "AMAZON.HelpIntent", confirmationStatus: "NONE", slots: {} },
  }),
  SessionEndedRequest: (c) => ({ type: "SessionEndedRequest", ...base(c), reason: "USER_INITIATED" }),
  SessionResumedRequest: (c) => ({
    type: "SessionResumedRequest",
    ...base(c),
    cause: { type: "ConnectionCompleted" } as never,
  }),
  CanFulfillIntentRequest: (c) => ({
    type: "CanFulfillIntentRequest",
    ...base(c),
    intent: { name: "TeachStretchIntent", confirmationStatus: "NONE", slots: {} },
  }),
  "AudioPlayer.PlaybackStarted": (c) => ({ type: "AudioPlayer.PlaybackStarted", ...base(c), ...AUDIO }),
  "AudioPlayer.PlaybackFinished": (c) => ({ type: "AudioPlayer.PlaybackFinished", ...base(c), ...AUDIO }),
  "AudioPlayer.PlaybackStopped": (c) => ({ type: "AudioPlayer.PlaybackStopped", ...base(c), ...AUDIO }),
  "AudioPlayer.PlaybackNearlyFinished": (c) => ({ type: "AudioPlayer.PlaybackNearlyFinished", ...base(c), ...AUDIO }),
  "AudioPlayer.PlaybackFailed": (c) => ({
    type: "AudioPlayer.PlaybackFailed",
    ...base(c),
    token: TOKEN,
    error: { type: "MEDIA_ERROR_UNKNOWN", message: "test" },
  }),
  "PlaybackController.PlayCommandIssued": (c) => ({ type: "PlaybackController.PlayCommandIssued", ...base(c) }),
  "PlaybackController.PauseCommandIssued": (c) => ({ type: "PlaybackController.PauseCommandIssued", ...base(c) }),
  "PlaybackController.NextCommandIssued": (c) => ({ type: "PlaybackController.NextCommandIssued", ...base(c) }),
  "PlaybackController.PreviousCommandIssued": (c) => ({ type: "PlaybackController.PreviousCommandIssued", ...base(c) }),
  "System.ExceptionEncountered": (c) => ({
    type: "System.ExceptionEncountered",
    ...base(c),
    error: { type: "INVALID_RESPONSE", message: "test" },
    cause: { requestId: "amzn1.echo-api.request.earlier" },
  }),
  "Alexa.Presentation.APL.UserEvent": (c) => ({
    type: "Alexa.Presentation.APL.UserEvent",
    ...base(c),
    token: TOKEN,
    arguments: ["next"],
    source: { type: "TouchWrapper", handler: "Press", id: "nextButton" },
  }),
  "Alexa.Presentation.APL.RuntimeError": (c) => ({
    type: "Alexa.Presentation.APL.RuntimeError",
    ...base(c),
    token: TOKEN,
    errors: [],
  }),
  "Alexa.Presentation.APL.LoadIndexListData": (c) => ({
    type: "Alexa.Presentation.APL.LoadIndexListData",
    ...base(c),
    token: TOKEN,
    correlationToken: "correlation",
    listId: "stretches",
    startIndex: 0,
    count: 5,
  }),
  "Alexa.Presentation.APL.LoadTokenListData": (c) => ({
    type: "Alexa.Presentation.APL.LoadTokenListData",
    ...base(c),
    token: TOKEN,
    correlationToken: "correlation",
    listId: "stretches",
    pageToken: "page-2",
  }),
  "Alexa.Presentation.APLT.UserEvent": (c) => ({
    type: "Alexa.Presentation.APLT.UserEvent",
    ...base(c),
    token: TOKEN,
    arguments: [],
  }),
  "Alexa.Presentation.APLA.RuntimeError": (c) => ({
    type: "Alexa.Presentation.APLA.RuntimeError",
    ...base(c),
    token: TOKEN,
    errors: [],
  }),
  "Alexa.Presentation.HTML.Message": (c) => ({
    type: "Alexa.Presentation.HTML.Message",
    ...base(c),
    message: { action: "next" },
  }),
  "Alexa.Presentation.HTML.RuntimeError": (c) => ({
    type: "Alexa.Presentation.HTML.RuntimeError",
    ...base(c),
    error: { reason: "APPLICATION_ERROR", message: "test" },
  }),
  "Display.ElementSelected": (c) => ({ type: "Display.ElementSelected", ...base(c), token: "chin-tuck" }),
  "Connections.Response": (c) => ({
    type: "Connections.Response",
    ...base(c),
    name: "Buy",
    status: { code: "200", message: "OK" },
    token: TOKEN,
    payload: {},
  }),
  "Connections.Request": (c) => ({ type: "Connections.Request", ...base(c), name: "Test", payload: {} }),
  "Messaging.MessageReceived": (c) => ({ type: "Messaging.MessageReceived", ...base(c), message: { text: "hello" } }),
  "Dialog.InputRequest": (c) => ({ type: "Dialog.InputRequest", ...base(c), input: { name: "TestInput", slots: {} } }),
  "Dialog.API.Invoked": (c) => ({
    type: "Dialog.API.Invoked",
    ...base(c),
    apiRequest: { name: "TestApi", arguments: {}, slots: {} },
  }),
  "GameEngine.InputHandlerEvent": (c) => ({
    type: "GameEngine.InputHandlerEvent",
    ...base(c),
    originatingRequestId: "r",
    events: [],
  }),
  "CustomInterfaceController.EventsReceived": (c) => ({
    type: "CustomInterfaceController.EventsReceived",
    ...base(c),
    token: TOKEN,
    events: [],
  }),
  "CustomInterfaceController.Expired": (c) => ({
    type: "CustomInterfaceController.Expired",
    ...base(c),
    token: TOKEN,
    expirationPayload: {},
  }),
  "Alexa.Authorization.Grant": (c) => ({
    type: "Alexa.Authorization.Grant",
    ...base(c),
    body: { grant: { type: "OAuth2.AuthorizationCode", code: "code" } },
  }),
  "AlexaSkillEvent.SkillEnabled": (c) => ({
    type: "AlexaSkillEvent.SkillEnabled",
    ...base(c),
    eventCreationTime: c.timestamp,
  }),
  "AlexaSkillEvent.SkillDisabled": (c) => ({
    type: "AlexaSkillEvent.SkillDisabled",
    ...base(c),
    eventCreationTime: c.timestamp,
  }),
  "AlexaSkillEvent.SkillAccountLinked": (c) => ({ type: "AlexaSkillEvent.SkillAccountLinked", ...base(c), body: {} }),
  "AlexaSkillEvent.SkillPermissionAccepted": (c) => ({
    type: "AlexaSkillEvent.SkillPermissionAccepted",
    ...base(c),
    body: {},
  }),
  "AlexaSkillEvent.SkillPermissionChanged": (c) => ({
    type: "AlexaSkillEvent.SkillPermissionChanged",
    ...base(c),
    body: {},
  }),
  "AlexaSkillEvent.ProactiveSubscriptionChanged": (c) => ({
    type: "AlexaSkillEvent.ProactiveSubscriptionChanged",
    ...base(c),
    body: {},
  }),
  "AlexaSkillEvent.NotificationSubscriptionChanged": (c) => ({
    type: "AlexaSkillEvent.NotificationSubscriptionChanged",
    ...base(c),
    body: {},
  }),
  "AlexaHouseholdListEvent.ListCreated": (c) => ({ type: "AlexaHouseholdListEvent.ListCreated", ...base(c), body: {} }),
  "AlexaHouseholdListEvent.ListUpdated": (c) => ({ type: "AlexaHouseholdListEvent.ListUpdated", ...base(c), body: {} }),
  "AlexaHouseholdListEvent.ListDeleted": (c) => ({ type: "AlexaHouseholdListEvent.ListDeleted", ...base(c), body: {} }),
  "AlexaHouseholdListEvent.ItemsCreated": (c) => ({
    type: "AlexaHouseholdListEvent.ItemsCreated",
    ...base(c),
    body: {},
  }),
  "AlexaHouseholdListEvent.ItemsUpdated": (c) => ({
    type: "AlexaHouseholdListEvent.ItemsUpdated",
    ...base(c),
    body: {},
  }),
  "AlexaHouseholdListEvent.ItemsDeleted": (c) => ({
    type: "AlexaHouseholdListEvent.ItemsDeleted",
    ...base(c),
    body: {},
  }),
  "Reminders.ReminderCreated": (c) => ({ type: "Reminders.ReminderCreated", ...base(c), body: {} }),
  "Reminders.ReminderUpdated": (c) => ({ type: "Reminders.ReminderUpdated", ...base(c), body: {} }),
  "Reminders.ReminderDeleted": (c) => ({ type: "Reminders.ReminderDeleted", ...base(c), body: {} }),
  "Reminders.ReminderStarted": (c) => ({ type: "Reminders.ReminderStarted", ...base(c), body: {} }),
  "Reminders.ReminderStatusChanged": (c) => ({ type: "Reminders.ReminderStatusChanged", ...base(c), body: {} }),
  "Alexa.Advertisement.AdCompleted": (c) => ({ type: "Alexa.Advertisement.AdCompleted", ...base(c), token: TOKEN }),
  "Alexa.Advertisement.AdNotRendered": (c) => ({ type: "Alexa.Advertisement.AdNotRendered", ...base(c), token: TOKEN }),
  "Alexa.Advertisement.ReadyToEnqueueAudio": (c) => ({
    type: "Alexa.Advertisement.ReadyToEnqueueAudio",
    ...base(c),
    token: TOKEN,
  }),
  "Alexa.DataStore.Error": (c) => ({
    type: "Alexa.DataStore.Error",
    ...base(c),
    error: { type: "DATASTORE_INTERNAL_ERROR", content: { commands: [] } } as never,
  }),
  "Alexa.DataStore.PackageManager.InstallationError": (c) => ({
    type: "Alexa.DataStore.PackageManager.InstallationError",
    ...base(c),
    packageId: "package",
    version: "1",
    error: { type: "INTERNAL_ERROR" },
  }),
  "Alexa.DataStore.PackageManager.UpdateRequest": (c) => ({
    type: "Alexa.DataStore.PackageManager.UpdateRequest",
    ...base(c),
    packageId: "package",
    fromVersion: "1",
    toVersion: "2",
  }),
  "Alexa.DataStore.PackageManager.UsagesInstalled": (c) => ({
    type: "Alexa.DataStore.PackageManager.UsagesInstalled",
    ...base(c),
    payload: { packageId: "package", packageVersion: "1", usages: [] },
  }),
  "Alexa.DataStore.PackageManager.UsagesRemoved": (c) => ({
    type: "Alexa.DataStore.PackageManager.UsagesRemoved",
    ...base(c),
    payload: { packageId: "package", packageVersion: "1", usages: [] },
  }),
};

/** Every request kind of ask-sdk-model's union (REQUEST_FIXTURES's mapped type refuses to compile with one missing). */
export const REQUEST_TYPES = Object.keys(REQUEST_FIXTURES) as RequestType[];

/** The fixture for one kind, with the common fields given (defaults otherwise). */
export function requestOf<K extends RequestType>(type: K, common: Partial<RequestCommon> = {}): RequestOf<K> {
  const fixture = REQUEST_FIXTURES[type] as (c: RequestCommon) => RequestOf<K>;
  return fixture({ ...DEFAULT_COMMON, ...common });
}

/** An IntentRequest for `name` with the given slots. */
export function intentRequest(name: string, slots: Record<string, Slot> = {}, common: Partial<RequestCommon> = {}) {
  const intent: Intent = { name, confirmationStatus: "NONE", slots };
  return { ...requestOf("IntentRequest", common), intent };
}

/** One envelope per request kind, in a new session, for table tests. */
export function everyKind(options: EnvelopeOptions = {}): Array<{ type: RequestType; envelope: RequestEnvelope }> {
  return REQUEST_TYPES.map((type) => ({ type, envelope: envelope(requestOf(type), options) }));
}
