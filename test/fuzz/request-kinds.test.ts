/**
 * Every request kind of ask-sdk-model's union (one fixture each, from
 * test/support/envelopes.ts), in a new session, a continuing one and out of
 * session, through the exported Lambda handler: a valid response every time.
 * The deterministic floor under the fuzzer.
 */
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { envelope, REQUEST_TYPES, requestOf } from "../support/envelopes";
import { sendAndCheck, type Handler } from "./checks";

let handler: Handler;

beforeAll(async () => {
  process.env.NECK_COACH_STORE = "memory";
  delete process.env.SKILL_ID;
  ({ handler } = (await import("../../lambda/index")) as {
    handler: (e: RequestEnvelope) => Promise<ResponseEnvelope>;
  });
});

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Kinds a person starts by speaking: they get speech. */
const SPOKEN = new Set(["LaunchRequest", "IntentRequest"]);

describe.each(["new", "continuing", "none"] as const)("every request kind, session %s", (session) => {
  it.each(REQUEST_TYPES.map((type) => [type] as const))("%s gets a valid response", async (type) => {
    const request = envelope(requestOf(type), { session });
    const { response, problems } = await sendAndCheck(handler, request);
    expect(problems).toEqual([]);
    if (SPOKEN.has(type)) expect(response?.response.outputSpeech).toBeDefined();
    if (type === "CanFulfillIntentRequest") expect(response?.response.canFulfillIntent?.canFulfill).toBe("YES");
    if (
      type === "SessionEndedRequest" ||
      type.startsWith("AudioPlayer.") ||
      type.startsWith("PlaybackController.") ||
      type.startsWith("System.")
    ) {
      expect(response?.response.outputSpeech).toBeUndefined();
    }
  });
});
