/**
 * The conversation as a person hears it (issue 21, section 3), each habit a
 * person would notice, as U:/A: turns through the real model: misses, one-shots,
 * pending questions, "where was I", offers, numbers, cues, pauses, teaching
 * the right movement; and the strength routine, on request and as an offer.
 */
import { describe, expect, it } from "vitest";
import { STRETCH_GUIDANCE_ANSWER } from "../../models/content/answers";
import { LIFTER_ANSWERS } from "../../models/content/lifter";
import { STRETCHES } from "../../models/content/stretches";
import {
  ANSWER_TALK,
  DISCOMFORT,
  FALLBACK,
  PACE,
  ROUTINE_TALK,
  TOPIC_TALK,
  WELCOME,
} from "../../models/content/prompts";
import { ICE_OR_HEAT, NUTRITION, SORENESS_DURATION } from "../../models/content/topics";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { newDevice, talk, type Reply, type TestDevice } from "../support/conversation";

const attributesIndex = (reply: Reply | undefined) =>
  (reply?.attributes["record"] as { routine?: { index: number } } | undefined)?.routine?.index;

describe("misses: varied, and after two in a row, what works here and now", () => {
  it("after an answer, the question stays; the second miss says what works; yes still answers it", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: should i use ice or heat", `A: ${ICE_OR_HEAT.point}`);
    const first = await user.intend("AMAZON.FallbackIntent");
    expect(first.speech).toContain(ANSWER_TALK.offerSorenessDuration);
    const second = await user.intend("AMAZON.FallbackIntent");
    expect(second.speech).toContain(FALLBACK.hereAndNow.offer(ANSWER_TALK.offerSorenessDuration));
    const third = await user.intend("AMAZON.FallbackIntent");
    expect(new Set([first.speech, second.speech, third.speech]).size).toBe(3);
    await talk(user, "U: yes", `A: ${SORENESS_DURATION.point}`);
  });

  it("in a routine: the second miss names the stretch and what to say", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine");
    const first = await user.intend("AMAZON.FallbackIntent");
    const second = await user.intend("AMAZON.FallbackIntent");
    expect(second.speech).toContain(FALLBACK.hereAndNow.routine("shoulder roll"));
    expect(second.speech).not.toBe(first.speech);
    await talk(user, "U: next", "A: stretch 2 of 3, the chin tuck");
  });

  it("idle: the second miss says what works right now", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach");
    await user.intend("AMAZON.FallbackIntent");
    const second = await user.intend("AMAZON.FallbackIntent");
    expect(second.speech).toContain(FALLBACK.hereAndNow.idle);
    expect(second.open).toBe(true);
  });
});

describe("routine words with no routine: the offer is not said twice in the same words", () => {
  it("next, then how many left, then resume: the second and third say what works; yes still starts it", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: open neck coach",
      "U: next",
      `A: ${ROUTINE_TALK.notInRoutine("quick routine")}`,
      "U: how many are left",
      `A: ${ROUTINE_TALK.notInRoutineAgain("quick routine")}`,
      "U: resume my routine",
      `A: ${ROUTINE_TALK.notInRoutineAgain("quick routine")}`,
      "U: yes",
      "A: stretch 1 of 3, the shoulder roll",
    );
  });

  it("after something else was said, the first words come back", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: next",
      `A: ${ROUTINE_TALK.notInRoutine("quick routine")}`,
      "U: what stretches do you know",
      "U: how many are left",
      `A: ${ROUTINE_TALK.notInRoutine("quick routine")}`,
    );
  });
});

