/** For one test file: the local fake of Alexa's APIs (scripts/lib/fake-alexa-api.ts), started before its tests, reset after each, stopped after all. */
import { afterAll, afterEach, beforeAll } from "vitest";
import { FakeAlexaApi } from "../../scripts/lib/fake-alexa-api";

export { FakeAlexaApi } from "../../scripts/lib/fake-alexa-api";
export type { ApiCall, RemindersMode, SettingsMode, StoredReminder } from "../../scripts/lib/fake-alexa-api";

/** For one test file: a fake Alexa API started before its tests, reset after each, stopped after all. */
export function useFakeAlexaApi(): FakeAlexaApi {
  const api = new FakeAlexaApi();
  beforeAll(async () => {
    await api.start();
  });
  afterAll(async () => {
    await api.stop();
  });
  afterEach(() => {
    api.reset();
  });
  return api;
}
