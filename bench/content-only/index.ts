/**
 * A diagnostic for the benchmark: Neck Coach's content modules and every
 * locale's changes to them (as bench/hello-with-content), with no framework
 * and a handler that answers with one fixed sentence. Neck Coach over this is what its own
 * code and ask-sdk-core cost together.
 */
export * from "../hello-with-content/content";

export const handler = async (): Promise<unknown> => ({
  version: "1.0",
  response: { outputSpeech: { type: "SSML", ssml: "<speak>Welcome. Say hello.</speak>" }, shouldEndSession: false },
});