describe("one-shots speak of a routine only when one runs in this session", () => {
  it("help and wait, in new sessions over a routine saved yesterday", async () => {
    const store = new MemoryStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: pause");
    const [help] = await talk(newDevice({ store }), "U: ask neck coach for help", "A: [open]");
    expect(help?.speech).not.toMatch(/You're in a routine|Say next/);
    const [wait] = await talk(newDevice({ store }), "U: ask neck coach to wait", "A: [open]");
    expect(wait?.speech).not.toMatch(/Say next|carry on with your routine/);
  });

  it("what's next and how many are left, over a routine paused yesterday: where it stopped and the question, never 'say next'", async () => {
    const store = new MemoryStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: pause");
    const question = WELCOME.inProgress("quick routine", "chin tuck");
    const [next] = await talk(newDevice({ store }), "U: ask neck coach what's next", `A: ${question}`);
    const user = newDevice({ store });
    const [left] = await talk(
      user,
      "U: ask neck coach how many stretches are left",
      "A: 2 stretches still to do",
      `A: ${question}`,
    );
    for (const reply of [next, left]) expect(reply?.speech).not.toMatch(/Say next/);
    await talk(user, "U: yes", "A: stretch 2 of 3, the chin tuck");
  });

  it("a yes nobody asked for, over a routine paused yesterday: the question first, then the routine", async () => {
    const store = new MemoryStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: pause");
    const user = newDevice({ store });
    const [yes] = await talk(user, "U: ask neck coach yes", `A: ${WELCOME.inProgress("quick routine", "chin tuck")}`);
    expect(yes?.speech).not.toContain("stretch 2 of 3");
    await talk(user, "U: yes", "A: stretch 2 of 3, the chin tuck");
  });
});

describe("every yes or no answers the question last asked", () => {
  it('"that hurts", then "go on": the gentler version', async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach to start the quick routine",
      "U: next",
      "U: that hurts",
      "A: gentler version of the chin tuck",
      "U: go on",
      "A: Here's a gentler chin tuck.",
    );
  });

  it('"that hurts", a miss, then "yes": the gentler version, not the next stretch', async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: next", "U: that hurts");
    const missed = await user.intend("AMAZON.FallbackIntent");
    expect(missed.speech).toContain("gentler version of the chin tuck");
    const [yes] = await talk(user, "U: yes", "A: Here's a gentler chin tuck.");
    expect(attributesIndex(yes)).toBe(1);
  });

  it('"that hurts", "hang on", then "yes": still the gentler version', async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach to start the quick routine",
      "U: next",
      "U: that hurts",
      "U: hang on",
      "U: yes",
      "A: Here's a gentler chin tuck.",
    );
  });

  it('"that hurts", "repeat": the question again, not the stretch', async () => {
    const user = newDevice();
    const [, , , again] = await talk(
      user,
      "U: ask neck coach to start the quick routine",
      "U: next",
      "U: that hurts",
      "U: repeat that",
      "A: gentler version of the chin tuck",
    );
    expect(again?.speech).not.toContain("Hold it there");
  });
});

describe('"start it" starts the routine just offered', () => {
  it("heard as start over, after the strength routine was described: the strength routine", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: open neck coach",
      "U: what's in the strength routine",
      "A: Shall we start the strength routine?",
    );
    const started = await user.intend("AMAZON.StartOverIntent");
    expect(started.speech).toContain("Here's the strength routine");
  });

  it("start my routine, after the full routine was described: the full routine, not the usual one", async () => {
    const store = new MemoryStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: i'm done");
    await talk(
      newDevice({ store }),
      "U: open neck coach",
      "U: how long is the full routine",
      "U: start my routine",
      "A: Here's the full routine",
    );
  });

  it("over a routine saved yesterday, start over after an offer starts the one offered", async () => {
    const store = new MemoryStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: pause");
    const user = newDevice({ store });
    await talk(user, "U: open neck coach", "U: no", "U: what's in the strength routine");
    const started = await user.intend("AMAZON.StartOverIntent");
    expect(started.speech).toContain("Here's the strength routine");
  });
});

describe("a question in the middle of a routine", () => {
  it("is answered, then the routine goes on: yes carries on, it does not start something else", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach to start the quick routine",
      "U: what do you think about massage guns",
      `A: ${LIFTER_ANSWERS.massage.point}`,
      "A: Say next when you're ready to carry on with your routine.",
      "U: yes",
      "A: stretch 2 of 3, the chin tuck",
    );
  });
});

