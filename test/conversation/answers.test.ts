/**
 * Every piece of content can be reached by voice and is spoken on its own:
 * each cause, each prevention habit, the lifts that strain the neck, ice or
 * heat, pain relievers, how long soreness lasts, water and food, how to
 * stretch safely; follow-ups go one level deeper; questions about the
 * routines are answered from the routine data.
 */
import { describe, expect, it } from "vitest";
import { PREVENTION_TIPS, STRETCH_GUIDANCE_ANSWER } from "../../models/content/answers";
import { CAUSES } from "../../models/content/causes";
import { HELP, TOPIC_TALK } from "../../models/content/prompts";
import {
  CAUSE_MORE,
  HABIT_MORE,
  ICE_OR_HEAT,
  NUTRITION,
  OVERVIEW_MORE,
  PAIN_MEDICINE,
  SORENESS_DURATION,
} from "../../models/content/topics";
import { newDevice, talk } from "../support/conversation";

const cause = (id: string) => CAUSES.find((c) => c.id === id)?.explanation ?? "missing";
const tip = (id: string) => PREVENTION_TIPS.find((t) => t.id === id)?.say ?? "missing";

describe("each cause, on its own", () => {
  it.each([
    ["could bad posture cause neck pain", "posture"],
    ["could repetitive movements cause neck pain", "repetition"],
    ["could sudden movements cause neck pain", "sudden-movement"],
    ["could a muscle imbalance cause neck pain", "muscle-imbalance"],
    ["could an old injury cause neck pain", "existing-condition"],
  ])('"%s": the %s cause explained', async (line, id) => {
    await talk(newDevice(), `U: ask neck coach ${line}`, `A: ${cause(id)}`, "A: [open]");
  });
});

describe("each prevention habit, in full", () => {
  it.each([
    ["does a trainer help prevent neck pain", "form"],
    ["does warming up help prevent neck pain", "warm-up"],
    ["does cooling down help prevent neck pain", "warm-up"],
    ["does strengthening my upper back help prevent neck pain", "strength"],
    ["does listening to my body help prevent neck pain", "listen"],
    ["does active recovery help prevent neck pain", "rest"],
    ["does adding weight slowly help prevent neck pain", "progress"],
  ])('"%s": the %s habit', async (line, id) => {
    await talk(newDevice(), `U: ask neck coach ${line}`, `A: ${tip(id)}`, "A: [open]");
  });
});

describe("short answers", () => {
  it("the lifts that strain the neck, as a list", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach which lifts are bad for my neck",
      "A: The lifts that most often strain the neck are the overhead press, the pull up, the deadlift and the machine without neck support.",
    );
  });

  it.each([
    ["should i use ice or heat", ICE_OR_HEAT.point],
    ["can i take a painkiller for my neck", PAIN_MEDICINE.point],
    ["how long will neck soreness last", SORENESS_DURATION.point],
    ["what should i eat and drink to recover", NUTRITION.point],
    ["how do i stretch safely", STRETCH_GUIDANCE_ANSWER.point],
  ])('"%s"', async (line, point) => {
    const [reply] = await talk(newDevice(), `U: ask neck coach ${line}`, `A: ${point}`, "A: [open]");
    expect(reply?.reprompt).toMatch(/\?|Yes or no/);
  });

  it("pain relievers: general, no doses", async () => {
    const [reply] = await talk(
      newDevice(),
      "U: ask neck coach can i take ibuprofen",
      "A: Read the label, and ask a pharmacist",
    );
    expect(reply?.speech).not.toMatch(/\d+\s*(mg|milligram)/i);
  });
});

describe("follow-ups go one level deeper on the last topic", () => {
  it("tell me more after the causes", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: why does my neck hurt after the gym",
      "U: tell me more",
      `A: ${OVERVIEW_MORE.causes[0]}`,
      "A: [open]",
    );
  });

  it("why, after one cause: how to guard against it", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: could bad posture cause neck pain",
      "U: tell me more",
      `A: ${CAUSE_MORE.posture}`,
    );
  });

  it("go on, after a habit", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: does warming up help prevent neck pain",
      "U: go on",
      `A: ${HABIT_MORE["warm-up"]}`,
    );
  });

  it("what else, once the deeper answer is said, asks the question still waiting again, and a yes answers it", async () => {
    const user = newDevice();
    const [, answered] = await talk(user, "U: open neck coach", "U: should i use heat or ice");
    const question = answered?.speech.split(/(?<=\.) /).at(-1) ?? "";
    expect(question).toMatch(/\?$/);
    await talk(user, "U: tell me more", `A: ${question}`);
    await talk(user, "U: what else", `A: ${TOPIC_TALK.nothingDeeper} ${question}`, "A: [open]");
    const [yes] = await talk(user, "U: yes");
    expect(yes?.speech).not.toContain(question);
    expect(yes?.attributes["dialog"]).toHaveProperty("said.kind", "answer");
  });

  it("with nothing said yet: what there is to know more about, not routine help", async () => {
    const [, reply] = await talk(
      newDevice(),
      "U: open neck coach",
      "U: tell me more",
      "A: What would you like to know more about?",
      "A: [open]",
    );
    expect(reply?.speech).not.toMatch(/say next|routine/i);
  });
});

