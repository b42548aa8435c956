import { describe, expect, it } from "vitest";
import { ROUTINES } from "../../models/content/routines";
import { CHIME_SECONDS, pause } from "../../lambda/speech/ssml";
import { timedSegments } from "../../scripts/lib/speech-timing";
import { NORMAL_PACE } from "../../models/content/pacing";
import { contentFor } from "../../models/locales";
import { CHANGE_SECONDS, routineLength } from "../../lambda/speech/replies/routine";
import { newDevice } from "../support/conversation";
import { announcedSeconds } from "../support/lengths";

/** The seconds npm start waits, in real time, while one reply is heard. */
const heardSeconds = (ssml: string) => timedSegments(ssml).reduce((total, part) => total + part.seconds, 0);

describe("real-time waits are computed from the speech", () => {
  it("words at 150 a minute, every pause its length, a chime its length", () => {
    const ssml = `Here is the chin tuck. ${pause(12.5)}<audio src="soundbank://chime"/> Hold it &amp; breathe.`;
    expect(timedSegments(ssml)).toEqual([
      { segment: { kind: "text", text: "Here is the chin tuck." }, seconds: 2 },
      { segment: { kind: "pause", seconds: 12.5 }, seconds: 12.5 },
      { segment: { kind: "sound", src: "soundbank://chime" }, seconds: CHIME_SECONDS },
      { segment: { kind: "text", text: "Hold it & breathe." }, seconds: 1.2 },
    ]);
  });

  it("a mark that is not a word takes no time; silence alone is its length", () => {
    expect(timedSegments("Breathe — slowly").map((part) => part.seconds)).toEqual([0.8]);
    expect(timedSegments(pause(30)).map((part) => part.seconds)).toEqual([30]);
    expect(timedSegments("")).toEqual([]);
  });

  for (const routine of ROUTINES) {
    const length = routineLength(routine.id, contentFor("en-US"), NORMAL_PACE);
    it(`${routine.name}, straight through from start to finish, takes ${length} (within 10 per cent), with pauses to change position`, async () => {
      const user = newDevice();
      await user.say("open neck coach");
      let reply = await user.say(`play the ${routine.name} without stopping`);
      const steps = routine.stepKind === "exercise" ? "exercises" : "stretches";
      expect(reply.speech).toContain(`a few seconds between ${steps} to change position`);
      let seconds = heardSeconds(reply.ssml);
      let ssml = reply.ssml;
      for (let part = 0; reply.open && part < 5; part++) {
        reply = await user.say("next");
        seconds += heardSeconds(reply.ssml);
        ssml += reply.ssml;
      }
      expect(reply.open, `the routine should be over: ${reply.speech}`).toBe(false);
      expect(ssml.match(new RegExp(`<break time="${CHANGE_SECONDS}s"/>\\s*<audio`, "g"))?.length ?? 0).toBeGreaterThan(
        0,
      );
      const announced = announcedSeconds(length);
      expect(
        Math.abs(seconds - announced) / announced,
        `${seconds.toFixed(0)} s heard vs ${announced} s announced`,
      ).toBeLessThanOrEqual(0.1);
    });

    it(`${routine.name}, played through the skill from start to finish, takes ${length} (within 10 per cent)`, async () => {
      const user = newDevice();
      await user.say("open neck coach");
      let reply = await user.say(`start the ${routine.name}`);
      let seconds = heardSeconds(reply.ssml);
      for (let step = 1; step < routine.items.length; step++) {
        reply = await user.say("next");
        // The person's own "next" between stretches, which the announced length counts.
        seconds += CHANGE_SECONDS + heardSeconds(reply.ssml);
      }
      reply = await user.say("next");
      seconds += heardSeconds(reply.ssml);
      expect(reply.open, `the routine should be over: ${reply.speech}`).toBe(false);
      const announced = announcedSeconds(length);
      expect(
        Math.abs(seconds - announced) / announced,
        `${seconds.toFixed(0)} s heard vs ${announced} s announced`,
      ).toBeLessThanOrEqual(0.1);
    });
  }
});