describe('"where was I" says where you are', () => {
  it("mid-routine: the stretch you are on, and the place does not move", async () => {
    const user = newDevice();
    const [, , where] = await talk(
      user,
      "U: ask neck coach to start the quick routine",
      "U: next",
      "U: where was i",
      "A: You're on stretch 2 of 3, the chin tuck. Say next for the neck half circle",
      "A: [open]",
    );
    expect(attributesIndex(where)).toBe(1);
    await talk(user, "U: next", "A: stretch 3 of 3, the neck half circle");
  });
});

describe("questions get answers, and the offers after them vary", () => {
  it("is looking at my phone making it worse: an answer, not a lesson", async () => {
    const [reply] = await talk(
      newDevice(),
      "U: ask neck coach does looking at my phone make neck pain worse",
      `A: ${LIFTER_ANSWERS["tech-neck"].point}`,
    );
    expect(reply?.speech).not.toMatch(/Here's the|Tip your/);
  });

  it("different questions, different offers, and sometimes none", async () => {
    const offers: string[] = [];
    for (const line of [
      "should i use ice or heat",
      "when should i see a doctor",
      "how do i stretch safely",
      "what should i eat and drink to recover",
      "could bad posture cause neck pain",
    ]) {
      const [reply] = await talk(newDevice(), `U: ask neck coach ${line}`, "A: [open]");
      offers.push(/(Would you like[^?]*\?)/.exec(reply?.speech ?? "")?.[1] ?? "none");
    }
    expect(offers).not.toContain("Would you like me to teach you the side neck stretch?");
    expect(offers).not.toContain("Would you like me to teach you the chin tuck?");
    expect(offers).toContain("none");
    expect(new Set(offers).size).toBe(offers.length);
    await talk(
      newDevice(),
      "U: ask neck coach what should i eat and drink to recover",
      `A: ${NUTRITION.point}`,
      "A: What else would you like to know?",
    );
  });
});

describe("numbers as a person says them", () => {
  it("routine lengths: about, just over, just under; no digits, no quarters", async () => {
    const [menu] = await talk(
      newDevice(),
      "U: ask neck coach what routines do you have",
      "A: the after lifting routine, just over five minutes",
    );
    expect(menu?.speech).not.toMatch(/\d and|three quarter|a quarter minutes/);
  });

  it('"just count" says no lone count for a one-rep stretch', async () => {
    const user = newDevice();
    const [, , , counted] = await talk(
      user,
      "U: ask neck coach to start the after lifting routine",
      "U: next",
      "U: next",
      "U: i want just counting",
      "A: Right side.",
    );
    expect(counted?.speech).not.toMatch(/\b(1|One)\./);
  });

  it('"just count" counts each press of the isometric neck press, and says which way, never one long silence', async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the strength routine", "U: less talking", "U: next");
    const [press] = await talk(user, "U: next", "A: the isometric neck press");
    expect(press?.speech).toMatch(/One\. Forward\..*Two\. Back\..*Three\. Right side\..*Four\. Left side\./s);
  });

  it.each(STRETCHES.map((s) => s.name))(
    "the %s lesson announces its last rep once, never 'Last one. One more'",
    async (name) => {
      const lesson = await newDevice().intend("TeachStretchIntent", { stretch: name });
      expect(lesson.speech).toContain(`the ${name}`);
      expect(lesson.speech).not.toMatch(/(Last one|One more time|Final one)\. (One more|Once more)/);
    },
  );

  it("the neck tilt's last rep is announced once, not 'One more time. Once more'", async () => {
    const [lesson] = await talk(newDevice(), "U: ask neck coach how do i do a neck tilt", "A: Here's the neck tilt.");
    expect(lesson?.speech).not.toMatch(/(Last one|One more time|Final one)\. Once more/);
  });
});

