/**
 * The checks every response in every test must pass: valid SSML for Alexa,
 * only characters XML allows, at most 8,000 characters, breaks of at most
 * 10 s, at most five audio tags, a reprompt exactly when the session stays
 * open, no question asked while ending it, and session attributes that are an
 * object.
 */
import { check } from "ssml-check-core";
import type { ResponseEnvelope, ui } from "ask-sdk-model";
import { MAX_AUDIO_TAGS, MAX_BREAK_SECONDS, MAX_SPEECH_CHARS } from "../../lambda/speech/ssml";

function ssmlOf(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return speech.type === "SSML" ? speech.ssml : `<speak>${speech.text}</speak>`;
}

/** A character XML 1.0 does not allow, escaped or not (ssml-check-core does not look): control characters, lone surrogates, U+FFFE/F. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

async function ssmlProblems(label: string, ssml: string, locale: string): Promise<string[]> {
  const problems: string[] = [];
  const bad = NOT_XML_CHAR.exec(ssml);
  if (bad) {
    const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    problems.push(`${label}: character U+${code} is not allowed in XML`);
  }
  if (ssml.length > MAX_SPEECH_CHARS) problems.push(`${label}: ${ssml.length} characters (max ${MAX_SPEECH_CHARS})`);
  const errors = await check(ssml, { platform: "amazon", locale });
  for (const e of errors ?? []) problems.push(`${label}: invalid SSML ${JSON.stringify(e)}`);
  for (const m of ssml.matchAll(/<break\b[^>]*time="(\d+(?:\.\d+)?)(ms|s)"/g)) {
    const seconds = Number(m[1]) / (m[2] === "ms" ? 1000 : 1);
    if (seconds > MAX_BREAK_SECONDS) problems.push(`${label}: break of ${seconds}s (max ${MAX_BREAK_SECONDS}s)`);
  }
  const audio = (ssml.match(/<audio\b/g) ?? []).length;
  if (audio > MAX_AUDIO_TAGS) problems.push(`${label}: ${audio} audio tags (max ${MAX_AUDIO_TAGS})`);
  if (/<speak>\s*<\/speak>/.test(ssml)) problems.push(`${label}: empty speech`);
  return problems;
}

/** Every problem with a response, as readable lines; empty when it is fine. */
export async function responseProblems(envelope: ResponseEnvelope, locale = "en-US"): Promise<string[]> {
  const problems: string[] = [];
  if (!envelope || typeof envelope !== "object" || !envelope.response) return ["no response envelope"];
  const { response } = envelope;
  const speech = ssmlOf(response.outputSpeech);
  const reprompt = ssmlOf(response.reprompt?.outputSpeech);
  if (speech) problems.push(...(await ssmlProblems("speech", speech, locale)));
  if (reprompt) problems.push(...(await ssmlProblems("reprompt", reprompt, locale)));
  const open = response.shouldEndSession === false;
  if (open && !reprompt) problems.push("session stays open without a reprompt");
  if (open && !speech) problems.push("session stays open without speech");
  if (!open && reprompt) problems.push("reprompt on a response that ends the session");
  if (!open && speech?.includes("?")) problems.push(`asks a question while ending the session: ${speech.slice(-200)}`);
  const attributes: unknown = envelope.sessionAttributes;
  if (
    attributes !== undefined &&
    (typeof attributes !== "object" || attributes === null || Array.isArray(attributes))
  ) {
    problems.push(`sessionAttributes is not an object: ${String(JSON.stringify(attributes)).slice(0, 200)}`);
  }
  const size = JSON.stringify(envelope).length;
  if (size > 120_000) problems.push(`response is ${size} bytes (max 120 KB)`);
  return problems;
}

/** Throws with every problem listed, so a test fails on any invalid response. */
export async function assertValidResponse(envelope: ResponseEnvelope, locale = "en-US"): Promise<void> {
  const problems = await responseProblems(envelope, locale);
  if (problems.length)
    throw new Error(
      `Invalid response:\n- ${problems.join("\n- ")}\n${JSON.stringify(envelope.response, null, 2).slice(0, 2000)}`,
    );
}
