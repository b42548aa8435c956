/**
 * In the moment, as a good coach would: pain in a stretch, warning signs at
 * the right urgency, waiting, ending, pace, straight through, resume and
 * repeat. Spoken through the real interaction model; each checks what is said
 * and what is stored.
 */
import { describe, expect, it } from "vitest";
import { ANSWER_TALK, PACE, ROUTINE_TALK } from "../../models/content/prompts";
import { ICE_OR_HEAT } from "../../models/content/topics";
import { stretchById } from "../../models/content/stretches";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import type { StoredItem } from "../../lambda/persistence/store";
import { parseRecord, type UserRecord } from "../../lambda/persistence/user-record";
import { newDevice, talk, TEST_USER, type TestDevice } from "../support/conversation";
import { userEnvelope } from "../support/user-envelope";

async function stored(device: TestDevice): Promise<UserRecord> {
  return parseRecord(await device.store.getAttributes(userEnvelope({ userId: TEST_USER }))).record;
}

/** A user two stretches into the quick routine (shoulder roll, chin tuck done; half circle next). */
async function inQuickRoutine(store = new MemoryStore()): Promise<TestDevice> {
  const user = newDevice({ store });
  await talk(user, "U: open neck coach", "U: start the quick routine", "U: next");
  return user;
}

describe("pain during a stretch", () => {
  // Soreness said mid-routine ("my neck is sore") is pain in the stretch too, not a question about a sore neck.
  it.each([
    "that hurts",
    "ouch",
    "it's pinching",
    "this is too much",
    "something feels off",
    "my neck is sore",
    "my neck feels really tight",
  ])(
    '"%s" mid-routine stops the stretch, never says next or gives soreness advice, and offers a gentler version',
    async (line) => {
      const user = await inQuickRoutine();
      const before = await stored(user);
      const [reply] = await talk(
        user,
        `U: ${line}`,
        "A: /^Stop there, and ease out of it slowly/",
        "A: gentler version of the chin tuck",
        "A: [open]",
      );
      expect(reply?.speech).not.toMatch(/say next|when you're ready/i);
      expect(reply?.speech).not.toMatch(/ordinary soreness/i);
      expect(await stored(user)).toEqual(before);
    },
  );

  it("yes gives the gentler version of the stretch in hand; skip moves on", async () => {
    const user = await inQuickRoutine();
    await talk(user, "U: that hurts", "U: yes", `A: ${stretchById("chin-tuck").gentler}`, "A: [open]");
    await talk(user, "U: skip", "A: stretch 3 of 3, the neck half circle");
    expect((await stored(user)).routine?.index).toBe(2);
  });

  it("no to the gentler version gives the other ways on, and the routine stays", async () => {
    const user = await inQuickRoutine();
    const [, declined] = await talk(
      user,
      "U: ouch",
      "U: no",
      "A: Say skip for the next one, or stop to finish for today.",
      "A: [open]",
    );
    expect(declined?.reprompt).not.toMatch(/gentler/);
    expect((await stored(user)).routine).toEqual({ routineId: "quick", index: 1, continuous: false });
  });

  it("after a taught stretch: stop, and a gentler version of that stretch", async () => {
    const user = newDevice();
    await talk(
      user,
      "U: ask neck coach how do i do a chin tuck",
      "U: that hurts",
      "A: /^Stop there/",
      "A: gentler version of the chin tuck",
      "U: yes",
      `A: ${stretchById("chin-tuck").gentler}`,
    );
  });

  it("right after a taught stretch, soreness is pain in that stretch", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach how do i do a chin tuck",
      "U: my neck is sore",
      "A: /^Stop there/",
      "A: gentler version of the chin tuck",
    );
  });

  it("soreness with a routine only saved from another day is ordinary soreness, in a one-shot or after the welcome", async () => {
    const store = new MemoryStore();
    const user = await inQuickRoutine(store);
    await talk(user, "U: stop");
    await talk(
      newDevice({ store }),
      "U: ask neck coach my neck is sore",
      "A: For ordinary soreness after training",
      "A: [open]",
    );
    await talk(
      newDevice({ store }),
      "U: open neck coach",
      "A: /quick routine/",
      "U: my neck is sore",
      "A: For ordinary soreness after training",
    );
    expect((await stored(newDevice({ store }))).routine).toEqual({ routineId: "quick", index: 1, continuous: false });
  });

  it("tingling in the middle of a stretch takes the warning-sign path, and the place is kept", async () => {
    const user = await inQuickRoutine();
    await talk(
      user,
      "U: i have numbness in my fingers",
      "A: /^Stop the stretch now/",
      "A: in the next few days",
      "A: [ended]",
    );
    expect((await stored(user)).routine).toEqual({ routineId: "quick", index: 1, continuous: false });
  });
});

