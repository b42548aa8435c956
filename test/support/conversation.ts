/**
 * Conversations written as U:/A: turns, spoken through the real interaction
 * model (virtual-alexa) to the real skill, every response checked.
 *
 *   await talk(device,
 *     "U: open neck coach", "A: /welcome/i",
 *     "U: how do I do a chin tuck", "A: /chin tuck/");
 */
import type { ResponseEnvelope } from "ask-sdk-model";
import { expect } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import type { RecordStore } from "../../lambda/persistence/store";
import { ssmlToText } from "../../scripts/lib/speech-text";
import { VirtualDevice } from "../../scripts/lib/virtual-device";
import { type AttributesStore, withAttributes } from "./attributes-store";
import { checkedHandler } from "./skill";

/** Any store a test device can keep its user on; the device's `store` is the same store, seen through withAttributes. */
export type TestStore = RecordStore;

export const TEST_USER = "amzn1.ask.account.TEST-USER";

export interface Reply {
  readonly envelope: ResponseEnvelope;
  /** What Alexa says, as text with pauses in place. */
  readonly speech: string;
  readonly reprompt: string | undefined;
  /** The raw SSML of the speech. */
  readonly ssml: string;
  readonly open: boolean;
  readonly attributes: Record<string, unknown>;
}

export function replyOf(envelope: ResponseEnvelope): Reply {
  const speech = envelope.response.outputSpeech;
  const ssml = speech?.type === "SSML" ? speech.ssml : "";
  const reprompt = envelope.response.reprompt?.outputSpeech;
  return {
    envelope,
    ssml,
    speech: ssmlToText(ssml),
    reprompt: reprompt?.type === "SSML" ? ssmlToText(reprompt.ssml) : undefined,
    open: envelope.response.shouldEndSession === false,
    attributes: (envelope.sessionAttributes ?? {}) as Record<string, unknown>,
  };
}

export interface TestDevice {
  readonly device: VirtualDevice;
  /** The device's store, that a test can also seed and inspect by request envelope. */
  readonly store: AttributesStore;
  /** Says a line; fails the test if no sample utterance matches it. */
  say(line: string): Promise<Reply>;
  intend(intent: string, slots?: Record<string, string>): Promise<Reply>;
  endSession(): Promise<Reply>;
}

/** A fresh device and user over the real skill; pass a store to share progress between devices ("tomorrow"). */
export function newDevice(
  options: { store?: TestStore; userId?: string; locale?: string; screen?: boolean } = {},
): TestDevice {
  // The skill gets the store itself, as in production; the test sees it through withAttributes.
  const kept = options.store ?? new MemoryStore();
  const store = withAttributes(kept);
  const device = new VirtualDevice({
    handler: checkedHandler(kept),
    userId: options.userId ?? TEST_USER,
    locale: options.locale ?? "en-US",
    screen: options.screen ?? false,
    fallback: false,
  });
  const unwrap = (turn: Awaited<ReturnType<VirtualDevice["say"]>>): Reply => {
    if (turn.kind === "unmatched") throw new Error(`No sample utterance matches "${turn.utterance}"`);
    return replyOf(turn.envelope);
  };
  return {
    device,
    store,
    say: async (line) => unwrap(await device.say(line)),
    intend: async (intent, slots) => unwrap(await device.intend(intent, slots)),
    endSession: async () => unwrap(await device.endSession()),
  };
}

function expectation(line: string): RegExp | string {
  const body = line.replace(/^A:\s*/, "");
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(body);
  return regex ? new RegExp(regex[1] ?? "", regex[2]) : body;
}

/**
 * Plays a script of "U: ..." lines, each optionally followed by "A: ..." lines
 * that its reply must contain (plain text, or /regex/flags). "A: [open]" and
 * "A: [ended]" check the session. Returns every reply.
 */
export async function talk(target: TestDevice, ...script: readonly string[]): Promise<Reply[]> {
  const replies: Reply[] = [];
  let last: Reply | undefined;
  for (const line of script) {
    if (line.startsWith("U:")) {
      last = await target.say(line.slice(2).trim());
      replies.push(last);
      continue;
    }
    if (!line.startsWith("A:") || !last) throw new Error(`Bad script line: ${line}`);
    const expected = expectation(line);
    if (expected === "[open]") expect(last.open, `session should stay open after: ${last.speech}`).toBe(true);
    else if (expected === "[ended]") expect(last.open, `session should end after: ${last.speech}`).toBe(false);
    else if (typeof expected === "string") expect(last.speech).toContain(expected);
    else expect(last.speech).toMatch(expected);
  }
  return replies;
}
