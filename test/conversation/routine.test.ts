import { NORMAL_PACE } from "../../models/content/pacing";
import { contentFor } from "../../models/locales";
import { routineLength } from "../../lambda/speech/replies/routine";
import { describe, expect, it } from "vitest";
import { ROUTINES, routineById } from "../../models/content/routines";
import { stretchById } from "../../models/content/stretches";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { parseRecord, type UserRecord } from "../../lambda/persistence/user-record";
import { newDevice, talk, TEST_USER, type Reply, type TestDevice } from "../support/conversation";
import { userEnvelope } from "../support/user-envelope";

const quick = routineById("quick");
const stretchAt = (routineId: "quick" | "after-lifting" | "full", index: number) => {
  const item = routineById(routineId).items[index];
  if (!item) throw new Error(`no stretch ${index}`);
  return stretchById(item.stretch);
};
const stretchName = (routineId: "quick" | "after-lifting" | "full", index: number): string =>
  stretchAt(routineId, index).name;

async function storedRecord(user: TestDevice): Promise<UserRecord> {
  return parseRecord(await user.store.getAttributes(userEnvelope({ userId: TEST_USER }))).record;
}

/** The "stretch N of M" headers in a reply. */
function headers(reply: Reply | undefined): string[] {
  return [...(reply?.speech ?? "").matchAll(/(?:stretch|exercise) (\d+) of (\d+), the ([a-z ]+)\./g)].map(
    (m) => `${m[1]}/${m[2]} ${m[3]}`,
  );
}

describe("starting a routine", () => {
  it("asks which routine when a new user gives no choice", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: open neck coach",
      "U: start my routine",
      "A: /4 routines: the quick routine, (about|just over|just under) [a-z ]+ minutes, the after lifting routine, (about|just over|just under) [a-z ]+ minutes, the full routine, (about|just over|just under) [a-z ]+ minutes and the strength routine, (about|just over|just under) [a-z ]+ minutes\\. Which would you like\\?/",
      "A: [open]",
    );
    await talk(
      user,
      "U: start the quick routine",
      `A: Here's the quick routine: ${quick.items.length} stretches, ${routineLength("quick", contentFor("en-US"), NORMAL_PACE)}.`,
    );
  });

  const byName: ReadonlyArray<readonly [string, "quick" | "after-lifting" | "full"]> = [
    ["start the quick routine", "quick"],
    ["give me a two minute stretch", "quick"],
    ["start the full routine", "full"],
    ["do the complete routine", "full"],
    ["start the after lifting routine", "after-lifting"],
    ["let's do the post workout routine", "after-lifting"],
  ];
  for (const [utterance, id] of byName) {
    it(`"${utterance}" starts the ${id} routine and announces its length`, async () => {
      const routine = routineById(id);
      const reply = await newDevice().say(`ask neck coach to ${utterance}`);
      expect(reply.speech).toContain(
        `Here's the ${routine.name}: ${routine.items.length} stretches, ${routineLength(id, contentFor("en-US"), NORMAL_PACE)}.`,
      );
      expect(headers(reply)).toEqual([`1/${routine.items.length} ${stretchName(id, 0)}`]);
      expect(reply.speech).toMatch(/say next|Say next/);
      expect(reply.open).toBe(true);
    });
  }

  it("starts the usual routine for a returning user", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the after lifting routine", "U: stop");
    const [again] = await talk(user, "U: open neck coach", "U: start my routine");
    expect(again?.speech).toContain("after lifting routine");
  });
});