describe("triage in levels", () => {
  it("an injury: the emergency number first, and keep the neck still", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i fell off my bike and my neck hurts",
      "A: /^(Quick note[^.]*\\. )?Call nine one one from your phone now\\./",
      "A: Keep your neck as still as you can",
      "A: [ended]",
    );
  });

  it("fever with a stiff neck: get seen today, what would make it an emergency, and no advice to keep still", async () => {
    const [reply] = await talk(
      newDevice(),
      "U: ask neck coach i have a fever and a stiff neck",
      "A: /^Please get seen today/",
      "A: If a rash that doesn't fade, light hurting your eyes, or confusion come with it, call nine one one from your phone.",
    );
    expect(reply?.speech).not.toMatch(/still/);
  });

  it("numbness into the arm: a doctor within days, not an emergency", async () => {
    const [reply] = await talk(
      newDevice(),
      "U: ask neck coach i have numbness in my arm",
      "A: have this checked by a doctor or physical therapist in the next few days",
      "A: [ended]",
    );
    expect(reply?.speech).not.toMatch(/^Call nine one one/);
  });

  it("dizziness alone: stop, sit down, rest", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i feel dizzy",
      "A: Sit or lie down somewhere safe",
      "A: call nine one one from your phone now",
    );
  });

  it('"my neck is killing me" is ordinary soreness: care, what would change that, and ice or heat, never a routine after "rest"', async () => {
    const user = newDevice();
    const [care] = await talk(
      user,
      "U: ask neck coach my neck is killing me",
      "A: For ordinary soreness after training, ease off today and give your neck a rest from heavy work.",
      "A: If you notice numbness or tingling down your arm",
      `A: ${ANSWER_TALK.offerIceOrHeat}`,
      "A: [open]",
      "U: yes",
      `A: ${ICE_OR_HEAT.point}`,
    );
    expect(care?.speech).not.toMatch(/routine/);
  });

  it("asking about the warning signs is information: the session and the routine go on", async () => {
    const user = await inQuickRoutine();
    await talk(
      user,
      "U: what are the warning signs",
      "A: Call nine one one from your phone for chest pain",
      "A: Would you like the other warning signs?",
      "A: [open]",
    );
    expect((await stored(user)).routine).toEqual({ routineId: "quick", index: 1, continuous: false });
    await talk(user, "U: next", "A: stretch 3 of 3");
  });

  it('"is tingling serious" names that sign\'s level', async () => {
    await talk(
      newDevice(),
      "U: ask neck coach is tingling in my arm serious",
      "A: is worth seeing a doctor about within days",
      "A: [open]",
    );
  });
});

