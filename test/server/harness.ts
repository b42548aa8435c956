/**
 * The self-hosted server on 127.0.0.1 for tests: started with a memory store
 * and a log that keeps its lines, Alexa request envelopes, and a POST that
 * waits for the request's log line.
 */
import type { RequestEnvelope } from "ask-sdk-model";
import { expect, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import {
  createApp,
  startServer,
  type AppOptions,
  type RequestLogLine,
  type RunningServer,
  type ServerLimits,
} from "../../server/app";
import { userEnvelope } from "../support/user-envelope";

export const SKILL_ID = "amzn1.ask.skill.test";
export const USER_ID = "amzn1.ask.account.SERVER-TEST-USER-4242";

export interface Harness {
  readonly running: RunningServer;
  readonly lines: RequestLogLine[];
}

export async function start(options: AppOptions, limits?: ServerLimits): Promise<Harness> {
  const lines: RequestLogLine[] = [];
  const app = createApp({ store: new MemoryStore(), log: (line) => lines.push(line), ...options });
  const running = await startServer(app, 0, "127.0.0.1", limits);
  return { running, lines };
}

/** A LaunchRequest for SKILL_ID, timestamped now unless told otherwise. */
export function launch(
  overrides: { timestamp?: string; applicationId?: string; requestId?: string } = {},
): RequestEnvelope {
  const envelope = userEnvelope({ userId: USER_ID });
  envelope.request = {
    ...envelope.request,
    timestamp: overrides.timestamp ?? new Date().toISOString(),
    ...(overrides.requestId === undefined ? {} : { requestId: overrides.requestId }),
  };
  if (overrides.applicationId !== undefined) {
    envelope.context.System.application.applicationId = overrides.applicationId;
    if (envelope.session) envelope.session.application.applicationId = overrides.applicationId;
  }
  return envelope;
}

export interface Answer {
  readonly status: number;
  readonly json: unknown;
}

/** POSTs `body` and resolves once its log line is written. */
export async function post(
  h: Harness,
  body: string | RequestEnvelope,
  headers: Record<string, string> = {},
  path = "/",
): Promise<Answer> {
  const before = h.lines.length;
  const response = await fetch(`${h.running.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  await vi.waitFor(() => expect(h.lines.length).toBe(before + 1));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

/** GET /health; resolves with its status once its log line is written. */
export async function health(h: Harness): Promise<number> {
  const before = h.lines.length;
  const response = await fetch(`${h.running.url}/health`);
  expect(await response.json()).toEqual({ status: "ok" });
  await vi.waitFor(() => expect(h.lines.length).toBe(before + 1));
  return response.status;
}

export const lastLine = (h: Harness): RequestLogLine | undefined => h.lines.at(-1);
