/**
 * A virtual Echo whose requests reach Alexa's APIs at a local fake
 * (fake-alexa-api.ts): each request's apiEndpoint is the fake's, and its
 * timestamp the test's clock. The real skill, built with ask-sdk-core's
 * DefaultApiClient, answers; every response is checked as in every
 * conversation test. Also sends the Connections.Response that Alexa sends
 * after asking for a permission by voice.
 */
import { DefaultApiClient } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import { parseRecord, type UserRecord } from "../../lambda/persistence/user-record";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { VirtualDevice } from "../../scripts/lib/virtual-device";
import { replyOf, TEST_USER, type Reply, type TestStore } from "../support/conversation";
import { type AttributesStore, withAttributes } from "../support/attributes-store";
import { checkedHandler } from "../support/skill";
import { userEnvelope } from "../support/user-envelope";
import { reachFake, type FakeAlexaApi } from "../../scripts/lib/fake-alexa-api";

export interface ApiDevice {
  /** The device's store, seen through withAttributes. */
  readonly store: AttributesStore;
  /** When the next request is made (UTC); tests move it. */
  at: Date;
  /** False: requests carry no API access token (a later session without API access). */
  apiAccess: boolean;
  say(line: string): Promise<Reply>;
  /** Alexa's answer to the skill's last AskFor request: the user said yes (ACCEPTED) or no (DENIED). */
  permissionAnswered(status: "ACCEPTED" | "DENIED" | "NOT_ANSWERED"): Promise<Reply>;
  /** The record as stored now. */
  record(): Promise<UserRecord>;
  /** The last request sent, as the skill received it. */
  readonly lastRequest: RequestEnvelope | undefined;
}

export function apiDevice(
  api: FakeAlexaApi,
  options: { store?: TestStore; at?: Date; settingsDeadlineMs?: number } = {},
): ApiDevice {
  const kept = options.store ?? new MemoryStore();
  const store = withAttributes(kept);
  const checked = checkedHandler(kept, {
    apiClient: new DefaultApiClient(),
    deadlines: { settingsDeadlineMs: options.settingsDeadlineMs ?? 2000, remindersDeadlineMs: 2000 },
  });
  let last: RequestEnvelope | undefined;
  let lastReply: Reply | undefined;
  const state = {
    store,
    at: options.at ?? new Date("2026-03-02T17:00:00Z"),
    apiAccess: true,
    get lastRequest() {
      return last;
    },
  };
  const handler = (event: RequestEnvelope) => {
    reachFake(event, api, state.apiAccess);
    (event.request as { timestamp: string }).timestamp = state.at.toISOString();
    last = event;
    return checked(event);
  };
  const device = new VirtualDevice({ handler, userId: TEST_USER, locale: "en-US", fallback: false });
  return Object.assign(state, {
    async say(line: string): Promise<Reply> {
      const turn = await device.say(line);
      if (turn.kind === "unmatched") throw new Error(`No sample utterance matches "${turn.utterance}"`);
      lastReply = replyOf(turn.envelope);
      return lastReply;
    },
    async permissionAnswered(status: "ACCEPTED" | "DENIED" | "NOT_ANSWERED"): Promise<Reply> {
      const directive = lastReply?.envelope.response.directives?.find((d) => d.type === "Connections.SendRequest") as
        | { token?: string }
        | undefined;
      if (!last || !directive) throw new Error("The skill sent no Connections.SendRequest to answer");
      // Alexa resumes the skill in a new session with the task's result.
      const envelope = {
        ...last,
        session: {
          ...last.session,
          new: true,
          sessionId: `${last.session?.sessionId ?? "session"}-resumed`,
          attributes: {},
        },
        request: {
          type: "Connections.Response",
          requestId: "amzn1.echo-api.request.permission",
          timestamp: state.at.toISOString(),
          locale: "en-US",
          name: "AskFor",
          status: { code: "200", message: "OK" },
          token: directive.token ?? "",
          payload: { permissionScope: "alexa::alerts:reminders:skill:readwrite", status },
        },
      } as unknown as RequestEnvelope;
      lastReply = replyOf(await handler(envelope));
      return lastReply;
    },
    async record(): Promise<UserRecord> {
      return parseRecord(await store.getAttributes(userEnvelope({ userId: TEST_USER }))).record;
    },
  });
}
