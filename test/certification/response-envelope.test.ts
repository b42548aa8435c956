/**
 * The response envelope ask-sdk-core writes around the turn (lambda/skill.ts):
 * what Alexa reads back, for requests with and without a session, and the
 * error handler's apology when the turn itself fails.
 */
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it, vi } from "vitest";
import { contentFor } from "../../models/locales";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { buildSkill } from "../../lambda/skill";
import { envelope, requestOf } from "../support/envelopes";
import { assertValidResponse } from "../support/response-checks";

const { errors } = contentFor("en-US").words;

describe("the response envelope", () => {
  it("is version 1.0 with the response, and returns the session attributes on a session", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    const reply = await skill.invoke(envelope(requestOf("LaunchRequest"), { session: "new" }));
    await assertValidResponse(reply);
    expect(reply.version).toBe("1.0");
    expect(reply.response.shouldEndSession).toBe(false);
    expect(reply.sessionAttributes).toMatchObject({ record: { visits: 1 } });
  });

  it("carries no session attributes for a request without a session", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    const reply = await skill.invoke(envelope(requestOf("CanFulfillIntentRequest"), { session: "none" }));
    expect(reply.version).toBe("1.0");
    expect(reply.response.canFulfillIntent).toBeDefined();
    expect(reply.sessionAttributes).toBeUndefined();
    expect(JSON.parse(JSON.stringify(reply))).not.toHaveProperty("sessionAttributes");
  });

  it("answers a request whose body cannot be read with the error handler's apology, keeps the session, and logs the failure", async () => {
    const errorLines = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const skill = buildSkill({ store: new MemoryStore() });
      const unreadable = Object.defineProperty(
        { ...envelope(requestOf("LaunchRequest"), { session: "new" }) },
        "request",
        {
          get() {
            throw new Error("unreadable envelope");
          },
        },
      ) as RequestEnvelope;
      const reply = await skill.invoke(unreadable);
      await assertValidResponse(reply);
      expect(JSON.stringify(reply.response.outputSpeech)).toContain(errors.apology.slice(0, 30));
      expect(reply.response.shouldEndSession).toBe(false);
      expect(reply.response.reprompt).toBeDefined();
      expect(errorLines).toHaveBeenCalledTimes(1);
      expect(String(errorLines.mock.calls[0]?.[0])).toContain("unreadable envelope");
    } finally {
      errorLines.mockRestore();
    }
  });
});
