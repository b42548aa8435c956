import type { ResponseEnvelope } from "ask-sdk-model";
import { describe, expect, it } from "vitest";
import { responseProblems } from "../support/response-checks";

/** The checker every test relies on must itself catch each kind of bad response. */
function response(
  ssml: string | undefined,
  options: { reprompt?: string; end?: boolean; attributes?: unknown } = {},
): ResponseEnvelope {
  return {
    version: "1.0",
    ...(options.attributes === undefined ? {} : { sessionAttributes: options.attributes as Record<string, unknown> }),
    response: {
      ...(ssml === undefined ? {} : { outputSpeech: { type: "SSML", ssml } }),
      ...(options.reprompt ? { reprompt: { outputSpeech: { type: "SSML", ssml: options.reprompt } } } : {}),
      ...(options.end === undefined ? {} : { shouldEndSession: options.end }),
    },
  };
}

describe("response checks", () => {
  it("accept a well-formed open and a well-formed closing response", async () => {
    expect(
      await responseProblems(response("<speak>Ready?</speak>", { reprompt: "<speak>Say next.</speak>", end: false })),
    ).toEqual([]);
    expect(await responseProblems(response("<speak>Goodbye.</speak>", { end: true }))).toEqual([]);
  });

  const bad: ReadonlyArray<readonly [string, ResponseEnvelope, RegExp]> = [
    ["invalid SSML", response("<speak>Tom & Jerry</speak>", { end: true }), /invalid SSML/],
    ["an unknown tag", response("<speak><blink>hi</blink></speak>", { end: true }), /invalid SSML/],
    ["a break over 10 s", response('<speak>Hold <break time="11s"/></speak>', { end: true }), /break of 11s/],
    [
      "over 8,000 characters",
      response(`<speak>${"a ".repeat(4100)}</speak>`, { end: true }),
      /characters \(max 8000\)/,
    ],
    [
      "six audio clips",
      response(
        `<speak>${'<audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01"/>'.repeat(6)}</speak>`,
        { end: true },
      ),
      /6 audio tags/,
    ],
    ["an open session without a reprompt", response("<speak>Ready?</speak>", { end: false }), /without a reprompt/],
    [
      "a reprompt on a closing response",
      response("<speak>Bye.</speak>", { reprompt: "<speak>Hello?</speak>", end: true }),
      /reprompt on a response that ends/,
    ],
    [
      "a question while ending",
      response("<speak>Want another?</speak>", { end: true }),
      /asks a question while ending/,
    ],
    ["a character XML forbids", response("<speak>bad \u0007 bell</speak>", { end: true }), /U\+0007 is not allowed/],
    [
      "session attributes that are not an object",
      response("<speak>Hi.</speak>", { end: true, attributes: "corrupt" }),
      /sessionAttributes is not an object/,
    ],
  ];
  for (const [name, envelope, problem] of bad) {
    it(`catch ${name}`, async () => {
      expect((await responseProblems(envelope)).join("\n")).toMatch(problem);
    });
  }
});
