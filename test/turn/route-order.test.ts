import { describe, expect, it } from "vitest";
import { HANDLERS, route } from "../../lambda/handlers";
import { DiscomfortHandler } from "../../lambda/handlers/discomfort";
import { ReliefHandler } from "../../lambda/handlers/answers";
import { FallbackHandler } from "../../lambda/handlers/navigation";
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from "../../models/language/types";
import { contextOf } from "../support/context";

/** The states a request can meet: idle, a routine under way, one saved from another day, just after a lesson, a new session with a routine saved. */
const STATES = [
  {},
  {
    record: { routine: { routineId: "quick", index: 1, continuous: false } },
    dialog: { offered: null, said: null, routineOpen: true },
  },
  { record: { routine: { routineId: "quick", index: 1, continuous: false } } },
  { dialog: { offered: null, said: { kind: "lesson", stretch: "chin-tuck" } } },
  { newSession: true, record: { routine: { routineId: "quick", index: 1, continuous: false } } },
] as const;

const INTENTS = [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS];

describe("the route table", () => {
  it("ends with the fallback, which takes anything", () => {
    expect(HANDLERS[HANDLERS.length - 1]).toBe(FallbackHandler);
  });

  it("has one handler for each request, but for ReliefIntent said in a stretch, where the discomfort handler comes first", () => {
    const overlaps: string[] = [];
    for (const state of STATES) {
      for (const intent of INTENTS) {
        const context = contextOf({ ...state, intent });
        const takers = HANDLERS.slice(0, -1).filter((handler) => handler.canHandle(context));
        expect(takers.length, `${intent} in ${JSON.stringify(state)}`).toBeLessThanOrEqual(2);
        if (takers.length === 2) {
          overlaps.push(intent);
          expect(takers).toEqual([DiscomfortHandler, ReliefHandler]);
          expect(route(HANDLERS, context)).toBe(DiscomfortHandler);
        }
      }
    }
    // In a routine under way and just after a lesson; not idle, not in a new session.
    expect(overlaps).toEqual(["ReliefIntent", "ReliefIntent"]);
  });

  it("gives ReliefIntent to the relief answer when no stretch is in hand", () => {
    expect(route(HANDLERS, contextOf({ intent: "ReliefIntent" }))).toBe(ReliefHandler);
  });
});