describe("waiting", () => {
  it.each(["wait", "hang on", "give me a second", "hold on"])(
    '"%s" mid-routine keeps the session and the place, and leaves a way to say something is wrong',
    async (line) => {
      const user = await inQuickRoutine();
      const before = await stored(user);
      const [reply] = await talk(
        user,
        `U: ${line}`,
        "A: Sure, take your time.",
        "A: tell me if something feels wrong",
        "A: [open]",
      );
      expect(reply?.reprompt).toMatch(/next/);
      expect(await stored(user)).toEqual(before);
    },
  );

  it("wait and pause outside a routine keep the session, never a goodbye, and leave a way to say something hurts", async () => {
    const user = newDevice();
    const [, wait] = await talk(
      user,
      "U: open neck coach",
      "U: wait",
      "A: Sure, take your time.",
      "A: tell me if something hurts",
      "A: [open]",
      "U: pause",
      "A: [open]",
    );
    expect(wait?.reprompt).toMatch(/tell me what you're feeling/);
  });
});

describe("ending", () => {
  it('"I\'m done" says what was done and that the place is kept', async () => {
    const user = await inQuickRoutine();
    await talk(
      user,
      "U: i'm done",
      "A: that's 2 of 3 stretches of the quick routine",
      "A: Your place is saved",
      "A: [ended]",
    );
    expect((await stored(user)).routine).toEqual({ routineId: "quick", index: 1, continuous: false });
  });

  it('"I\'m done" on the last stretch finishes the routine: counted, nothing left to resume', async () => {
    const user = await inQuickRoutine();
    await talk(user, "U: next", "A: stretch 3 of 3");
    const [done] = await talk(user, "U: i'm done for today");
    expect(done?.speech).not.toMatch(/Your place is saved|when you want the rest/);
    expect(done?.speech).toContain(ROUTINE_TALK.finishedCount(1));
    const record = await stored(user);
    expect(record.routine).toBeNull();
    expect(record.routinesFinished).toBe(1);
  });

  it("says the place could not be saved when the store would not take it", async () => {
    class DownStore extends MemoryStore {
      down = false;
      override async read(key: string): Promise<StoredItem | undefined> {
        if (this.down) throw new Error("store down");
        return super.read(key);
      }
    }
    const store = new DownStore();
    store.down = true;
    const user = newDevice({ store });
    const [, , paused] = await talk(
      user,
      "U: open neck coach",
      "U: start the quick routine",
      "U: pause",
      "A: I couldn't make sure your place was kept this time",
    );
    expect(paused?.speech).not.toMatch(/Your place is saved/);
    store.down = false;
    expect(await store.read(TEST_USER)).toBeUndefined();
  });

  it('"no" to picking up where you left off offers the other choices', async () => {
    const store = new MemoryStore();
    const user = await inQuickRoutine(store);
    await talk(user, "U: stop");
    const later = newDevice({ store });
    await talk(
      later,
      "U: open neck coach",
      "A: Shall I pick up from there?",
      "U: no",
      "A: You can start a different routine, learn a stretch",
      "A: [open]",
    );
  });
});

describe("pace", () => {
  it('"slower" mid-routine confirms, takes the current stretch again slower, and is remembered', async () => {
    const store = new MemoryStore();
    const user = await inQuickRoutine(store);
    const [reply] = await talk(
      user,
      "U: can you go slower",
      `A: ${PACE.confirm["slower"]}`,
      "A: Once more, stretch 2 of 3, the chin tuck",
    );
    expect(reply?.ssml).toMatch(/<break time="8s"\/>/);
    expect((await stored(user)).pace).toEqual({ hold: "long", moves: "slow", talk: "normal" });
    const later = newDevice({ store });
    await talk(later, "U: open neck coach", "U: no", "U: start the quick routine", "A: Here's the quick routine");
    expect((await stored(later)).pace.hold).toBe("long");
  });

  it('"hold it longer" after "slower" (holds already long): says so, and does not play the stretch again', async () => {
    const user = await inQuickRoutine();
    await talk(user, "U: can you go slower");
    const [again] = await talk(user, "U: hold it longer", `A: ${PACE.already["longer-holds"]}`, "A: [open]");
    expect(again?.speech).not.toContain("chin tuck");
    await talk(user, "U: next", "A: stretch 3 of 3");
  });

  it("a stretch taught after 'slower' holds at the saved pace, with every word of the lesson", async () => {
    const user = await inQuickRoutine();
    await talk(user, "U: can you go slower", "U: stop");
    const [lesson] = await talk(user, "U: ask neck coach how do i do a chin tuck", "A: Here's the chin tuck.");
    expect(lesson?.ssml).toMatch(/<break time="8s"\/>/);
    expect(lesson?.speech).toContain(stretchById("chin-tuck").setup);
    const [plain] = await talk(newDevice(), "U: ask neck coach how do i do a chin tuck");
    expect(plain?.ssml).not.toMatch(/<break time="8s"\/>/);
  });

  it('"just count" gives names and counts only', async () => {
    const user = await inQuickRoutine();
    const [reply] = await talk(user, "U: i want just counting", `A: ${PACE.confirm["less-talk"]}`);
    expect(reply?.speech).not.toContain(stretchById("chin-tuck").setup);
    expect(reply?.speech).toMatch(/ One\. .* Two\. /);
    expect(reply?.speech).not.toMatch(/\d\./);
  });

  it("outside a routine, a pace is confirmed and kept for the next routine", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: i need more time", `A: ${PACE.confirm["longer-holds"]}`, "A: [open]");
    expect((await stored(user)).pace.hold).toBe("long");
  });
});

