import type { RequestEnvelope } from "ask-sdk-model";

/**
 * Whose data this request reads and writes: the recognized person when Alexa
 * knows who is speaking, else the account's user id, else "anonymous".
 * Optional chaining throughout: test and simulator envelopes may omit parts.
 */
export function userKey(envelope: RequestEnvelope): string {
  const system = envelope.context?.System;
  return (
    nonEmpty(system?.person?.personId) ??
    nonEmpty(system?.user?.userId) ??
    nonEmpty(envelope.session?.user?.userId) ??
    "anonymous"
  );
}

function nonEmpty(value: string | undefined): string | undefined {
  return value ? value : undefined;
}
