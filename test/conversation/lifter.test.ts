/**
 * A lifter's questions, through the real model to SearchIntent and the
 * full-text search, answered from models/content/lifter.ts: each topic on
 * its own, with its follow-up (or none), "tell me more" one level deeper,
 * "yes" doing what was offered, and each locale's own care and words.
 */
import { describe, expect, it } from "vitest";
import { LIFTER_ANSWERS, type LifterTopicId } from "../../models/content/lifter";
import { HABIT_MORE } from "../../models/content/topics";
import { PREVENTION_TIPS } from "../../models/content/answers";
import { contentFor, type SupportedLocale } from "../../models/locales";
import { newDevice, talk } from "../support/conversation";

const point = (id: LifterTopicId) => LIFTER_ANSWERS[id].point;

describe("every lifter topic, asked as a question, is answered from that topic", () => {
  it.each<[string, LifterTopicId]>([
    ["what do you think about lifting with a sore neck", "training-sore-neck"],
    ["what do you think about deloading", "back-to-heavy"],
    ["how about doms or a strain", "soreness-or-strain"],
    ["what do you know about pain on only one side", "one-side"],
    ["what do you think about a pinched nerve", "pinched-nerve"],
    ["is my pillow okay", "sleep-pillow"],
    ["what do you think about looking at my phone", "tech-neck"],
    ["what do you know about forward head posture", "forward-head"],
    ["does stress make neck pain worse", "stress"],
    ["what do you think about looking up when squatting", "gaze"],
    ["is a theragun good for my neck", "massage"],
    ["should i try foam rolling", "foam-rolling"],
    ["is a sauna a good idea", "sauna"],
    ["should i use a heating pad", "heat-pack"],
    ["how about cracking my neck", "neck-cracking"],
    ["should i try a neck brace", "brace-collar"],
    ["should i try a chiropractor", "chiro-physio"],
    ["what do you think about creatine", "supplements"],
    ["should i try a neck harness", "neck-strength"],
    ["what do you know about headaches when lifting", "lifting-headache"],
    ["what do you think about a neck warm up", "neck-warm-up"],
    ["what do you think about stretching every day", "stretch-often"],
    ["what do you think about stretching before lifting", "stretch-when"],
    // In the words people use for the topic itself, heard as the topic's slot value.
    ["is it bad to crack your neck", "neck-cracking"],
    ["should i stretch before my workout or after", "stretch-when"],
    ["can i lift with a stiff neck", "training-sore-neck"],
    ["should i be training right now", "training-sore-neck"],
    ["what about pinched nerves", "pinched-nerve"],
  ])('"%s": %s', async (line, id) => {
    const [reply] = await talk(newDevice(), `U: ask neck coach ${line}`, `A: ${point(id)}`, "A: [open]");
    const followUp = LIFTER_ANSWERS[id].followUp;
    if (followUp?.kind === "lifter") expect(reply?.speech).toContain(LIFTER_ANSWERS[followUp.topic].offerLine);
    if (followUp === null) expect(reply?.speech).not.toMatch(/Would you like/);
    // Never the stretch lesson nobody asked for.
    expect(reply?.speech).not.toMatch(/Here's the|Hold it there/);
  });
});

describe("what the answers say around them", () => {
  it("a headache under load: the cause, and the safety table's emergency line with the number", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach what do you know about headaches when lifting",
      "A: holding your breath",
      "A: A headache that comes on suddenly and severely with neck pain needs care right away: call nine one one from your phone.",
    );
  });

  it("tell me more goes one level deeper, and yes takes the offer", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: what do you think about lifting with a sore neck",
      `A: ${point("training-sore-neck")}`,
      `A: ${LIFTER_ANSWERS["back-to-heavy"].offerLine}`,
      "U: tell me more",
      `A: ${LIFTER_ANSWERS["training-sore-neck"].more[0]}`,
      "U: yes",
      `A: ${point("back-to-heavy")}`,
      "A: Would you like to try the strength routine?",
      "A: [open]",
    );
  });

  it("an answer that offers a stretch teaches it on yes", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: is a theragun good for my neck",
      "A: Would you like me to teach you the neck massage?",
      "U: yes",
      "A: Here's the neck massage.",
    );
  });

  it("foam rolling: the upper back, not the neck, in the answer and in the warm-up habit", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach should i try foam rolling",
      "A: Foam roll your upper back",
      "A: not your neck itself",
    );
    const warmUp = PREVENTION_TIPS.find((t) => t.id === "warm-up");
    expect(`${warmUp?.say} ${HABIT_MORE["warm-up"]}`).toMatch(/upper back/);
    expect(`${warmUp?.say}`).not.toMatch(/foam rolling\.$/);
  });
});