describe("straight through", () => {
  it("plays the whole full routine in parts, says so up front, and ends with the completion", async () => {
    const user = newDevice();
    const [, first] = await talk(
      user,
      "U: open neck coach",
      "U: play the full routine without stopping",
      "A: /straight through: 9 stretches, (about|just over|just under) [a-z ]+, in \\d parts\\./",
    );
    const parts = Number(/in (\d) parts/.exec(first?.speech ?? "")?.[1]);
    expect(parts).toBeGreaterThan(1);
    let reply = first;
    for (let part = 1; part < parts; part++) {
      expect(reply?.speech).toContain(`That's part ${part} of ${parts}. Say next for the rest.`);
      expect(reply?.speech).not.toMatch(/say next when you're ready/i);
      [reply] = await talk(user, "U: next");
    }
    expect(reply?.speech).toMatch(/stretch 9 of 9/);
    expect(reply?.speech).toContain("That's your first routine finished.");
    expect(reply?.open).toBe(false);
    const record = await stored(user);
    expect(record.routinesFinished).toBe(1);
    expect(record.routine).toBeNull();
  });
});

describe("resume and repeat", () => {
  it("resume picks up at the first stretch not done and says its number once", async () => {
    const store = new MemoryStore();
    const user = await inQuickRoutine(store);
    await talk(user, "U: pause");
    const [reply] = await talk(
      newDevice({ store }),
      "U: ask neck coach to resume",
      "A: Back to the quick routine, picking up where you left off.",
    );
    expect(reply?.speech.match(/stretch \d of 3/g)).toEqual(["stretch 3 of 3"]);
  });

  it("repeat replays the current stretch without first up", async () => {
    const user = newDevice();
    await talk(user, "U: open neck coach", "U: start the quick routine");
    const [reply] = await talk(user, "U: repeat", "A: Once more, stretch 1 of 3, the shoulder roll.");
    expect(reply?.speech).not.toMatch(/First up/);
  });
});

describe("a routine's stretches", () => {
  it("each speaks its caution once, in a few words, and leaves time to get into position", async () => {
    const user = newDevice();
    const [, start] = await talk(user, "U: open neck coach", "U: start the quick routine");
    const caution = stretchById("shoulder-roll").shortCaution;
    expect(start?.speech.split(caution).length).toBe(2);
    const setup = stretchById("shoulder-roll").setup;
    expect(start?.ssml).toMatch(new RegExp(`${setup.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} .*?<break time="3s"/>`));
  });
});