describe("questions about the routines, from the routine data", () => {
  it("which routines there are, with their lengths", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach what routines do you have",
      "A: /I have 4 routines: the quick routine, (about|just over|just under) [a-z ]+ minutes?, the after lifting routine, (about|just over|just under) [a-z ]+, the full routine, (about|just over|just under) [a-z ]+ and the strength routine, (about|just over|just under) [a-z ]+\\./",
      "A: [open]",
    );
  });

  it("how long the full one is", async () => {
    const [about] = await talk(
      newDevice(),
      "U: ask neck coach what is in the full routine",
      "A: /The full routine has 9 stretches and takes (about|just over|just under) [a-z ]+ minutes\\./",
      "A: Shall we start the full routine?",
      "U: yes",
      "A: Here's the full routine",
    );
    // The count is said once: the description that follows does not say it again.
    expect(about?.speech).not.toMatch(/\bnine stretches\b/i);
  });

  it.each(["quick", "after lifting", "full", "strength"])(
    "the %s routine's description does not repeat its count",
    async (name) => {
      const [about] = await talk(newDevice(), `U: ask neck coach what is in the ${name} routine`);
      const [, count, steps] = /has (\d+) (stretches|exercises)/.exec(about?.speech ?? "") ?? [];
      expect(count).toBeDefined();
      const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
      expect(about?.speech).not.toMatch(new RegExp(`\\b${words[Number(count)]} ${steps}\\b`, "i"));
    },
  );

  it("what can you do: a short menu", async () => {
    await talk(newDevice(), "U: open neck coach", "U: what can you do", `A: ${HELP.general}`, "A: [open]");
  });
});

describe("a line the skill cannot place", () => {
  it("after an answer, the offer it made still stands", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: why does my neck hurt after the gym");
    const reply = await user.intend("AMAZON.FallbackIntent");
    expect(reply.speech).toMatch(/^Sorry, I didn't catch that\. Would you like some tips to prevent it\?/);
    await talk(user, "U: yes", "A: Good form, a proper warm up");
  });

  it("in a routine, the routine words", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: start the quick routine");
    expect((await user.intend("AMAZON.FallbackIntent")).speech).toMatch(/Say next when you're ready/);
  });

  it("outside a routine, never routine help", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: no");
    const fresh = newDevice();
    await talk(fresh, "U: open neck coach");
    expect((await fresh.intend("AMAZON.FallbackIntent")).speech).not.toMatch(/say next/i);
  });
});

describe("asking about a topic: one intent, the topic in its slot", () => {
  it.each([
    ["what about ice or heat", ICE_OR_HEAT.point],
    ["heat or ice", ICE_OR_HEAT.point],
    ["does ice or heat help", ICE_OR_HEAT.point],
    ["is ibuprofen good for my neck", PAIN_MEDICINE.point],
    ["tell me about painkillers", PAIN_MEDICINE.point],
    ["how long does soreness last", SORENESS_DURATION.point],
    ["is protein good for my neck", NUTRITION.point],
    ["tell me about stretching safely", STRETCH_GUIDANCE_ANSWER.point],
  ])('"%s" gives that topic\'s answer', async (line, point) => {
    await talk(newDevice(), "U: open neck coach", `U: ${line}`, `A: ${point}`, "A: [open]");
  });

  it("a topic Alexa heard but could not resolve is searched for, as free text would be", async () => {
    const heard = newDevice();
    await talk(heard, "U: open neck coach");
    const searched = newDevice();
    await talk(searched, "U: open neck coach");
    const asked = await heard.intend("AskAboutIntent", { topic: "cooling down" });
    const looked = await searched.intend("SearchIntent", { query: "cooling down" });
    expect(asked.speech).toBe(looked.speech);
    expect(asked.speech).toContain(tip("warm-up"));
  });

  it("with no topic at all: a few questions it answers, each understood and answered when said back", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach");
    const reply = await user.intend("AskAboutIntent");
    expect(reply.speech).toMatch(
      /^I didn't catch what that was about\. You can ask me things like: .*\. What would you like to know\?$/,
    );
    expect(reply.reprompt).toMatch(/^For example, say /);
    const examples = /things like: (.*), or (.*)\. What/.exec(reply.speech);
    const asked = [...(examples?.[1]?.split(", ") ?? []), examples?.[2] ?? ""];
    expect(asked).toEqual([
      "can I train with a sore neck",
      "ice or heat",
      "which pillow is best",
      "when to see a doctor",
    ]);
    const answered = [];
    for (const question of asked) {
      const [answer] = await talk(newDevice(), `U: ask neck coach ${question.toLowerCase()}`);
      answered.push((answer?.attributes["dialog"] as { said?: unknown } | undefined)?.said);
    }
    expect(answered).toEqual([
      { kind: "lifter", topic: "training-sore-neck" },
      { kind: "answer", topic: "ice-or-heat" },
      { kind: "lifter", topic: "sleep-pillow" },
      { kind: "answer", topic: "professional" },
    ]);
    await talk(user, "U: what about pain relievers", `A: ${PAIN_MEDICINE.point}`);
  });
});