describe("walking a routine by voice", () => {
  it("narrates one stretch per response, with chimes and timed pauses, to the end", async () => {
    const user = newDevice();
    const replies = await talk(user, "U: open neck coach", "U: start the quick routine");
    for (let i = 1; i < quick.items.length; i++) replies.push(...(await talk(user, "U: next")));
    const steps = replies.slice(1);
    steps.forEach((reply, i) => {
      expect(headers(reply)).toEqual([`${i + 1}/${quick.items.length} ${stretchName("quick", i)}`]);
      expect(reply.ssml).toContain('<audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_0');
      expect(reply.ssml).toMatch(/<break time="\d+s"\/>/);
      expect(reply.open).toBe(true);
    });
    // Small words vary from stretch to stretch.
    const closings = steps.map(
      (r) => /(Nice work|Good|Well done|That's it|Lovely|Great job)\. [^.]*next[^.]*\.$/i.exec(r.speech)?.[0],
    );
    expect(new Set(closings).size).toBe(steps.length);
    const [done] = await talk(
      user,
      "U: next",
      "A: /complete|done|everything/i",
      "A: That's your first routine finished.",
      "A: [ended]",
    );
    expect(done?.ssml).not.toContain("<break");
    const record = await storedRecord(user);
    expect(record.routine).toBeNull();
    expect(record.routinesFinished).toBe(1);
    expect(record.streakDays).toBe(1);
  });

  it("counts routines finished across sessions", async () => {
    const user = newDevice();
    for (let round = 1; round <= 2; round++) {
      await user.say("ask neck coach to start the quick routine");
      let last: Reply | undefined;
      for (let i = 0; i < quick.items.length; i++) last = await user.say("next");
      expect(last?.speech).toContain(
        round === 1 ? "That's your first routine finished." : "That's 2 routines finished.",
      );
    }
  });

  it("goes back, repeats, and starts over", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the full routine", "U: next", "U: next");
    const [back] = await talk(
      user,
      "U: go back",
      String.raw`A: /^Going back\. \[chime\] Here's stretch 2 of 9, the ${stretchName("full", 1)}\./`,
    );
    expect(headers(back)).toEqual([`2/9 ${stretchName("full", 1)}`]);
    const [repeat] = await talk(user, "U: repeat that");
    expect(headers(repeat)).toEqual([`2/9 ${stretchName("full", 1)}`]);
    const [over] = await talk(user, "U: start over", "A: Starting over from the top.");
    expect(headers(over)).toEqual([`1/9 ${stretchName("full", 0)}`]);
    const [first] = await talk(
      user,
      "U: go back",
      String.raw`A: /^This is the first stretch, so here it is again\. \[chime\] Here's stretch 1 of 9, the ${stretchName("full", 0)}\./`,
    );
    expect(headers(first)).toEqual([`1/9 ${stretchName("full", 0)}`]);
  });

  it("answers what's next and how many are left without moving", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the after lifting routine");
    await talk(user, "U: what's next", `A: Next up is the ${stretchName("after-lifting", 1)}.`, "A: [open]");
    await talk(user, "U: how many are left", "A: 4 stretches left after this one", "A: [open]");
    const [next] = await talk(user, "U: next");
    expect(headers(next)).toEqual([`2/5 ${stretchName("after-lifting", 1)}`]);
  });

  it("'what is this one for' mid-routine says what the current stretch does, and the routine goes on from there", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the after lifting routine", "U: next");
    const current = stretchAt("after-lifting", 1);
    await talk(
      user,
      "U: what is this one for",
      `A: This one is the ${current.name}. ${current.summary}`,
      "A: Say next when you're ready",
      "A: [open]",
    );
    const [next] = await talk(user, "U: next");
    expect(headers(next)).toEqual([`3/5 ${stretchName("after-lifting", 2)}`]);
  });

  it("help mid-routine explains the navigation words and keeps the position", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the full routine", "U: next");
    await talk(user, "U: help", "A: /next.*go back.*repeat.*start over.*pause/", "A: [open]");
    expect((await storedRecord(user)).routine?.index).toBe(1);
    const [next] = await talk(user, "U: next");
    expect(headers(next)).toEqual([`3/9 ${stretchName("full", 2)}`]);
  });

  it("a yes after help carries on with the next stretch (the current one was spoken in full)", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: help");
    const [yes] = await talk(user, "U: yes");
    expect(headers(yes)).toEqual([`2/3 ${stretchName("quick", 1)}`]);
  });
});

describe("yes in a routine", () => {
  it("with nothing offered, yes means ready: it moves on", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine");
    const [yes] = await talk(user, "U: yes");
    expect(headers(yes)).toEqual([`2/3 ${stretchName("quick", 1)}`]);
  });
});

