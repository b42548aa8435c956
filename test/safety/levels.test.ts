/**
 * Every row of the triage table, said in plain words through the real en-US
 * model to the real skill (U:/A: turns): the level the table gives, never a
 * stretch; combinations said in one sentence raise the level; mid-routine the
 * stretch stops first, the place is kept, and the level is the same.
 */
import { describe, expect, it } from "vitest";
import { SIGN_TABLE } from "../../models/content/signs";
import type { RedFlagId } from "../../models/types";
import { parseRecord } from "../../lambda/persistence/user-record";
import { newDevice, talk, TEST_USER, type TestDevice } from "../support/conversation";
import { expectNoStretch, LEVEL_SAYS } from "../support/levels";
import { userEnvelope } from "../support/user-envelope";

/** One plain phrasing per sign of the table. */
const SAID: Readonly<Record<RedFlagId, string>> = {
  "chest-pain": "i have chest pain going to my jaw",
  "breathing-swallowing": "so it hurts to swallow",
  "face-numb": "so my face went numb",
  "vision-speech": "so i'm slurring my words",
  weakness: "so my arm feels weak",
  fainting: "i think i blacked out during my set",
  injury: "so i dropped the bar on my neck",
  "older-fall": "so i'm seventy and i fell",
  "worst-headache": "i have the worst headache of my life",
  "eyelid-droop": "i have a drooping eyelid",
  confusion: "i feel confused",
  rash: "i have a rash that won't fade",
  "walking-balance": "so i keep losing my balance",
  "bladder-bowel": "so i wet myself",
  "fever-stiff-neck": "i have a fever and a stiff neck",
  fever: "i have a fever",
  "both-hands": "i have pins and needles in both hands",
  "electric-shocks": "so i get an electric shock when i bend my neck",
  "arm-tingling": "i have tingling in my arm",
  "cancer-history": "i have a history of cancer",
  "weight-loss": "so i've been losing weight without trying",
  "night-sweats": "i have night sweats",
  "night-pain": "so it wakes me up at night",
  "lasting-pain": "so my neck has hurt for two weeks",
  "pop-then-pain": "so i felt a pop in my neck",
  "minor-bump": "so i was in a minor fender bender",
  dizziness: "i feel dizzy",
  headache: "i have a headache",
  migraine: "i get migraines",
  "dead-arm": "so i woke up with a dead arm",
  "stiff-neck": "so my neck is stiff",
  "light-sensitivity": "so the light hurts my eyes",
  vomiting: "so i threw up",
};

async function storedRoutine(device: TestDevice) {
  return parseRecord(await device.store.getAttributes(userEnvelope({ userId: TEST_USER }))).record.routine;
}

const ROWS = SIGN_TABLE.map((sign) => ({ id: sign.id, level: sign.level, said: SAID[sign.id] }));

describe("every sign of the table reaches its level (en-US)", () => {
  it.each(ROWS)('$id ($level): "$said"', async ({ level, said }) => {
    const device = newDevice();
    await device.say("open neck coach");
    const [reply] = await talk(device, `U: ${said}`, "A: [ended]");
    expect(reply?.speech).toMatch(LEVEL_SAYS[level]);
    if (level !== "emergency") expect(reply?.speech).not.toMatch(/from your phone now\. This needs care right away/);
    if (reply) expectNoStretch(reply);
    // The card shows the number in digits.
    expect(reply?.envelope.response.card).toMatchObject({ type: "Simple" });
    if (/nine one one/.test(reply?.speech ?? ""))
      expect(JSON.stringify(reply?.envelope.response.card)).toContain("911");
  });

  it.each(ROWS)(
    "$id ($level), mid-routine: the stretch stops first, the place is kept, the same level",
    async ({ level, said }) => {
      const device = newDevice();
      await device.say("ask neck coach to start the full routine");
      await device.say("next");
      const before = await storedRoutine(device);
      const [reply] = await talk(
        device,
        `U: ${said}`,
        "A: /^Stop the stretch now, and ease out of it slowly\\./",
        "A: I've saved your place in the routine",
        "A: [ended]",
      );
      expect(reply?.speech.replace(/^Stop the stretch now, and ease out of it slowly\. /, "")).toMatch(
        LEVEL_SAYS[level],
      );
      if (reply) expectNoStretch(reply);
      expect(await storedRoutine(device)).toEqual(before);
    },
  );
});

