import type { SkillHandler } from "./router";
import type { canfulfill, IntentRequest, Slot } from "ask-sdk-model";
import { CUSTOM_INTENTS } from "../../models/language/types";
import { isRequestType } from "./matchers";

type Verdict = "YES" | "NO" | "MAYBE";

function slotVerdict(slot: Slot | undefined): canfulfill.CanFulfillSlot {
  const authorities = slot?.resolutions?.resolutionsPerAuthority;
  const matched = Array.isArray(authorities) && authorities.some((a) => a?.status?.code === "ER_SUCCESS_MATCH");
  return matched ? { canUnderstand: "YES", canFulfill: "YES" } : { canUnderstand: "MAYBE", canFulfill: "NO" };
}

/**
 * Name-free interaction: can Neck Coach answer this? Answers from the request
 * alone and changes no state.
 */
export const CanFulfillHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, "CanFulfillIntentRequest"),
  handle(input) {
    const intent = (input.requestEnvelope.request as Partial<IntentRequest>).intent;
    const name = typeof intent?.name === "string" ? intent.name : "";
    if (!(CUSTOM_INTENTS as readonly string[]).includes(name)) {
      return input.responseBuilder.withCanFulfillIntent({ canFulfill: "NO" }).getResponse();
    }
    const slots: Record<string, canfulfill.CanFulfillSlot> = {};
    let all: Verdict = "YES";
    for (const [slotName, slot] of Object.entries(intent?.slots ?? {})) {
      if (!slot || typeof slot !== "object" || typeof slot.value !== "string" || !slot.value) continue;
      const verdict = slotVerdict(slot);
      slots[slotName] = verdict;
      if (verdict.canFulfill !== "YES") all = "MAYBE";
    }
    const result: canfulfill.CanFulfillIntent = { canFulfill: all, ...(Object.keys(slots).length ? { slots } : {}) };
    return input.responseBuilder.withCanFulfillIntent(result).getResponse();
  },
};