describe("cues and timing of a taught stretch", () => {
  it("the doorway chest stretch gives time to find a doorway before the first cue", async () => {
    const [lesson] = await talk(newDevice(), "U: ask neck coach how do i do the doorway chest stretch");
    expect(lesson?.speech).toMatch(
      /door frame, elbows level with your shoulders\.[^[]*\[pause 8s\] Step one foot forward/,
    );
    const [tuck] = await talk(newDevice(), "U: ask neck coach how do i do a chin tuck");
    expect(tuck?.speech).toMatch(/\[pause 3s\] Gently glide your chin/);
  });

  it("the chin tuck lesson varies its cues instead of one line five times", async () => {
    const [lesson] = await talk(newDevice(), "U: ask neck coach how do i do a chin tuck", "A: Here's the chin tuck.");
    expect(lesson?.speech.match(/And again, chin straight back\. Hold\./g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(lesson?.speech.match(/And release\./g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("the gentler chin tuck says what the quiet seconds are for", async () => {
    const [, , , gentler] = await talk(
      newDevice(),
      "U: open neck coach",
      "U: how do i do a chin tuck",
      "U: that hurts",
      "U: yes",
      "A: one slow breath",
      "A: until I speak again",
    );
    expect(gentler?.speech).not.toContain("a couple of seconds");
  });

  it("the gentle hold ends with a release cue", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: how do i do a chin tuck",
      "U: that hurts",
      "U: yes",
      "A: [pause 10s] And let it go.",
    );
  });

  it("with a routine saved from another day, a lesson's gentler version talks as a lesson, not a routine", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: stop");
    const [, , hurts, gentler] = await talk(
      user,
      "U: open neck coach",
      "U: how do i do a chin tuck",
      "U: that hurts",
      "U: yes",
    );
    expect(hurts?.speech).toContain("gentler version of the chin tuck");
    expect(hurts?.speech).not.toContain("skip for the next one");
    expect(gentler?.speech).toContain("Here's a gentler chin tuck.");
    expect(gentler?.speech).not.toMatch(/say next|skip it/i);
    expect(gentler?.reprompt).not.toMatch(/say next/i);
  });
});

describe("straight through, a few seconds to change position", () => {
  it("is announced, and the pause is there between stretches", async () => {
    const [, reply] = await talk(
      newDevice(),
      "U: open neck coach",
      "U: play the quick routine without stopping",
      "A: I'll leave a few seconds between stretches to change position.",
    );
    // Two changes of position in three stretches: a pause of CHANGE_SECONDS before each later chime.
    expect(reply?.ssml.match(/<break time="4s"\/>\s*<audio/g)?.length).toBe(2);
  });
});

describe("names teach the movement they name, with its caution", () => {
  it.each(["how do i do a neck extension", "teach me chin to chest"])(
    '"%s": the chin to chest nod, not a side tilt',
    async (line) => {
      const [reply] = await talk(
        newDevice(),
        `U: ask neck coach ${line}`,
        "A: Here's the chin to chest nod.",
        "A: lower your chin toward your chest",
      );
      expect(reply?.speech).not.toMatch(/ear toward your/);
    },
  );

  it("the seated forward fold warns about glaucoma and high blood pressure", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach how do i do the seated forward fold",
      "A: glaucoma or high blood pressure",
    );
  });

  it.each(STRETCHES.map((s) => [s.name]))("the %s lesson never says the same cue three times", async (name) => {
    const [reply] = await talk(newDevice(), `U: ask neck coach to teach me the ${name}`, `A: Here's the ${name}.`);
    const sentences = (reply?.speech ?? "")
      .replace(/\[[^\]]*\]/g, " ")
      .split(/(?<=[.!?])\s+/)
      .map((x) => x.trim())
      .filter((x) => x.split(" ").length >= 3);
    const counts = new Map<string, number>();
    for (const sentence of sentences) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n >= 3)).toEqual([]);
  });

  it("the half circle says why it stays in front, once", async () => {
    const [reply] = await talk(
      newDevice(),
      "U: ask neck coach how do i do a neck half circle",
      "A: It replaces full neck rolls",
    );
    expect(reply?.speech.match(/full neck rolls/g)).toHaveLength(1);
    expect(reply?.speech.match(/tip(ping)? (your head )?(far )?back/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe("the strength routine", () => {
  it("on request, narrated with its cautions, in under four minutes", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach to start the neck strengthening routine",
      "A: /Here's the strength routine: 4 exercises, (just under four minutes|about three and a half minutes)\\./",
      "A: Slow circles, neck long.",
      "U: next",
      "A: exercise 2 of 4, the chin tuck hold. Gentle effort, eyes level.",
      "A: about a quarter of your strength",
      "U: next",
      "A: the isometric neck press. Light effort only.",
      "U: next",
      "A: the shoulder blade squeeze. Shoulders down, chin level.",
    );
  });

  it("counts exercises, not stretches: how many are left, where was I, I'm done", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach to start the strength routine",
      "U: how many are left",
      "A: /^3 exercises left after this one, /",
      "U: next",
      "U: where was i",
      "A: You're on exercise 2 of 4, the chin tuck hold.",
      "U: i'm done for today",
      "A: Good work: that's 2 of 4 exercises of the strength routine.",
    );
    const reply = await user.say("what's in the strength routine");
    expect(reply.speech).toMatch(/The strength routine has 4 exercises and takes /);
    expect(reply.speech).not.toMatch(/stretch(es)? /);
  });

  it("offered after every third stretch routine finished; yes starts it", async () => {
    const user = newDevice();
    let last: Reply | undefined;
    for (let round = 1; round <= 3; round++) {
      await user.say("ask neck coach to start the quick routine");
      for (let i = 0; i < 3; i++) last = await user.say("next");
      if (round < 3) expect(last?.open).toBe(false);
    }
    expect(last?.speech).toContain("That's 3 routines finished.");
    expect(last?.speech).toContain(ROUTINE_TALK.offerStrength);
    expect(last?.open).toBe(true);
    await talk(user, "U: yes", "A: Here's the strength routine");
  });
});

/** A new user on the quick routine's last stretch (3 of 3), narrated. */
async function onLastStretch(): Promise<TestDevice> {
  const user = newDevice();
  await talk(user, "U: ask neck coach to start the quick routine", "U: next", "U: next", "A: stretch 3 of 3");
  return user;
}

describe("the last stretch: a goodbye there finishes the routine, unless it hurt", () => {
  it("thanks on the last stretch: the routine is counted and the session ends; the next visit offers it afresh", async () => {
    await talk(
      await onLastStretch(),
      "U: thanks",
      "A: Routine complete.",
      "A: That's your first routine finished.",
      "A: [ended]",
      "U: open neck coach",
      "A: Shall we start your usual quick routine?",
    );
  });

  it("no on the last stretch: counted too", async () => {
    await talk(await onLastStretch(), "U: no", "A: That's your first routine finished.", "A: [ended]");
  });

  it("pause on the last stretch keeps the place, as pause promises; resume then finishes the routine", async () => {
    const user = await onLastStretch();
    await talk(user, "U: pause", "A: Paused after the neck half circle.", "A: [ended]");
    await talk(user, "U: ask neck coach to resume", "A: That's your first routine finished.");
  });

  it("pain on the last stretch, then stop: not counted; the place is kept, and I'm done counts only what didn't hurt", async () => {
    await talk(
      await onLastStretch(),
      "U: that hurts",
      "A: gentler version of the neck half circle",
      "U: no",
      "U: stop",
      "A: Your place in the quick routine is saved.",
    );
    const sore = newDevice();
    await talk(sore, "U: ask neck coach to start the quick routine", "U: next", "U: that hurts", "U: no");
    await talk(sore, "U: i'm done", "A: Good work: that's 1 of 3 stretches of the quick routine.");
  });

  it("saved on the last stretch when the session ended: the next visit asks whether to count it, and yes does", async () => {
    const user = await onLastStretch();
    await user.endSession();
    await talk(
      user,
      "U: open neck coach",
      "A: Last time you got to the final stretch of the quick routine, the neck half circle. Shall I count the routine as done?",
      "U: yes",
      "A: That's your first routine finished.",
    );
  });

  it("resumed after a welcome back: no second welcome", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach to start the quick routine",
      "U: pause",
      "U: open neck coach",
      "A: /[Ww]elcome back/",
    );
    const [resumed] = await talk(user, "U: yes", "A: Back to the quick routine, picking up where you left off.");
    expect(resumed?.speech).not.toMatch(/welcome/i);
  });

  it("cheers, that's all, on a later visit: a goodbye, not a count of a routine from another day", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: next", "U: pause");
    const [bye] = await talk(user, "U: ask neck coach i'm done");
    expect(bye?.speech).not.toMatch(/Good work|stretches of the/);
  });
});

