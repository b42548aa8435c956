/**
 * Health safety. Red-flag symptoms, said the way people say them, reach
 * RedFlagIntent and get a calm direction to medical care (a doctor, the
 * emergency number), never a stretch: no pauses, no chimes, no stretch names,
 * also in the middle of a routine, whose place stays saved. The first-use
 * disclaimer is spoken exactly once per user, and the skill's store
 * descriptions carry the full one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DISCLAIMER_SHORT } from "../../models/content/safety";
import { contentFor, SUPPORTED_LOCALES, type SupportedLocale } from "../../models/locales";
import { STRETCHES } from "../../models/content/stretches";
import { EN_SYNONYMS } from "../../models/language/en-synonyms";
import { parseRecord } from "../../lambda/persistence/user-record";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { newDevice, replyOf, TEST_USER, type Reply, type TestDevice } from "../support/conversation";
import { userEnvelope } from "../support/user-envelope";

const ROOT = join(import.meta.dirname, "..", "..");

/** What people say, by the warning sign it is (its level: models/content/signs.ts; each level's words: levels.test.ts). */
const PHRASINGS: ReadonlyArray<readonly [sign: string, said: string]> = [
  ["numbness", "so my arm is numb"],
  ["numbness", "i have numbness in my hand"],
  ["numbness", "so my fingers are numb"],
  ["numbness", "so my hand went numb"],
  ["numbness", "so my fingers feel numb"],
  ["tingling", "i have tingling in my arm"],
  ["tingling", "i've got pins and needles in my hand"],
  ["tingling", "so my fingers are tingling"],
  ["tingling", "so my arm is tingling"],
  ["weakness", "so my arm feels weak"],
  ["weakness", "i have a weak grip"],
  ["weakness", "so i can't lift my arm"],
  ["weakness", "so my hand feels weak"],
  ["an accident or fall", "so i fell"],
  ["an accident or fall", "so i fell off my bike"],
  ["an accident or fall", "so i had a car accident"],
  ["an accident or fall", "so i was in a car accident"],
  ["an accident or fall", "i have whiplash"],
  ["an accident or fall", "i fell and hurt my neck"],
  ["an accident or fall", "so i was in a car crash"],
  ["an accident or fall", "so i dropped the bar on my neck"],
  ["an accident or fall", "my neck hurts after a car accident"],
  ["an accident or fall", "i hit my head and now my neck hurts"],
  ["fever with a stiff neck", "i have a stiff neck and a fever"],
  ["fever with a stiff neck", "i have a fever and a stiff neck"],
  ["fever with a stiff neck", "so stiff neck and fever"],
  ["fever with a stiff neck", "my neck is stiff and i have a fever"],
  ["a fever", "i have a fever"],
  ["a headache", "so my head is pounding"],
  ["a severe headache", "i have a severe headache"],
  ["a severe headache", "i've got the worst headache of my life"],
  ["a severe headache", "so sudden severe headache"],
  ["a headache", "i have a really bad headache"],
  ["trouble walking or balancing", "so i keep losing my balance"],
  ["trouble walking or balancing", "i'm having trouble walking"],
  ["bladder or bowel control", "so i can't control my bladder"],
  ["vision or speech", "so i'm seeing double"],
  ["vision or speech", "so my speech is slurred"],
  ["pain that lasts or worsens", "so my neck has hurt for two weeks"],
  ["pain that lasts or worsens", "so it keeps getting worse"],
  ["pain that lasts or worsens", "so it's been hurting for weeks"],
  ["pain that lasts or worsens", "so the pain won't go away"],
  ["pain that lasts or worsens", "i have constant pain"],
  ["pain that lasts or worsens", "so my neck pain is getting worse"],
  ["pain at night", "so it wakes me up at night"],
  ["a pop, then pain", "so i felt a pop in my neck"],
  ["dizziness", "i feel dizzy"],
];

const STRETCH_WORDS = STRETCHES.flatMap((s) => [s.name, ...EN_SYNONYMS.stretch[s.id]]).map((w) => w.toLowerCase());

/** Says a line and returns the intent it reached with the reply. */
async function sayTo(device: TestDevice, line: string): Promise<{ intent: string | undefined; reply: Reply }> {
  const turn = await device.device.say(line);
  if (turn.kind !== "response") throw new Error(`No sample utterance matches "${line}"`);
  const request = turn.request.request;
  return { intent: request.type === "IntentRequest" ? request.intent.name : undefined, reply: replyOf(turn.envelope) };
}