describe("pause, stop and resume", () => {
  it("pause keeps the position, confirms, ends the session; resume tomorrow picks up there", async () => {
    const store = new MemoryStore();
    const today = newDevice({ store });
    await talk(today, "U: ask neck coach to start the full routine", "U: next", "U: next");
    await talk(
      today,
      "U: pause",
      `A: Paused after the ${stretchName("full", 2)}.`,
      "A: If you paused because something feels wrong, open Neck Coach again and tell me what you're feeling.",
      "A: [ended]",
    );
    expect((await storedRecord(today)).routine).toEqual({ routineId: "full", index: 2, continuous: false });

    const tomorrow = newDevice({ store });
    const [resumed] = await talk(
      tomorrow,
      "U: ask neck coach to resume",
      "A: Back to the full routine, picking up where you left off.",
    );
    // Stretch 3 was spoken in full before the pause: the first one not done is stretch 4, and its number is said once.
    expect(headers(resumed)).toEqual([`4/9 ${stretchName("full", 3)}`]);
    expect(resumed?.speech).not.toContain("Here's the full routine");
  });

  it("a routine saved another day is welcomed back when resumed later in a session, after a question", async () => {
    const store = new MemoryStore();
    const today = newDevice({ store });
    await talk(today, "U: ask neck coach to start the full routine", "U: next", "U: next");
    await talk(today, "U: pause", "A: [ended]");

    const tomorrow = newDevice({ store });
    await talk(tomorrow, "U: open neck coach", "U: no", "U: why does my neck hurt after deadlifts");
    const [resumed] = await talk(
      tomorrow,
      "U: resume my routine",
      "A: Back to the full routine, picking up where you left off.",
    );
    expect(headers(resumed)).toEqual([`4/9 ${stretchName("full", 3)}`]);
  });

  it("stop mid-routine keeps the position with a short goodbye; launch offers to resume", async () => {
    const store = new MemoryStore();
    const user = newDevice({ store });
    await talk(user, "U: ask neck coach to start the after lifting routine", "U: next");
    await talk(
      user,
      "U: stop",
      "A: Your place in the after lifting routine is saved.",
      "A: If you stopped because something feels wrong, open Neck Coach again and tell me what you're feeling.",
      "A: [ended]",
    );
    const later = newDevice({ store });
    await talk(
      later,
      "U: open neck coach",
      `A: Next up is the ${stretchName("after-lifting", 2)}. Shall I pick up from there?`,
      "A: [open]",
    );
    const [yes] = await talk(later, "U: yes");
    expect(headers(yes)).toEqual([`3/5 ${stretchName("after-lifting", 2)}`]);
  });

  it("a saved routine not resumed in this session gets a plain goodbye and a pause that waits, and stays saved", async () => {
    const store = new MemoryStore();
    await talk(newDevice({ store }), "U: ask neck coach to start the quick routine", "U: next", "U: stop");
    const later = newDevice({ store });
    await talk(later, "U: open neck coach", "A: Shall I pick up from there?", "U: no");
    const [paused] = await talk(later, "U: pause", "A: [open]");
    const [bye] = await talk(later, "U: stop", "A: [ended]");
    for (const reply of [paused, bye]) {
      expect(reply?.speech).not.toMatch(/stopping here|Paused after|feels wrong/);
    }
    expect((await storedRecord(later)).routine?.index).toBe(1);
  });

  it("cancel mid-routine keeps the position too", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: next", "U: cancel", "A: [ended]");
    expect((await storedRecord(user)).routine?.index).toBe(1);
  });

  it("resume with nothing saved offers the quick routine", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to resume my routine", "A: You don't have a routine in progress.", "A: [open]");
    await talk(user, "U: yes", "A: Here's the quick routine");
  });

  it("continue inside a session moves on", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine");
    const [next] = await talk(user, "U: continue");
    expect(headers(next)).toEqual([`2/3 ${stretchName("quick", 1)}`]);
  });

  it("a session that times out keeps the position", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: next");
    await user.endSession();
    expect((await storedRecord(user)).routine?.index).toBe(1);
  });
});