describe("routine words with no routine: the offer is the user's usual routine", () => {
  it("after finishing the strength routine, 'next' offers the strength routine, and yes starts it", async () => {
    const user = newDevice();
    await user.say("ask neck coach to start the strength routine");
    for (let i = 0; i < 4; i++) await user.say("next");
    await talk(
      user,
      "U: ask neck coach what's next",
      `A: ${ROUTINE_TALK.notInRoutine("strength routine")}`,
      "U: yes",
      "A: Here's the strength routine",
    );
  });
});

describe("'carry on' after a wait, with no routine: the offer still waiting", () => {
  it("a lesson offered, then hang on, then carry on: the lesson", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: is looking at my phone bad for my neck", "A: Would you like");
    await talk(user, "U: hang on", "U: carry on", "A: /^Here's the /");
  });

  it("never a deletion: carry on after 'shall I delete your data?' deletes nothing", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: stop");
    await talk(user, "U: open neck coach", "U: no", "U: open neck coach", "U: delete my data");
    const [reply] = await talk(user, "U: carry on");
    expect(reply?.speech).not.toMatch(/deleted/);
  });
});

describe("'tell me more' after a lesson", () => {
  it("says what that stretch is for, then how to stretch safely on a yes", async () => {
    await talk(
      newDevice(),
      "U: open neck coach",
      "U: how do i do the side neck stretch",
      "U: tell me more",
      `A: This one is the side neck stretch. ${STRETCHES.find((s) => s.id === "side-neck-stretch")?.summary}`,
      `A: ${ANSWER_TALK.offerStretchGuidance}`,
      "U: yes",
      `A: ${STRETCH_GUIDANCE_ANSWER.point}`,
    );
  });
});

