/**
 * lambda/log.ts, on what issue 23 found passing into log lines: U+2028 and
 * U+2029 (line breaks to many log readers), a user id quoted lower-cased, the
 * values of a multiple-value slot, the consent token, and the text Alexa's
 * SessionEndedRequest error message quotes.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { logError } from "../../lambda/log";
import { envelope, intentRequest } from "../support/envelopes";

const USER_ID = "amzn1.ask.account.SECRET-USER-ABCDEF";
const CONSENT = "Atza|consent-token-SECRET-0123";

let logged: MockInstance;
beforeEach(() => {
  logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

const line = (): string => String(logged.mock.calls.at(-1)?.[0]);

describe("a log line", () => {
  it("is one line whatever the message holds: U+2028, U+2029 and NEL are escaped", () => {
    logError({ requestId: "r\u2028x", where: "test", error: new Error("one\u2028two\u2029three\u0085four\nfive") });
    expect(line()).not.toMatch(/[\u2028\u2029\u0085\n]/);
    expect((JSON.parse(line()) as { error: { message: string } }).error.message).toBe(
      "one\u2028two\u2029three\u0085four\nfive",
    );
  });

  it("redacts the user id in any letter case", () => {
    const body = envelope(intentRequest("HelpIntent"), { userId: USER_ID });
    logError({
      requestId: "r",
      where: "test",
      error: new Error(`no record for ${USER_ID.toLowerCase()} or ${USER_ID.toUpperCase()}`),
      envelope: body,
    });
    expect(line().toLowerCase()).not.toContain("secret-user");
    expect(line()).toContain("[redacted]");
  });

  it("redacts every value of a multiple-value slot, and the consent token", () => {
    const request = intentRequest("TeachStretchIntent", {
      stretch: {
        name: "stretch",
        confirmationStatus: "NONE",
        slotValue: {
          type: "List",
          values: [
            { type: "Simple", value: "my left shoulder blade" },
            { type: "Simple", value: "the upper trapezius" },
          ],
        },
      } as never,
    });
    const body = envelope(request, { userId: USER_ID });
    (body.context.System.user as { permissions?: unknown }).permissions = { consentToken: CONSENT };
    logError({
      requestId: "r",
      where: "test",
      error: new Error(`bad slots: my left shoulder blade, THE UPPER TRAPEZIUS; token ${CONSENT}`),
      envelope: body,
    });
    expect(line().toLowerCase()).not.toMatch(/shoulder blade|upper trapezius|consent-token/);
  });

  it("redacts a 200 KB slot value without failing (no RegExp is built of it)", () => {
    const long = `neck ${"y".repeat(200_000)}`;
    const body = envelope(
      intentRequest("SearchIntent", { query: { name: "query", value: long, confirmationStatus: "NONE" } }),
      { userId: USER_ID },
    );
    expect(() =>
      logError({
        requestId: "r",
        where: "test",
        error: new Error(`cannot search ${long.toUpperCase()}`),
        envelope: body,
      }),
    ).not.toThrow();
    expect(line()).not.toContain("yyyy");
  });

  it("leaves out what a SessionEndedRequest's error message quotes", () => {
    const request = {
      type: "SessionEndedRequest",
      requestId: "amzn1.echo-api.request.ended",
      timestamp: "2026-01-15T08:00:00Z",
      locale: "en-US",
      reason: "ERROR",
      error: { type: "INVALID_RESPONSE", message: 'SSML "<speak>Tom\'s private neck story</speak>" is invalid' },
    };
    logError({
      requestId: "r",
      where: "session.ended",
      error: `INVALID_RESPONSE: ${request.error.message}`,
      envelope: envelope(request as never, { session: "continuing" }),
    });
    expect(line()).toContain("INVALID_RESPONSE");
    expect(line()).toContain("[quoted]");
    expect(line()).not.toContain("private neck story");
  });
});
