/**
 * The real skill, built from source for tests, with a store of the test's
 * choosing. Every response it produces is checked (see response-checks.ts).
 */
import type { RecordStore } from "../../lambda/persistence/store";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { buildSkill, type SkillOptions } from "../../lambda/skill";
import { assertValidResponse } from "./response-checks";

export type CheckedHandler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

/**
 * A handler over a freshly built skill; it rejects when a response fails the
 * checks. No Alexa API is reached unless `options` gives an API client (the
 * tests of test/sdk give one, with a local fake of the API).
 */
export function checkedHandler(
  store: RecordStore = new MemoryStore(),
  options: Omit<SkillOptions, "store"> = {},
): CheckedHandler {
  const skill = buildSkill({ apiClient: null, ...options, store });
  return async (event) => {
    const envelope = await skill.invoke(event);
    const locale = typeof event?.request?.locale === "string" ? event.request.locale : "en-US";
    await assertValidResponse(envelope, locale);
    return envelope;
  };
}
