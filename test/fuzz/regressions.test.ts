/**
 * Cases the fuzzer (handler.fuzz.test.ts) found, shrunk, kept as plain tests
 * so they run every time, whatever the fuzzer's seed.
 */
import type { RecordStore } from "../../lambda/persistence/store";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { defaultRecord, parseRecord } from "../../lambda/persistence/user-record";
import { buildSkill } from "../../lambda/skill";
import { withAttributes } from "../support/attributes-store";
import { envelope, intentRequest, requestOf } from "../support/envelopes";
import { CheckingStore, FaultyStore, sendAndCheck, type Handler } from "./checks";

function skillWith(store: RecordStore = new MemoryStore()): Handler {
  const skill = buildSkill({ store: store });
  return (e) => skill.invoke(e);
}

async function expectValid(send: Handler, request: RequestEnvelope, locale = "en-US") {
  const { response, problems } = await sendAndCheck(send, request, locale);
  expect(problems).toEqual([]);
  return response;
}

beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("fuzz regressions: corrupt session attributes are never echoed back", () => {
  it("RedFlagIntent, de-DE, session attributes -1: the ending response's sessionAttributes is an object", async () => {
    const headache = {
      name: "symptom",
      value: "a severe headache",
      confirmationStatus: "NONE" as const,
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: "amzn1.er-authority.echo-sdk.test.SYMPTOM_NAME",
            status: { code: "ER_SUCCESS_MATCH" as const },
            values: [{ value: { name: "the worst headache of my life", id: "worst-headache" } }],
          },
        ],
      },
    };
    const request = envelope(intentRequest("RedFlagIntent", { symptom: headache }, { locale: "de-DE" }), {
      session: "new",
      attributes: -1,
    });
    const response = await expectValid(skillWith(), request, "de-DE");
    expect(response?.response.shouldEndSession).toBe(true);
    expect(response?.sessionAttributes).toEqual({});
  });

  it("RedFlagIntent with no symptom, session attributes -1: the open response carries fresh session attributes, not the corrupt ones", async () => {
    const request = envelope(intentRequest("RedFlagIntent", {}, { locale: "de-DE" }), {
      session: "new",
      attributes: -1,
    });
    const response = await expectValid(skillWith(), request, "de-DE");
    expect(response?.response.shouldEndSession).toBe(false);
    expect(response?.sessionAttributes).toMatchObject({ dialog: { offered: { kind: "screen", step: 1 } } });
  });

  it("CancelIntent, session attributes [], store read failing: the ending response's sessionAttributes is an object", async () => {
    const request = envelope(intentRequest("AMAZON.CancelIntent"), { session: "new", attributes: [] });
    const response = await expectValid(skillWith(new FaultyStore("read")), request);
    expect(response?.sessionAttributes).toEqual({});
  });

  it.each([
    ["a string", "garbage"],
    ["a number", 1e308],
    ["an array", [{ record: {} }]],
    ["null", null],
  ])(
    "a CanFulfillIntentRequest with session attributes that are %s answers with an object",
    async (_label, attributes) => {
      const request = envelope(requestOf("CanFulfillIntentRequest"), { session: "new", attributes });
      const response = await expectValid(skillWith(), request);
      expect(response?.response.canFulfillIntent).toBeDefined();
      expect(response?.sessionAttributes).toEqual({});
    },
  );

  it("a SessionEndedRequest with corrupt attributes answers with an object", async () => {
    const request = envelope(requestOf("SessionEndedRequest"), { session: "continuing", attributes: "corrupt" });
    const response = await expectValid(skillWith(), request);
    expect(response?.sessionAttributes).toEqual({});
  });
});

describe("fuzz regressions: characters XML forbids never reach the SSML", () => {
  function unresolvedStretch(value: string, status = "ER_ERROR_TIMEOUT") {
    return envelope(
      intentRequest("TeachStretchIntent", {
        stretch: {
          name: "stretch",
          value,
          confirmationStatus: "NONE",
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: "amzn1.er-authority.echo-sdk.test.stretch",
                status: { code: status as "ER_SUCCESS_NO_MATCH" },
                values: [{ value: { name: value, id: "chin-tuck" } }],
              },
            ],
          },
        },
      }),
    );
  }

  it("TeachStretchIntent with the stretch heard as U+FFFE (ER_ERROR_TIMEOUT) speaks valid XML", async () => {
    const response = await expectValid(skillWith(), unresolvedStretch("\uFFFE"));
    expect(JSON.stringify(response?.response.outputSpeech)).not.toMatch(/\\ufffe|\uFFFE/i);
  });

  it.each([
    ["a NUL", "chin\u0000tuck"],
    ["a bell", "\u0007bell"],
    ["a lone surrogate", "neck \uD800 roll"],
    ["U+FFFF", "\uFFFFtwist"],
  ])("an unknown stretch name with %s is echoed without it", async (_label, value) => {
    const response = await expectValid(skillWith(), unresolvedStretch(value, "ER_SUCCESS_NO_MATCH"));
    const speech = response?.response.outputSpeech;
    expect(speech?.type === "SSML" ? speech.ssml : "").toContain(
      value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, ""),
    );
  });
});

describe("fuzz regressions: the store is never given a record it cannot read back", () => {
  const EXTREME = ["+275760-09-13T00:00:00.000Z", "-000001-01-01T00:00:00Z", "+010000-01-01T00:00:00Z"];

  it.each(EXTREME)(
    "a LaunchRequest with timestamp %s stores a record that reads back as it was written",
    async (timestamp) => {
      const store = new CheckingStore();
      const request = envelope(requestOf("LaunchRequest", { timestamp }));
      await expectValid(skillWith(store), request);
      expect(store.badWrites).toEqual([]);
      const stored = parseRecord(await withAttributes(store).getAttributes(request));
      expect(stored.status).toBe("ok");
      expect(stored.record.visits).toBe(1);
    },
  );

  it.each(EXTREME)("finishing a routine with timestamp %s keeps the count and the streak", async (timestamp) => {
    const store = new CheckingStore();
    const send = skillWith(store);
    const lastStretch = {
      ...defaultRecord(),
      disclaimerHeard: true,
      routine: { routineId: "quick" as const, index: 2, continuous: false },
    };
    const request = envelope(intentRequest("AMAZON.NextIntent", {}, { timestamp }), {
      session: "continuing",
      attributes: { record: lastStretch },
    });
    await expectValid(send, request);
    expect(store.badWrites).toEqual([]);
    const stored = parseRecord(await withAttributes(store).getAttributes(request));
    expect(stored.status).toBe("ok");
    expect(stored.record.routinesFinished).toBe(1);
    expect(stored.record.routine).toBeNull();
  });
});
