import { describe, expect, it } from "vitest";
import { CAUSES_ANSWER } from "../../models/content/causes";
import { EXERCISES } from "../../models/content/exercises";
import { PREVENTION_ANSWER, PROFESSIONAL_ANSWER, RELIEF_ANSWER, TAKEAWAYS_ANSWER } from "../../models/content/answers";
import { DISCLAIMER_SHORT } from "../../models/content/safety";
import { STRETCHES } from "../../models/content/stretches";
import { EN_SYNONYMS } from "../../models/language/en-synonyms";
import { newDevice, talk } from "../support/conversation";

describe("launch", () => {
  it("welcomes a first-time user with the disclaimer and a question", async () => {
    const [reply] = await talk(newDevice(), "U: open neck coach", "A: Welcome to Neck Coach", "A: [open]");
    expect(reply?.speech).toContain(DISCLAIMER_SHORT);
    expect(reply?.speech.trim().endsWith("?")).toBe(true);
    expect(reply?.reprompt).toBeTruthy();
  });

  it("is shorter on a later visit and offers the usual routine", async () => {
    const user = newDevice();
    const first = await talk(user, "U: open neck coach", "U: start the quick routine", "U: stop");
    const [again] = await talk(user, "U: open neck coach", "A: /welcome back|good to hear|hi again/i", "A: [open]");
    expect(again?.speech).not.toContain(DISCLAIMER_SHORT);
    expect(again?.speech.length).toBeLessThan(first[0]?.speech.length ?? 0);
    expect(again?.speech).toMatch(/quick routine/);
  });
});

describe("teaching a stretch", () => {
  it("teaches a chin tuck step by step with timed holds, then offers the next", async () => {
    const [lesson] = await talk(
      newDevice(),
      "U: ask neck coach how to do a chin tuck",
      "A: chin tuck",
      "A: /\\[pause 5s\\]/",
      "A: /learn the .+ next\\?$/",
      "A: [open]",
    );
    expect(lesson?.ssml).toMatch(/<break time="5s"\/>/);
  });

  for (const stretch of STRETCHES) {
    for (const name of [stretch.name, ...EN_SYNONYMS.stretch[stretch.id]]) {
      it(`teaches the ${stretch.name} when asked for "${name}"`, async () => {
        const reply = await newDevice().say(`ask neck coach how do I do a ${name}`);
        expect(reply.speech).toContain(`the ${stretch.name}`);
        expect(reply.speech).toContain(stretch.setup);
        expect(reply.open).toBe(true);
        expect(reply.ssml).toContain("<break");
      });
    }
  }

  it("counts both sides of a two-sided stretch and cues a long hold sparsely", async () => {
    const reply = await newDevice().say("ask neck coach to teach me the side neck stretch");
    expect(reply.speech).toMatch(/right ear/);
    expect(reply.speech).toMatch(/left ear/);
    expect(reply.speech).toMatch(/other side|Switch sides/);
    expect(reply.speech).toMatch(/Halfway/);
    // A 30 second hold: no single break over 10 s, chained breaks instead.
    expect(reply.ssml).toMatch(/<break time="10s"\/>\s*<break time="5s"\/>/);
  });

  it("picks a fitting stretch when none is named", async () => {
    const reply = await newDevice().say("ask neck coach to teach me a stretch for a stiff neck");
    expect(reply.speech).toMatch(/Let's do a [a-z ]+\./);
    expect(reply.open).toBe(true);
  });

  it("names three known stretches when it does not know the one asked for", async () => {
    const user = newDevice();
    await user.say("open neck coach");
    const reply = await user.intend("TeachStretchIntent", { stretch: "backflip" });
    expect(reply.speech).toContain("I don't know a stretch called backflip");
    const named = STRETCHES.filter((s) => reply.speech.includes(`the ${s.name}`));
    expect(named.length).toBe(3);
    expect(reply.open).toBe(true);
    const next = await user.say("how do I do a chin tuck");
    expect(next.speech).toContain("chin tuck");
  });

  it("lists the stretches it knows", async () => {
    const reply = await newDevice().say("ask neck coach what stretches do you know");
    for (const stretch of STRETCHES) expect(reply.speech).toContain(stretch.name);
    expect(reply.open).toBe(true);
  });

  it("yes to the offer teaches the offered stretch; no ends politely", async () => {
    const user = newDevice();
    const [lesson] = await talk(user, "U: ask neck coach how to do a chin tuck");
    const offered = /learn the ([a-z ]+) next\?/.exec(lesson?.speech ?? "")?.[1];
    expect(offered).toBeTruthy();
    await talk(user, "U: yes", `A: Here's the ${offered}.`, "A: [open]");
    await talk(user, "U: no", "A: /No problem|All right/", "A: [ended]");
  });
});

describe("answers", () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["why does my neck hurt after the gym", CAUSES_ANSWER.point],
    ["why does my neck hurt after working out", CAUSES_ANSWER.point],
    ["how can I prevent neck pain", PREVENTION_ANSWER.point],
    ["how do I stop my neck hurting when I lift", PREVENTION_ANSWER.point],
    ["my neck hurts what should I do", RELIEF_ANSWER.point],
    ["when should I see a doctor", PROFESSIONAL_ANSWER.point],
    ["should I see a physical therapist", PROFESSIONAL_ANSWER.point],
    ["what are the key points", TAKEAWAYS_ANSWER.point],
  ];
  for (const [utterance, point] of cases) {
    it(`"${utterance}" gets the point first, then one offer`, async () => {
      const reply = await newDevice().say(`ask neck coach ${utterance}`);
      expect(reply.speech.replace(DISCLAIMER_SHORT, "").trim().startsWith(point)).toBe(true);
      expect(reply.speech.match(/\?/g)?.length).toBe(1);
      expect(reply.open).toBe(true);
    });
  }

  it("explains a named exercise and offers a fitting stretch", async () => {
    const deadlift = EXERCISES.find((e) => e.id === "deadlift");
    const reply = await newDevice().say("ask neck coach why my neck hurts after deadlifts");
    expect(reply.speech).toContain(deadlift?.why);
    expect(reply.speech).toContain(deadlift?.keepSafe);
    expect(reply.open).toBe(true);
  });

  it("can deadlifts hurt my neck, then yes teaches the stretch offered", async () => {
    const user = newDevice();
    const [answer] = await talk(user, "U: ask neck coach can deadlifts hurt my neck");
    const offered = /teach you the ([a-z ]+)\?/.exec(answer?.speech ?? "")?.[1];
    expect(offered).toBeTruthy();
    await talk(user, "U: yes", `A: Here's the ${offered}.`);
  });

  it("yes after the causes answer gives prevention tips", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach why does my neck hurt after the gym",
      "U: yes",
      `A: ${PREVENTION_ANSWER.point}`,
    );
  });
});