describe("each locale's care and words", () => {
  it.each([
    ["en-GB", "chiro-physio", "A physio is a good first choice"],
    ["en-GB", "pinched-nerve", "see your GP soon"],
    ["en-AU", "chiro-physio", "Plenty of people see a chiro or an osteo instead."],
    ["en-AU", "supplements", "the pharmacist at your chemist"],
    ["en-IN", "chiro-physio", "A physiotherapist is a good first choice"],
    ["en-CA", "massage", "from an RMT"],
    ["en-CA", "gaze", "a couple of metres ahead"],
  ] as const)("%s, %s: %s", async (locale, id, words) => {
    const lines: Record<string, string> = {
      "chiro-physio": "should i try a chiropractor",
      "pinched-nerve": "what do you think about a pinched nerve",
      supplements: "what do you think about creatine",
      massage: "is a massage gun good for my neck",
      gaze: "what do you think about looking up when squatting",
    };
    expect(contentFor(locale).lifter[id].point + contentFor(locale).lifter[id].detail.join(" ")).toContain(words);
    await talk(newDevice({ locale }), `U: ask neck coach ${lines[id]}`, `A: ${words}`, "A: [open]");
  });

  it("en-AU: when to see someone names a chiro or osteo", async () => {
    await talk(newDevice({ locale: "en-AU" }), "U: ask neck coach when should i see a doctor", "A: chiro or osteo");
  });
});

describe("a lifter's question with what people say around the topic, in each locale's words", () => {
  it.each<[SupportedLocale, string, LifterTopicId]>([
    ["en-US", "when can i max out again", "back-to-heavy"],
    ["en-US", "tell me where to keep my head", "gaze"],
    ["en-US", "what about a headache on heavy sets", "lifting-headache"],
    ["en-US", "is it just doms", "soreness-or-strain"],
    ["en-US", "what about looking at my phone between sets", "tech-neck"],
    ["en-US", "how often should i stretch", "stretch-often"],
    ["en-GB", "does sitting at a desk do my neck in", "tech-neck"],
    ["en-AU", "is a theragun alright to use on me neck", "massage"],
    ["en-AU", "is a neck brace worth getting", "brace-collar"],
    ["en-IN", "right side of neck is paining what is the reason", "one-side"],
    ["en-CA", "can i still train legs eh", "training-sore-neck"],
    ["en-US", "okay could my pillow be the problem", "sleep-pillow"],
    ["en-US", "should i foam roll my upper back too", "foam-rolling"],
    ["en-GB", "ought i to be foam rolling my neck", "foam-rolling"],
    ["en-AU", "is it dodgy to pop my neck", "neck-cracking"],
    ["en-AU", "can creatine muck with your neck at all", "supplements"],
    ["en-IN", "is it okay to keep a hot water bag on my neck", "heat-pack"],
    ["en-CA", "can i use my massage gun on my neck", "massage"],
  ])("%s: %s", async (locale, line, id) => {
    await talk(
      newDevice({ locale }),
      `U: ask neck coach ${line}`,
      `A: ${contentFor(locale).lifter[id].point}`,
      "A: [open]",
    );
  });
});
