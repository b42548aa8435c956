/**
 * Certification rules about the session, at every point of a conversation
 * (states.ts): Stop and Cancel end it, Help explains and keeps it (and the
 * routine position), Fallback gives a way on, and no response asks a
 * question while ending the session or stays open without a reprompt.
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from "../../models/language/types";
import type { Reply } from "../support/conversation";
import { deviceAt, POINTS, prompts, routineNow } from "./states";

/** Ending responses that may ask a question on purpose. None today: a goodbye never asks. */
const QUESTION_WHILE_ENDING_ALLOWED: readonly RegExp[] = [];

function expectEnds(reply: Reply): void {
  expect(reply.open, `should end the session: ${reply.speech}`).toBe(false);
  expect(reply.reprompt).toBeUndefined();
  expect(reply.envelope.response.shouldEndSession).toBe(true);
  expect(reply.speech.trim()).not.toBe("");
}

function expectNoQuestionWhileEnding(reply: Reply): void {
  if (reply.open) return;
  if (QUESTION_WHILE_ENDING_ALLOWED.some((allowed) => allowed.test(reply.speech))) return;
  expect(reply.speech, "an ending response must not ask a question").not.toContain("?");
}

function expectOpenWithReprompt(reply: Reply): void {
  expect(reply.open, `should keep the session open: ${reply.speech}`).toBe(true);
  expect(reply.speech.trim()).not.toBe("");
  expect(reply.reprompt?.trim() ?? "").not.toBe("");
  expect(prompts(reply.speech), `should prompt the user: ${reply.speech.slice(-200)}`).toBe(true);
}

describe.each(["AMAZON.StopIntent", "AMAZON.CancelIntent"])("%s ends the session at any point", (intent) => {
  it.each(POINTS.map((p) => [p.name, p] as const))("%s", async (_name, point) => {
    const { device } = await deviceAt(point);
    const before = await routineNow(device, undefined);
    const reply = await device.intend(intent);
    expectEnds(reply);
    expectNoQuestionWhileEnding(reply);
    // A routine in progress stays saved for later; on its last stretch, done, it is finished.
    if (point.lastStretch) {
      expect(await routineNow(device, undefined)).toBeNull();
      expect(reply.speech).toMatch(/routine finished/);
    } else if (point.inRoutine) expect(await routineNow(device, undefined)).toEqual(before);
  });
});

describe("Help explains and keeps the session open at any point", () => {
  it.each(POINTS.map((p) => [p.name, p] as const))("%s", async (_name, point) => {
    const { device, before } = await deviceAt(point);
    const positionBefore = await routineNow(device, before);
    const reply = await device.intend("AMAZON.HelpIntent");
    expectOpenWithReprompt(reply);
    // It explains what to say.
    expect(reply.speech).toMatch(/\bsay\b|\bask\b/i);
    expect(reply.speech.length).toBeGreaterThan(60);
    // The routine position is kept, to the stretch.
    expect(await routineNow(device, reply)).toEqual(positionBefore);
    if (point.inRoutine) expect(positionBefore).not.toBeNull();
  });

  it("mid-routine, help then next carries on at the next stretch", async () => {
    const point = POINTS.find((p) => p.name.startsWith("mid-routine (step"));
    if (!point) throw new Error("no mid-routine point");
    const { device, before } = await deviceAt(point);
    const position = await routineNow(device, before);
    await device.intend("AMAZON.HelpIntent");
    const next = await device.intend("AMAZON.NextIntent");
    expect(await routineNow(device, next)).toEqual({ ...position, index: (position?.index ?? 0) + 1 });
    expect(next.speech).toMatch(new RegExp(`stretch ${(position?.index ?? 0) + 2} of`));
  });
});

describe("Fallback gives a useful way on at any point", () => {
  it.each(POINTS.map((p) => [p.name, p] as const))("%s", async (_name, point) => {
    const { device, before } = await deviceAt(point);
    const positionBefore = await routineNow(device, before);
    const reply = await device.intend("AMAZON.FallbackIntent");
    expectOpenWithReprompt(reply);
    // A way on: what the user can say or ask.
    expect(reply.speech).toMatch(/\bsay\b|\bask\b|\byou can\b/i);
    expect(await routineNow(device, reply)).toEqual(positionBefore);
  });
});

describe("no response asks a question while ending the session, and none stays open without a reprompt", () => {
  const INTENTS: ReadonlyArray<readonly [string, Record<string, string>?]> = [
    ...CUSTOM_INTENTS.map((name) => [name] as const),
    ["TeachStretchIntent", { stretch: "chin tuck" }],
    ["NeckPainCauseIntent", { exercise: "deadlifts" }],
    ["RedFlagIntent", { symptom: "numbness" }],
    ["StartRoutineIntent", { routine: "quick" }],
    ["ContinuousRoutineIntent", { routine: "quick" }],
    ...BUILT_IN_INTENTS.map((name) => [name] as const),
  ];

  it.each(POINTS.map((p) => [p.name, p] as const))("%s, then every intent", async (_name, point) => {
    for (const [intent, slots] of INTENTS) {
      const { device } = await deviceAt(point);
      const reply = await device.intend(intent, slots);
      expectNoQuestionWhileEnding(reply);
      if (reply.open) expectOpenWithReprompt(reply);
      else expectEnds(reply);
    }
  });

  it("launch, for a new and a returning user", async () => {
    for (const point of POINTS.filter((p) => p.name.startsWith("after launch"))) {
      const { before } = await deviceAt(point);
      if (!before) throw new Error("launch gave no reply");
      expectOpenWithReprompt(before);
      expect(before.speech).toContain("?");
    }
  });
});