describe("built-ins", () => {
  it("help explains and keeps the session open", async () => {
    await talk(newDevice(), "U: open neck coach", "U: help", "A: /Ask me how to do a stretch/", "A: [open]");
  });

  it("stop and cancel say a short goodbye and end the session", async () => {
    await talk(newDevice(), "U: open neck coach", "U: stop", "A: /goodbye|see you|go gently/i", "A: [ended]");
    await talk(newDevice(), "U: open neck coach", "U: cancel", "A: [ended]");
  });

  it("fallback gives a way on and keeps the session open", async () => {
    const user = newDevice();
    await user.say("open neck coach");
    const reply = await user.intend("AMAZON.FallbackIntent");
    expect(reply.speech).toMatch(/didn't catch that/);
    expect(reply.open).toBe(true);
  });

  it("yes with nothing offered explains what to ask", async () => {
    const user = newDevice();
    await user.say("open neck coach");
    const reply = await user.say("yes");
    expect(reply.open).toBe(true);
    expect(reply.speech).toMatch(/What would you like/);
  });

  it("repeat outside a routine does the last thing again", async () => {
    const user = newDevice();
    const [first] = await talk(user, "U: ask neck coach how do I prevent neck pain");
    const [again] = await talk(user, "U: repeat that");
    expect(again?.speech).toBe(first?.speech.replace(`${DISCLAIMER_SHORT} `, ""));
  });
});

describe("keeping the neck safe in one exercise", () => {
  it("answers how to protect the neck during a named exercise", async () => {
    const overhead = EXERCISES.find((e) => e.id === "overhead-press");
    const reply = await newDevice().say("ask neck coach how do I protect my neck during overhead presses");
    expect(reply.speech).toContain(overhead?.keepSafe);
    expect(reply.speech).not.toContain(overhead?.why);
    expect(reply.open).toBe(true);
  });
});

describe("a stretch without a name", () => {
  it("teaches the stretch just offered when one was", async () => {
    const user = newDevice();
    const [answer] = await talk(user, "U: ask neck coach can deadlifts hurt my neck");
    const offered = /teach you the ([a-z ]+)\?/.exec(answer?.speech ?? "")?.[1];
    await talk(user, "U: teach me a stretch", `A: Let's do a ${offered}.`);
  });
});