describe("the over-calls, at their level with what would make them urgent", () => {
  it("a plain headache: rest, and when to call", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i have a headache",
      "A: /^A headache on its own after training usually isn't an emergency/",
      "A: But call nine one one from your phone if it came on suddenly and severely",
    );
  });
  it("migraines: as usual, unless this one is different", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i get migraines",
      "A: /^A migraine like your usual ones/",
      "A: if this one is different",
    );
  });
  it("a fever alone: get seen today, and what makes it an emergency", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i have a fever",
      "A: /^Please get seen today/",
      "A: If a stiff neck, a rash that doesn't fade, or confusion come with it, call nine one one from your phone.",
    );
  });
  it("night sweats: within days", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i have night sweats",
      "A: /in the next few days/",
      "A: If it gets much worse, or weakness comes on, get seen today, and if it's sudden and severe, call nine one one from your phone.",
    );
  });
  it("a dead arm from sleeping: it wakes up; when to call", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach so i woke up with a dead arm",
      "A: /^An arm that went dead/",
      "A: if it stays weak",
    );
  });
  it("a minor fender bender: within days, and what makes it today or an emergency", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach so i was in a minor fender bender",
      "A: /in the next few days/",
      "A: get seen today",
      "A: If numbness, tingling or weakness follow, call nine one one from your phone.",
    );
  });
});

describe("two signs in one sentence are heard as two, and raise the level", () => {
  it("my neck is stiff and i have a fever: urgent, today", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach my neck is stiff and i have a fever",
      "A: /^Please get seen today/",
      "A: If a rash that doesn't fade, light hurting your eyes, or confusion come with it",
    );
  });
  it("a fever with a stiff neck, and light hurting the eyes: an emergency", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i have a fever and a stiff neck and light hurts my eyes",
      "A: /^Call nine one one from your phone now\\./",
    );
  });
  it("a fever and a stiff neck with vomiting: an emergency", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i have a fever and a stiff neck and i threw up",
      "A: /^Call nine one one from your phone now\\./",
    );
  });
  it("dizzy with a headache: an emergency, not just sitting down", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i feel dizzy and i have a headache",
      "A: /^Call nine one one from your phone now\\./",
    );
  });
  it("a minor fender bender and tingling in my arm: an emergency", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i was in a minor fender bender and i have tingling in my arm",
      "A: /^Call nine one one from your phone now\\./",
    );
  });
  it("three signs in one sentence are heard as three: a fever, a stiff neck and confusion, an emergency", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach i have a fever and my neck is stiff and i feel confused",
      "A: /^Call nine one one from your phone now\\./",
    );
    await talk(
      newDevice(),
      "U: ask neck coach i've got a fever and a headache and my neck is stiff",
      "A: /^Please get seen today/",
    );
  });
  it("a headache and a stiff neck: still self-care, with when to get seen", async () => {
    const [reply] = await talk(newDevice(), "U: ask neck coach i have a headache and my neck is stiff", "A: [ended]");
    expect(reply?.speech).not.toMatch(/^Call nine one one/);
  });
});

describe("the emergency number on a first visit", () => {
  it("comes first: the note about being a coach waits", async () => {
    const [reply] = await talk(newDevice(), "U: ask neck coach what's the emergency number");
    expect(reply?.speech).toMatch(/^In the US, the emergency number is nine one one/);
    expect(reply?.speech).not.toContain("stretching coach, not a doctor");
  });
});
