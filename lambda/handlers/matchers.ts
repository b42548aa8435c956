import type { HandlerInput } from "ask-sdk-core";
import { getIntentName, getRequestType } from "../alexa-sdk";
import type { IntentName } from "../../models/language/types";

/** True for an IntentRequest naming one of `names`. Never throws on a malformed envelope. */
export function isIntent(input: HandlerInput, ...names: readonly IntentName[]): boolean {
  const name = intentNameOf(input);
  return name !== undefined && (names as readonly string[]).includes(name);
}

/** The intent's name, or undefined for any other request or a malformed one. */
export function intentNameOf(input: HandlerInput): string | undefined {
  try {
    if (getRequestType(input.requestEnvelope) !== "IntentRequest") return undefined;
    const name: unknown = getIntentName(input.requestEnvelope);
    return typeof name === "string" ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The request's type, or "" for a malformed envelope. */
export function requestTypeOf(input: HandlerInput): string {
  try {
    const type: unknown = getRequestType(input.requestEnvelope);
    return typeof type === "string" ? type : "";
  } catch {
    return "";
  }
}

export function isRequestType(input: HandlerInput, type: string): boolean {
  return requestTypeOf(input) === type;
}
