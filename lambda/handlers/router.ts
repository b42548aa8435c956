import type { HandlerInput } from "ask-sdk-core";
import type { Response } from "ask-sdk-model";

/**
 * A Neck Coach handler: ask-sdk-core's `{ canHandle, handle }`, with a
 * canHandle that answers at once (it only looks at the request).
 */
export interface SkillHandler {
  canHandle(input: HandlerInput): boolean;
  handle(input: HandlerInput): Response | Promise<Response>;
}

/**
 * The first of `handlers` that can take the request; the last one must take
 * anything. ask-sdk-core would await every canHandle in turn, a promise and a
 * pause for each of two dozen handlers on every request; asking them here,
 * synchronously, keeps the same first-match order without that cost.
 */
export function router(handlers: readonly SkillHandler[]): (input: HandlerInput) => SkillHandler {
  const last = handlers[handlers.length - 1];
  if (!last) throw new Error("router needs at least one handler");
  return (input) => {
    for (const handler of handlers) {
      if (handler.canHandle(input)) return handler;
    }
    return last;
  };
}