describe("what a new user heard, the second round", () => {
  it("pain on the last stretch: no 'skip for the next one'; skip ends the routine there, uncounted, with no cheer", async () => {
    const user = await onLastStretch();
    const [hurt] = await talk(user, "U: that hurts", "A: It's the last one, so you can stop here if you like.");
    expect(hurt?.speech).not.toContain("next one");
    await talk(user, "U: no", "A: It was the last one", "U: skip", `A: ${DISCOMFORT.endedOnPain}`, "A: [ended]");
    const [skipped] = await talk(user, "U: open neck coach");
    // Not counted (no "first routine finished" was said), and nothing left to pick up.
    expect(skipped?.speech).not.toMatch(/pick up|count the routine/);
  });

  it("no to the other warning signs mid-routine: back to the routine, not a goodbye", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach to start the quick routine",
      "U: what's the emergency number",
      "U: no",
      `A: ${TOPIC_TALK.routineGoesOn}`,
      "A: [open]",
      "U: next",
      "A: stretch 2 of 3",
    );
  });

  it("longer holds during a stretch that only moves: kept for the next hold, the stretch not played again", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine");
    const [reply] = await talk(user, "U: hold it longer", `A: ${PACE.noHoldHere}`, "A: [open]");
    expect(reply?.speech).not.toContain("shoulder roll");
    const [tuck] = await talk(user, "U: next", "A: stretch 2 of 3, the chin tuck");
    expect(tuck?.ssml).toMatch(/<break time="8s"\/>/);
  });

  it("a gentler version of a two-sided stretch eases both sides", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach to start the after lifting routine",
      "U: next",
      "U: next",
      "A: side neck stretch",
    );
    await talk(user, "U: that hurts", "U: yes", `A: ${DISCOMFORT.gentlerOtherSide}`);
  });

  it("dizziness mid-routine says stop once", async () => {
    const user = newDevice();
    const [, dizzy] = await talk(user, "U: ask neck coach to start the quick routine", "U: i feel dizzy");
    expect(dizzy?.speech.match(/\bStop\b/g)).toHaveLength(1);
  });
});
