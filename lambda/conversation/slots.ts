import type { HandlerInput } from "ask-sdk-core";
import { getSlot } from "../alexa-sdk";
import type { IntentRequest } from "ask-sdk-model";
import type { SlotName } from "../../models/language/types";
import { SLOTS } from "../../models/language/types";

/** A slot as understood: the resolved id when entity resolution matched, and what was heard. */
export interface SlotReading<T extends string> {
  readonly id?: T;
  readonly heard?: string;
}

/**
 * Reads a slot through entity resolution. Only an ER_SUCCESS_MATCH whose id is
 * one of `ids` counts; the raw spoken value is kept only to be echoed back.
 */
export function readSlot<T extends string>(input: HandlerInput, slot: SlotName, ids: readonly T[]): SlotReading<T> {
  const request = input.requestEnvelope.request as Partial<IntentRequest>;
  if (request.type !== "IntentRequest" || typeof request.intent !== "object" || request.intent === null) return {};
  let raw;
  try {
    raw = getSlot(input.requestEnvelope, SLOTS[slot].name);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== "object") return {};
  const heard = typeof raw.value === "string" && raw.value.trim() ? raw.value.trim() : undefined;
  const authorities = raw.resolutions?.resolutionsPerAuthority;
  if (Array.isArray(authorities)) {
    for (const authority of authorities) {
      if (authority?.status?.code !== "ER_SUCCESS_MATCH" || !Array.isArray(authority.values)) continue;
      for (const value of authority.values) {
        const id = value?.value?.id;
        if (typeof id === "string" && (ids as readonly string[]).includes(id)) return { id: id as T, ...(heard ? { heard } : {}) };
      }
    }
  }
  return heard ? { heard } : {};
}