function expectMedicalDirectionOnly(reply: Reply): void {
  // Care at the right urgency (levels.test.ts checks which), and the local emergency number by name (en-US: 911), to call from a phone.
  expect(reply.speech).toMatch(
    /call nine one one from your phone now|get seen today|doctor or physical therapist|sit or lie down|usually/i,
  );
  expect(reply.speech).toMatch(/call nine one one from your phone/i);
  // Never a stretch: no timed pauses, no chimes, no stretch by name.
  expect(reply.ssml).not.toMatch(/<break\b/);
  expect(reply.ssml).not.toMatch(/<audio\b/);
  const spoken = reply.speech.toLowerCase();
  for (const word of STRETCH_WORDS)
    expect(spoken, `names the stretch "${word}"`).not.toMatch(new RegExp(`\\b${word}\\b`));
  // A calm close: no offer, no question, the session ends.
  expect(reply.speech).not.toContain("?");
  expect(reply.open).toBe(false);
}

async function storedRoutine(device: TestDevice) {
  return parseRecord(await device.store.getAttributes(userEnvelope({ userId: TEST_USER }))).record.routine;
}

describe("red flags get medical direction, never a stretch", () => {
  it("the table covers every warning sign asked for", () => {
    const signs = new Set(PHRASINGS.map(([sign]) => sign));
    for (const sign of [
      "numbness",
      "tingling",
      "weakness",
      "an accident or fall",
      "fever with a stiff neck",
      "a severe headache",
      "pain that lasts or worsens",
    ]) {
      expect(signs).toContain(sign);
    }
  });

  it.each(PHRASINGS)('%s: "ask neck coach ... %s" (one-shot)', async (_sign, said) => {
    const { intent, reply } = await sayTo(newDevice(), `ask neck coach ${said}`);
    expect(intent).toBe("RedFlagIntent");
    expectMedicalDirectionOnly(reply);
  });

  it.each(PHRASINGS)('%s: "%s" after launch', async (_sign, said) => {
    const device = newDevice();
    await device.say("open neck coach");
    const { intent, reply } = await sayTo(device, said);
    expect(intent).toBe("RedFlagIntent");
    expectMedicalDirectionOnly(reply);
  });

  it.each(PHRASINGS)('%s: "%s" in the middle of a routine keeps its place', async (_sign, said) => {
    const device = newDevice();
    await device.say("ask neck coach to start the full routine");
    await device.say("next");
    const before = await storedRoutine(device);
    expect(before).toMatchObject({ routineId: "full", index: 1 });
    const { intent, reply } = await sayTo(device, said);
    expect(intent).toBe("RedFlagIntent");
    expectMedicalDirectionOnly(reply);
    expect(reply.speech).toMatch(/saved your place/i);
    expect(await storedRoutine(device)).toEqual(before);
    // The next session picks up at the first stretch not done: stretch 2 had been spoken in full.
    const resumed = await device.say("ask neck coach to resume my routine");
    expect(resumed.speech).toMatch(/stretch 3 of/);
  });

  it("a sign in words the skill does not know is neither an emergency nor nothing: a yes/no question that leads to a level (care.test.ts follows it)", async () => {
    const device = newDevice();
    const reply = await device.intend("RedFlagIntent");
    expect(reply.speech).toBe(
      "I want to check how urgent this is. Did it start after a fall, a crash, or a blow to the head?",
    );
    expect(reply.ssml).not.toMatch(/<break\b|<audio\b/);
    const spoken = reply.speech.toLowerCase();
    for (const word of STRETCH_WORDS)
      expect(spoken, `names the stretch "${word}"`).not.toMatch(new RegExp(`\\b${word}\\b`));
    expect(reply.open).toBe(true);
  });

  it("mid-routine, a sign the skill does not know stops the stretch and keeps the place", async () => {
    const device = newDevice();
    await device.say("ask neck coach to start the full routine");
    await device.say("next");
    const before = await storedRoutine(device);
    const reply = await device.intend("RedFlagIntent");
    expect(reply.speech).toMatch(
      /^Stop the stretch now, and ease out of it slowly\. I want to check how urgent this is\./,
    );
    expect(reply.open).toBe(true);
    expect(await storedRoutine(device)).toEqual(before);
  });
});

