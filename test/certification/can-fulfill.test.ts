/**
 * Name-free interaction: CanFulfillIntentRequest says whether Neck Coach can
 * answer, from the request alone, and changes nothing. A slot is understood
 * when entity resolution matched it, or when its raw words are a name or a
 * synonym the skill knows (requests may come without resolutions).
 */
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { checkedHandler } from "../support/skill";
import { envelope, matched, raw } from "../support/envelopes";

function canFulfill(intent: string, slots: Parameters<typeof Object.fromEntries>[0] = [], locale = "en-US") {
  return envelope({
    type: "CanFulfillIntentRequest",
    requestId: "amzn1.echo-api.request.cfir",
    timestamp: "2026-11-30T08:00:00Z",
    locale,
    intent: { name: intent, confirmationStatus: "NONE", slots: Object.fromEntries(slots) },
  } as never);
}

describe("CanFulfillIntentRequest", () => {
  it.each([
    ["a resolved stretch", "TeachStretchIntent", "stretch", matched("stretch", "chin tuck", "chin-tuck")],
    ["a stretch by its raw name, without resolutions", "TeachStretchIntent", "stretch", raw("stretch", "chin tuck")],
    ["a stretch by a synonym", "TeachStretchIntent", "stretch", raw("stretch", "neck retraction")],
    ["a lift by a synonym", "NeckPainCauseIntent", "exercise", raw("exercise", "deadlifts")],
    ["a routine by name", "StartRoutineIntent", "routine", raw("routine", "quick routine")],
  ])("YES for %s", async (_what, intent, slot, value) => {
    const store = new MemoryStore();
    const response = await checkedHandler(store)(canFulfill(intent, [[slot, value]]));
    expect(response.response.canFulfillIntent).toEqual({
      canFulfill: "YES",
      slots: { [slot]: { canUnderstand: "YES", canFulfill: "YES" } },
    });
    expect(await store.read("amzn1.ask.account.TEST-USER")).toBeUndefined();
  });

  it("MAYBE for a name it does not know", async () => {
    const response = await checkedHandler()(
      canFulfill("TeachStretchIntent", [["stretch", raw("stretch", "the pretzel")]]),
    );
    expect(response.response.canFulfillIntent).toEqual({
      canFulfill: "MAYBE",
      slots: { stretch: { canUnderstand: "MAYBE", canFulfill: "NO" } },
    });
  });

  it.each(["valueOf", "constructor"])("MAYBE for a slot named %s, which is no slot of Neck Coach's", async (name) => {
    const response = await checkedHandler()(canFulfill("TeachStretchIntent", [[name, raw(name as never, "&")]]));
    expect(response.response.canFulfillIntent).toEqual({
      canFulfill: "MAYBE",
      slots: { [name]: { canUnderstand: "MAYBE", canFulfill: "NO" } },
    });
  });

  it("ignores a slot named __proto__, and answers for the intent", async () => {
    const response = await checkedHandler()(
      canFulfill("TeachStretchIntent", [["__proto__", raw("__proto__" as never, "&")]]),
    );
    expect(response.response.canFulfillIntent).toEqual({ canFulfill: "YES" });
  });

  it("NO for an intent that is not Neck Coach's", async () => {
    const response = await checkedHandler()(canFulfill("OrderPizzaIntent"));
    expect(response.response.canFulfillIntent).toEqual({ canFulfill: "NO" });
  });
});
