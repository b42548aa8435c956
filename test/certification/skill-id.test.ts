/**
 * A skill built with its id serves requests for that id and refuses any
 * other: a request for another skill never reaches a handler or the store.
 */
import type { RequestEnvelope } from "ask-sdk-model";
import { describe, expect, it, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { buildSkill } from "../../lambda/skill";
import { envelope, everyKind, intentRequest, matched, requestOf, TEST_USER_ID } from "../support/envelopes";
import { withAttributes } from "../support/attributes-store";
import { assertValidResponse } from "../support/response-checks";

const RIGHT = "amzn1.ask.skill.right";
const WRONG = "amzn1.ask.skill.wrong";

/** Sends and reports whether the skill refused (rejected, or answered with an error). */
async function refused(send: (e: RequestEnvelope) => Promise<unknown>, request: RequestEnvelope): Promise<boolean> {
  try {
    const response = (await send(request)) as { response?: { outputSpeech?: unknown } } | undefined;
    return response === undefined || response.response === undefined;
  } catch {
    return true;
  }
}

describe('buildSkill({ skillId: "amzn1.ask.skill.right" })', () => {
  const store = new MemoryStore();
  const skill = buildSkill({ store: store, skillId: RIGHT });
  const send = (e: RequestEnvelope) => skill.invoke(e);

  it("serves a launch and an intent for the right skill id", async () => {
    const launch = await send(envelope(requestOf("LaunchRequest"), { applicationId: RIGHT }));
    await assertValidResponse(launch);
    expect(launch.response.outputSpeech).toBeDefined();
    const teach = await send(
      envelope(intentRequest("TeachStretchIntent", { stretch: matched("stretch", "chin tuck", "chin-tuck") }), {
        applicationId: RIGHT,
        session: "continuing",
      }),
    );
    await assertValidResponse(teach);
    expect(JSON.stringify(teach.response.outputSpeech)).toContain("chin tuck");
  });

  it("refuses a launch for amzn1.ask.skill.wrong", async () => {
    await expect(send(envelope(requestOf("LaunchRequest"), { applicationId: WRONG }))).rejects.toThrow(
      /verification failed/i,
    );
  });

  it("refuses every request kind for the wrong skill id, and touches no stored data", async () => {
    const untouched = new MemoryStore();
    const guarded = buildSkill({ store: untouched, skillId: RIGHT });
    for (const { type, envelope: request } of everyKind({ applicationId: WRONG })) {
      expect(await refused((e) => guarded.invoke(e), request), type).toBe(true);
    }
    expect(
      await withAttributes(untouched).getAttributes(envelope(requestOf("LaunchRequest"), { userId: TEST_USER_ID })),
    ).toEqual({});
  });

  it("refuses a request whose session names the right skill but whose context names the wrong one", async () => {
    const request = envelope(requestOf("LaunchRequest"), { applicationId: RIGHT });
    const forged = {
      ...request,
      context: { ...request.context, System: { ...request.context.System, application: { applicationId: WRONG } } },
    };
    expect(await refused(send, forged)).toBe(true);
  });
});

describe("the Lambda handler with SKILL_ID set", () => {
  it("serves the right skill id and refuses the wrong one", async () => {
    const saved = { store: process.env.NECK_COACH_STORE, id: process.env.SKILL_ID };
    process.env.NECK_COACH_STORE = "memory";
    process.env.SKILL_ID = RIGHT;
    try {
      vi.resetModules();
      const { handler } = await import("../../lambda/index");
      await assertValidResponse(await handler(envelope(requestOf("LaunchRequest"), { applicationId: RIGHT })));
      await expect(handler(envelope(requestOf("LaunchRequest"), { applicationId: WRONG }))).rejects.toThrow();
    } finally {
      vi.resetModules();
      if (saved.store === undefined) delete process.env.NECK_COACH_STORE;
      else process.env.NECK_COACH_STORE = saved.store;
      if (saved.id === undefined) delete process.env.SKILL_ID;
      else process.env.SKILL_ID = saved.id;
    }
  });
});
