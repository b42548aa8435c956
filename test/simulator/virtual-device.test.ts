import type { IntentRequest, RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { contentFor } from "../../models/locales";
import { FALLBACK_INTENT, VirtualDevice } from "../../scripts/lib/virtual-device";
import { ssmlToText } from "../../scripts/lib/speech-text";
import { checkedHandler } from "../support/skill";

const WORDS = contentFor("en-US").words;

/** A device over the real skill that keeps every request it sends. */
function deviceWith(options: { fallback?: boolean } = {}) {
  const sent: RequestEnvelope[] = [];
  const skill = checkedHandler();
  const device = new VirtualDevice({
    ...options,
    handler: (event) => {
      sent.push(event);
      return skill(event);
    },
  });
  return { device, sent };
}

function speechOf(turn: Awaited<ReturnType<VirtualDevice["say"]>>): string {
  if (turn.kind !== "response") throw new Error(`not sent: ${turn.utterance}`);
  const speech = turn.envelope.response.outputSpeech;
  return speech?.type === "SSML" ? ssmlToText(speech.ssml) : "";
}

describe("virtual device: a line the model cannot match", () => {
  it("reaches the skill as AMAZON.FallbackIntent, as on an Echo, and the turn says so", async () => {
    const { device, sent } = deviceWith();
    await device.say("open neck coach");
    const turn = await device.say("purple monkey dishwasher");
    expect(turn.kind).toBe("response");
    if (turn.kind !== "response") return;
    expect(turn.fallback).toBe(true);
    const request = sent.at(-1)?.request as IntentRequest;
    expect(request.type).toBe("IntentRequest");
    expect(request.intent.name).toBe(FALLBACK_INTENT);
    expect(request.intent.slots ?? {}).toEqual({});
    expect(sent.at(-1)?.session?.new).toBe(false);
    expect(speechOf(turn)).toBe(WORDS.fallback.general);
  });

  it("mid-routine gets the routine's fallback reply", async () => {
    const { device } = deviceWith();
    await device.say("ask neck coach to start the quick routine");
    const turn = await device.say("purple monkey dishwasher");
    expect(speechOf(turn)).toBe(WORDS.fallback.routine);
  });

  it("a matched line is not marked as a fallback", async () => {
    const { device } = deviceWith();
    const turn = await device.say("ask neck coach how do I do a chin tuck");
    expect(turn.kind === "response" && turn.fallback).toBe(false);
  });

  it("with fallback off, comes back unmatched and nothing is sent (for tests that must fail on it)", async () => {
    const { device, sent } = deviceWith({ fallback: false });
    await device.say("open neck coach");
    const before = sent.length;
    expect(await device.say("purple monkey dishwasher")).toEqual({ kind: "unmatched", utterance: "purple monkey dishwasher" });
    expect(sent).toHaveLength(before);
  });
});