describe("a routine saved on another day is not running: a sign told in a new session is told as it is", () => {
  it("no 'stop the stretch', no word of the saved place; the place stays saved", async () => {
    const device = newDevice();
    await device.say("ask neck coach to start the full routine");
    await device.say("pause");
    const before = await storedRoutine(device);
    expect(before).toMatchObject({ routineId: "full" });
    const reply = await device.say("ask neck coach i have a headache");
    const { redFlag } = contentFor("en-US").words;
    const { warningSigns } = contentFor("en-US");
    expect(reply.speech).not.toContain(warningSigns.stopStretch);
    expect(reply.speech).not.toContain(redFlag.routineKept);
    expect(await storedRoutine(device)).toEqual(before);
    const unknown = await device.intend("RedFlagIntent");
    expect(unknown.speech).toMatch(/^I want to check how urgent this is\./);
  });
});

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("the first-use disclaimer is spoken exactly once per user", () => {
  const FIRST_REQUESTS: ReadonlyArray<readonly [string, string]> = [
    ["launch", "open neck coach"],
    ["a one-shot stretch", "ask neck coach how do i do a chin tuck"],
    ["a one-shot answer", "ask neck coach why does my neck hurt after deadlifts"],
    ["a one-shot routine", "ask neck coach to start the quick routine"],
    ["a one-shot list", "ask neck coach what stretches do you know"],
  ];

  it.each(FIRST_REQUESTS)(
    "first use by %s: said in the first response, never again, in any later session",
    async (_label, first) => {
      const store = new MemoryStore();
      const device = newDevice({ store });
      const opening = await device.say(first);
      expect(count(opening.speech, DISCLAIMER_SHORT)).toBe(1);
      const later: Reply[] = [
        await device.intend("AMAZON.HelpIntent"),
        await device.intend("TeachStretchIntent", { stretch: "neck tilt" }),
        await device.say("ask neck coach why does my neck hurt after the gym"),
        await device.say("open neck coach"),
        await newDevice({ store }).say("open neck coach"),
        await newDevice({ store }).say("ask neck coach how do i do a shoulder roll"),
      ];
      for (const reply of later) expect(reply.speech).not.toContain(DISCLAIMER_SHORT);
    },
  );

  it("each user hears it once: a second user on a shared store hears it too", async () => {
    const store = new MemoryStore();
    expect((await newDevice({ store }).say("open neck coach")).speech).toContain(DISCLAIMER_SHORT);
    expect(
      (await newDevice({ store, userId: "amzn1.ask.account.SECOND-USER" }).say("open neck coach")).speech,
    ).toContain(DISCLAIMER_SHORT);
    expect((await newDevice({ store }).say("open neck coach")).speech).not.toContain(DISCLAIMER_SHORT);
  });

  it("a red flag as first use gets plain medical direction; the disclaimer comes with the next answer, once", async () => {
    const store = new MemoryStore();
    const first = await newDevice({ store }).say("ask neck coach i have numbness in my hand");
    expectMedicalDirectionOnly(first);
    expect(first.speech).not.toContain(DISCLAIMER_SHORT);
    const next = await newDevice({ store }).say("open neck coach");
    expect(count(next.speech, DISCLAIMER_SHORT)).toBe(1);
    expect((await newDevice({ store }).say("open neck coach")).speech).not.toContain(DISCLAIMER_SHORT);
  });
});

describe("the store descriptions carry the full disclaimer", () => {
  it.each(SUPPORTED_LOCALES)(
    "%s: the full disclaimer says it is not a substitute for medical advice and what to do in an emergency",
    (locale) => {
      const full = contentFor(locale).safety.disclaimerFull;
      expect(full).toContain("not a substitute for professional medical advice");
      expect(full).toMatch(/diagnosis or treatment/);
      expect(full).toMatch(/doctor or your local emergency number/);
    },
  );

  it("skill-package/skill.json: every locale's description ends with it", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "skill-package", "skill.json"), "utf8")) as {
      manifest: { publishingInformation: { locales: Record<string, { description: string }> } };
    };
    const locales = Object.entries(manifest.manifest.publishingInformation.locales);
    expect(locales.map(([locale]) => locale)).toContain("en-US");
    for (const [locale, { description }] of locales) {
      expect(description, locale).toContain("not a substitute for professional medical advice");
      expect(description, locale).toMatch(/emergency/i);
      expect(description, locale).toContain(contentFor(locale as SupportedLocale).safety.disclaimerFull);
    }
  });
});
