import type { IntentRequest, RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { contentFor } from "../../models/locales";
import { FALLBACK_INTENT, VirtualDevice } from "../../scripts/lib/virtual-device";
import { ssmlToText } from "../../scripts/lib/speech-text";
import { checkedHandler } from "../support/skill";

const WORDS = contentFor("en-US").words;

/** A device over the real skill that keeps every request it sends. */
function deviceWith(options: Pick<ConstructorParameters<typeof VirtualDevice>[0], "fallback" | "understand"> = {}) {
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
    expect(speechOf(turn)).toBe(`${WORDS.fallback.sorry[0]} ${WORDS.fallback.idleChoices}`);
  });

  it("mid-routine gets the routine's fallback reply", async () => {
    const { device } = deviceWith();
    await device.say("ask neck coach to start the quick routine");
    const turn = await device.say("purple monkey dishwasher");
    expect(speechOf(turn)).toBe(`${WORDS.fallback.sorry[0]} ${WORDS.fallback.routineChoices}`);
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
    expect(await device.say("purple monkey dishwasher")).toEqual({
      kind: "unmatched",
      utterance: "purple monkey dishwasher",
    });
    expect(sent).toHaveLength(before);
  });
});

describe("virtual device: opening the skill", () => {
  it.each([
    "open neck coach",
    "ask neck coach",
    "Alexa, ask neck coach",
    "alexa ask neck coach",
    "hey alexa tell neck coach",
  ])("%s alone launches the skill", async (line) => {
    const { device, sent } = deviceWith();
    await device.say(line);
    expect(sent.at(-1)?.request.type).toBe("LaunchRequest");
  });

  it("ask neck coach to <request> is a one-shot: the request goes as an intent in a new session", async () => {
    const { device, sent } = deviceWith();
    await device.say("open neck coach");
    const turn = await device.say("alexa, ask neck coach to start the quick routine");
    expect(sent.at(-1)?.request.type).toBe("IntentRequest");
    expect(sent.at(-1)?.session?.new).toBe(true);
    expect(turn.kind === "response" && turn.heard?.by).toBe("exact");
  });
});

describe("virtual device: the wake word", () => {
  it("Alexa, next in a session reaches the skill as next, in the same session", async () => {
    const { device, sent } = deviceWith({ fallback: false });
    await device.say("ask neck coach to start the quick routine");
    const turn = await device.say("Alexa, next");
    expect(turn.kind === "response" && turn.heard?.intent).toBe("AMAZON.NextIntent");
    expect(sent.at(-1)?.session?.new).toBe(false);
  });
});

describe("virtual device: understanding beyond exact matching", () => {
  it("a line no sample matches goes to `understand`, and its intent is sent with the turn marked statistical", async () => {
    const heard: string[] = [];
    const { device, sent } = deviceWith({
      understand: (text) => {
        heard.push(text);
        return Promise.resolve({ intent: "AMAZON.HelpIntent", slots: {} });
      },
    });
    await device.say("open neck coach");
    const turn = await device.say("purple monkey dishwasher");
    expect(heard).toEqual(["purple monkey dishwasher"]);
    expect((sent.at(-1)?.request as IntentRequest | undefined)?.intent.name).toBe("AMAZON.HelpIntent");
    expect(turn.kind === "response" && turn.heard).toEqual({ intent: "AMAZON.HelpIntent", by: "statistical" });
    expect(turn.kind === "response" && turn.fallback).toBe(false);
  });

  it("a line a sample matches never reaches `understand`", async () => {
    const { device, sent } = deviceWith({
      understand: () => Promise.reject(new Error("asked although a sample matched")),
    });
    const turn = await device.say("ask neck coach how do I do a chin tuck");
    expect(turn.kind === "response" && turn.heard?.by).toBe("exact");
    expect((sent.at(-1)?.request as IntentRequest | undefined)?.intent.name).toBe(
      turn.kind === "response" ? turn.heard?.intent : "",
    );
  });

  it("slot values understood are sent as words, which the request resolves to the value's id", async () => {
    const { device, sent } = deviceWith({
      understand: () => Promise.resolve({ intent: "TeachStretchIntent", slots: { stretch: "chin tuck" } }),
    });
    await device.say("open neck coach");
    await device.say("zzz qqq");
    const slot = (sent.at(-1)?.request as IntentRequest | undefined)?.intent.slots?.stretch;
    expect(slot?.value).toBe("chin tuck");
    const resolved = slot?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value;
    expect(resolved?.name).toBe("chin tuck");
  });

  it("AMAZON.FallbackIntent from `understand` is a fallback turn, as without it", async () => {
    const { device } = deviceWith({ understand: () => Promise.resolve({ intent: FALLBACK_INTENT, slots: {} }) });
    await device.say("open neck coach");
    const turn = await device.say("purple monkey dishwasher");
    expect(turn.kind === "response" && turn.fallback).toBe(true);
    expect(speechOf(turn)).toBe(`${WORDS.fallback.sorry[0]} ${WORDS.fallback.idleChoices}`);
  });
});
