/** What the safety tests check of a warning-sign reply: how each level begins in en-US, and that no stretch is offered. */
import { expect } from "vitest";
import { STRETCHES } from "../../models/content/stretches";
import { EN_SYNONYMS } from "../../models/language/en-synonyms";
import type { RedFlagLevel } from "../../models/types";
import type { Reply } from "./conversation";

/** How each level begins in en-US. */
export const LEVEL_SAYS: Readonly<Record<RedFlagLevel, RegExp>> = {
  emergency: /^Call nine one one from your phone now\. This needs care right away/,
  urgent: /^Please get seen today: go to an urgent care clinic/,
  soon: /^Please have this checked by a doctor or physical therapist in the next few days\./,
  dizziness: /^Sit or lie down somewhere safe, and rest until it passes\./,
  "self-care": /usually|can happen|often/,
};

const STRETCH_WORDS = STRETCHES.flatMap((s) => [s.name, ...EN_SYNONYMS.stretch[s.id]]).map((w) => w.toLowerCase());

/** No stretch offered or timed: no pauses, no chimes, no stretch by name, no question. */
export function expectNoStretch(reply: Reply): void {
  expect(reply.ssml).not.toMatch(/<break\b|<audio\b/);
  const spoken = reply.speech.toLowerCase();
  for (const word of STRETCH_WORDS)
    expect(spoken, `names the stretch "${word}"`).not.toMatch(new RegExp(`\\b${word}\\b`));
  expect(reply.speech).not.toContain("?");
}