describe("continuous mode", () => {
  it("plays as much as fits per response with no prompts between stretches", async () => {
    const user = newDevice();
    const [first] = await talk(
      user,
      "U: ask neck coach to play the full routine without stopping",
      "A: straight through",
    );
    const firstHeaders = headers(first);
    expect(firstHeaders.length).toBeGreaterThan(1);
    expect(first?.ssml.length).toBeLessThanOrEqual(8000);
    expect((first?.ssml.match(/<audio/g) ?? []).length).toBeLessThanOrEqual(5);
    expect(first?.speech.match(/say next/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    const seen = [...firstHeaders];
    let reply = first;
    while (seen.length < 9) {
      reply = await user.say("next");
      const more = headers(reply);
      expect(more.length).toBeGreaterThan(0);
      seen.push(...more);
    }
    expect(seen).toEqual(routineById("full").items.map((item, i) => `${i + 1}/9 ${stretchById(item.stretch).name}`));
    // The last part ends with the completion itself, not one more "say next".
    expect(reply?.speech).toContain("That's your first routine finished.");
    expect(reply?.open).toBe(false);
  });

  it("'the whole routine without stopping' mid-routine carries on with the routine in progress, after the stretch just done", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the full routine", "U: next");
    const [rest] = await talk(user, "U: play the whole routine without stopping");
    expect(headers(rest)[0]).toBe(`3/9 ${stretchName("full", 2)}`);
  });

  it("switches a routine in progress to continuous after the current stretch; on the last one, it is finished", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: next");
    const [rest] = await talk(user, "U: play it straight through", "A: routine finished");
    expect(headers(rest)).toEqual([`3/3 ${stretchName("quick", 2)}`]);
    const last = newDevice();
    await talk(last, "U: ask neck coach to start the quick routine", "U: next", "U: next");
    const [done] = await talk(last, "U: play it straight through", "A: Routine complete.");
    expect(headers(done)).toEqual([]);
  });
});

describe("every routine", () => {
  for (const routine of ROUTINES) {
    it(`${routine.name} can be walked from start to finish`, async () => {
      const user = newDevice();
      const seen: string[] = [];
      let reply = await user.say(`ask neck coach to start the ${routine.name}`);
      seen.push(...headers(reply));
      while (reply.open) {
        reply = await user.say("next");
        seen.push(...headers(reply));
      }
      expect(seen).toEqual(
        routine.items.map((item, i) => `${i + 1}/${routine.items.length} ${stretchById(item.stretch).name}`),
      );
      expect(reply.speech).toContain("routine finished");
    });
  }
});

describe("what is remembered", () => {
  it("keeps visits and the day of the last visit", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: stop", "U: open neck coach", "U: stop");
    const record = await storedRecord(user);
    expect(record.visits).toBe(2);
    expect(record.lastVisitDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("how long, asked during a routine", () => {
  it("'how long is this routine' mid-routine: what is left of it, and yes does not start another from the top", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the after lifting routine", "U: next", "U: next");
    const [info] = await talk(
      user,
      "U: how long is this routine",
      "A: /^You're in the after lifting routine, (about|just over|just under) [a-z ]+ minutes in all\\. 2 stretches left after this one, (about|just over|just under) /",
      "A: [open]",
    );
    expect(info?.speech).not.toMatch(/Shall we start|I have 4 routines/);
    const [next] = await talk(user, "U: next");
    expect(headers(next)).toEqual([`4/5 ${stretchName("after-lifting", 3)}`]);
  });

  it("'how long is the quick routine' during the quick routine: what is left of it", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine");
    await talk(
      user,
      "U: how long is the quick routine",
      "A: /^You're in the quick routine, [a-z ]+ in all\\. 2 stretches left after this one/",
    );
  });
});

describe("repeat after a short answer mid-routine", () => {
  it("'say that again' after 'how many are left' says that answer again, not the whole stretch", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: how many are left");
    const [again] = await talk(user, "U: repeat that", "A: /^2 stretches left after this one/");
    expect(headers(again)).toEqual([]);
    // After anything else, repeat plays the stretch again, as before.
    const [stretch] = await talk(user, "U: next", "U: repeat that");
    expect(headers(stretch)).toEqual([`2/3 ${stretchName("quick", 1)}`]);
  });

  it("'what's next', then repeat: what's next again", async () => {
    const user = newDevice();
    await talk(user, "U: ask neck coach to start the quick routine", "U: what's next");
    await talk(user, "U: repeat that", `A: Next up is the ${stretchName("quick", 1)}.`);
  });
});
