/**
 * Every phrase the testing instructions in the skill manifest tell the
 * certification tester to say, read from the manifest itself and said in its
 * order through the real interaction model, reaches the skill and gets the
 * reply the instructions promise (issue 23, finding 7: "I fell" was not
 * understood).
 */
import { describe, expect, it } from "vitest";
import { testingInstructions } from "../../models/language/manifest";
import { newDevice } from "../support/conversation";

/** The quoted phrases of the instructions, in order, without a leading "Alexa, ". */
function instructedPhrases(instructions: string): string[] {
  return [...instructions.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? "").replace(/^Alexa,\s*/i, ""));
}

const phrases = instructedPhrases(testingInstructions());
const RED_FLAG_STEP = /Say ((?:"[^"]+"(?: or )?)+): the skill gives no stretch and directs the user to medical care/;
const redFlags = instructedPhrases(RED_FLAG_STEP.exec(testingInstructions())?.[1] ?? "");

describe("the testing instructions", () => {
  it("quote phrases to say, among them the red flags", () => {
    expect(phrases.length).toBeGreaterThanOrEqual(10);
    expect(redFlags.length).toBeGreaterThanOrEqual(2);
  });

  it("are each understood, in the order given, with the reply promised", async () => {
    const user = newDevice();
    for (const phrase of phrases) {
      // say() fails the test when no sample utterance of the model matches the phrase.
      const reply = await user.say(phrase);
      expect(reply.speech, `"${phrase}"`).not.toMatch(
        /didn't catch that|not sure what you mean|I can't help with that/i,
      );
      if (redFlags.includes(phrase)) {
        expect(reply.speech, `"${phrase}"`).toMatch(/doctor|medical|emergency|urgent|911|999|112|000|GP|A&E|care/i);
        expect(reply.speech, `"${phrase}"`).not.toMatch(/chin tuck|hold for|breathe in/i);
      }
    }
  });
});
