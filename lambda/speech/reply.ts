import type { Directive, Response } from "ask-sdk-model";
import { ResponseFactory } from "../alexa-sdk";
import { renderDirective, type Display } from "../display/apl";
import { MAX_SPEECH_CHARS, type Speech, speak } from "./ssml";

/**
 * What the skill says and does in one response, built apart from routing.
 * `ask` keeps the session open and always carries a reprompt; `tell` ends it.
 */
export interface Reply {
  readonly speech: Speech;
  /** Present exactly when the session stays open. */
  readonly reprompt?: Speech;
  readonly endSession: boolean;
  readonly card?: { readonly title: string; readonly text: string };
  /** Shown on devices with a screen. */
  readonly display?: Display;
}

export function ask(speech: Speech, reprompt: Speech, card?: Reply["card"]): Reply {
  return { speech, reprompt, endSession: false, ...(card ? { card } : {}) };
}

export function tell(speech: Speech, card?: Reply["card"]): Reply {
  return { speech, endSession: true, ...(card ? { card } : {}) };
}

/**
 * Keeps SSML within Alexa's 8,000 characters, once wrapped in <speak>.
 * Speech is flat (text and self-closing tags), so cutting after a tag or a
 * sentence keeps it valid. Replies are built to fit; this is the last guard.
 */
export function fitSpeech(inner: string): string {
  const budget = MAX_SPEECH_CHARS - speak("").length;
  if (inner.length <= budget) return inner;
  const head = inner.slice(0, budget);
  const cut = Math.max(head.lastIndexOf("/>") + 2, head.lastIndexOf(". ") + 1);
  if (cut > 1) return head.slice(0, cut).trim();
  // No tag or sentence to cut after: cut between words, outside any tag or entity.
  const words = head.slice(0, Math.max(head.lastIndexOf(" "), 0));
  return words
    .replace(/<[^>]*$/, "")
    .replace(/&[a-z]*$/, "")
    .trim();
}

/**
 * Turns a Reply into the response Alexa receives, through ask-sdk-core's
 * response builder: the screen only where the device has one, then any
 * directives the turn adds (a permission request).
 */
export function toResponse(reply: Reply, screen: boolean, directives: readonly Directive[] = []): Response {
  const builder = ResponseFactory.init().speak(fitSpeech(reply.speech.toSsml()));
  if (!reply.endSession && reply.reprompt) builder.reprompt(fitSpeech(reply.reprompt.toSsml()));
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (screen && reply.display) builder.addDirective(renderDirective(reply.display));
  for (const directive of directives) builder.addDirective(directive);
  return builder.withShouldEndSession(reply.endSession).getResponse();
}
