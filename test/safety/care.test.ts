/**
 * Where to turn, in every locale, through the real model (U:/A: turns): the
 * emergency number said as a person would (call it from a phone: Alexa cannot
 * place the call), digits on the card, and the place to go today. Also: the
 * emergency-number questions, the warning signs at most three a sentence with
 * "want the rest?", the yes/no screening for pain said in unknown words, a
 * where-to-turn line on a fallback and a search miss, and canFulfill NO for a
 * warning sign.
 */
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { envelope, raw } from "../support/envelopes";
import { checkedHandler } from "../support/skill";
import { newDevice, talk, TEST_USER, type TestDevice } from "../support/conversation";
import { parseRecord } from "../../lambda/persistence/user-record";
import { userEnvelope } from "../support/user-envelope";
import { expectNoStretch } from "../support/levels";
import { SIGN_TABLE } from "../../models/content/signs";

interface LocaleCare {
  readonly locale: string;
  readonly callNow: string;
  readonly digits: string;
  readonly today: RegExp;
  readonly numberIs: string;
  /** A question about the number in that locale's words. */
  readonly asked: string;
}

const CARE: readonly LocaleCare[] = [
  {
    locale: "en-US",
    callNow: "Call nine one one from your phone now.",
    digits: "911",
    today: /urgent care clinic/,
    numberIs: "In the US, the emergency number is nine one one.",
    asked: "what's the emergency number",
  },
  {
    locale: "en-GB",
    callNow: "Call nine nine nine from your phone now.",
    digits: "999",
    today: /call one one one, or go to an urgent treatment centre or A and E/,
    numberIs: "In the UK, the emergency number is nine nine nine",
    asked: "when do i call nine nine nine",
  },
  {
    locale: "en-AU",
    callNow: "Call triple zero from your phone now.",
    digits: "000",
    today: /see a GP today or go to an urgent care clinic/,
    numberIs: "In Australia, the emergency number is triple zero.",
    asked: "when do i ring triple zero",
  },
  {
    locale: "en-IN",
    callNow: "Call one one two, or one zero eight for an ambulance, from your phone now.",
    digits: "108",
    today: /consult a doctor at a clinic today, or go to a hospital's emergency department/,
    numberIs: "In India, the emergency number is one one two, and one zero eight calls an ambulance.",
    asked: "what's the ambulance number",
  },
  {
    locale: "en-CA",
    callNow: "Call nine one one from your phone now.",
    digits: "911",
    today: /walk-in clinic or an urgent care centre, or call eight one one/,
    numberIs: "In Canada, the emergency number is nine one one.",
    asked: "what number do i call",
  },
];

describe.each(CARE)("$locale: the number and the place to go today", (care) => {
  const device = () => newDevice({ locale: care.locale });

  it("an emergency sign: the number first, from a phone; the card shows digits", async () => {
    const [reply] = await talk(
      device(),
      "U: ask neck coach i have chest pain going to my jaw",
      `A: ${care.callNow}`,
      "A: [ended]",
    );
    expect(reply?.speech.startsWith(care.callNow)).toBe(true);
    expect(JSON.stringify(reply?.envelope.response.card)).toContain(care.digits);
    if (reply) expectNoStretch(reply);
  });

  it("an urgent sign: where to go today, and when to call", async () => {
    const [reply] = await talk(
      device(),
      "U: ask neck coach i have pins and needles in both hands",
      "A: /^Please get seen today/",
      `A: ${care.callNow.replace(/ now\.$/, "").replace(/^Call/, "call")}`,
    );
    expect(reply?.speech).toMatch(care.today);
  });

  it(`"${care.asked}": the number, when to call it from a phone, and the rest on a yes`, async () => {
    const d = device();
    await d.say("open neck coach");
    const [answer] = await talk(
      d,
      `U: ${care.asked}`,
      `A: ${care.numberIs}`,
      "A: I can't place the call myself.",
      "A: /Would you like the other warning signs\\?$/",
      "A: [open]",
    );
    expect(JSON.stringify(answer?.envelope.response.card)).toContain(care.digits);
    await talk(
      d,
      "U: yes",
      "A: /^Also call /",
      "A: /Want the signs that need a doctor today or within days\\?$/",
      "A: [open]",
    );
    await talk(d, "U: yes", "A: /^Get seen the same day for/", "A: [open]");
  });

  it('"what\'s the emergency number" is understood in every locale', async () => {
    await talk(device(), "U: ask neck coach what's the emergency number", `A: ${care.numberIs}`);
  });
});

describe("the warning signs: most urgent first, at most three a sentence, then the rest", () => {
  it("what are the warning signs: the three most urgent, 'want the rest?', and on yes the rest and the see-a-doctor list", async () => {
    const d = newDevice();
    await d.say("open neck coach");
    const [first] = await talk(
      d,
      "U: what are the warning signs",
      "A: /^Call nine one one/",
      "A: Call nine one one from your phone for chest pain spreading to the neck or jaw",
      "A: /Would you like the other warning signs\\?$/",
    );
    const [rest] = await talk(
      d,
      "U: yes",
      "A: Also call nine one one from your phone for",
      "A: Want the signs that need a doctor today or within days?",
      "A: [open]",
    );
    const [later] = await talk(
      d,
      "U: yes",
      "A: Get seen the same day for",
      "A: See a doctor within days for",
      "A: [open]",
    );
    expect(later?.speech).not.toContain("nine one one");
    // Two lists of about a hundred words each, where there was one of over one hundred and eighty.
    for (const reply of [rest, later]) expect(reply?.speech.split(/\s+/).length).toBeLessThan(110);
    // The call is said once, not again before every three signs.
    expect(rest?.speech.match(/call nine one one/g)).toHaveLength(1);
    for (const reply of [first, rest]) {
      for (const sentence of reply?.speech.split(/(?<=[.?])\s+/) ?? []) {
        const named = SIGN_TABLE.filter((sign) => sentence.includes(sign.listed));
        // "a stiff neck" inside "a fever with a stiff neck" is one sign.
        const signs = named.filter(
          (sign) => !named.some((other) => other !== sign && other.listed.includes(sign.listed)),
        );
        expect(signs.length, sentence).toBeLessThanOrEqual(3);
      }
    }
  });

  it("is a headache serious: self-care, with when to call", async () => {
    await talk(
      newDevice(),
      "U: ask neck coach is a headache serious",
      "A: /(^|\\. )A headache on its own/",
      "A: [open]",
    );
  });
});

async function storedRoutine(device: TestDevice) {
  return parseRecord(await device.store.getAttributes(userEnvelope({ userId: TEST_USER }))).record.routine;
}

describe("pain in words the skill does not know: one or two yes/no questions that lead to a level", () => {
  it("after a fall? yes: an emergency, keep the neck still", async () => {
    const d = newDevice();
    await d.say("open neck coach");
    const unknown = await d.intend("RedFlagIntent", { symptom: "my neck feels wrecked" });
    expect(unknown.speech).toBe(
      "I want to check how urgent this is. Did it start after a fall, a crash, or a blow to the head?",
    );
    expect(unknown.open).toBe(true);
    await talk(
      d,
      "U: yes",
      "A: /^Call nine one one from your phone now\\./",
      "A: Keep your neck as still as you can",
      "A: [ended]",
    );
  });

  it("no, then numbness or weakness? yes: get seen today, and when to call", async () => {
    const d = newDevice();
    await d.intend("RedFlagIntent", { symptom: "my neck feels wrecked" });
    await talk(d, "U: no", "A: Any numbness, tingling or weakness in your arms or legs?", "A: [open]");
    await talk(
      d,
      "U: yes",
      "A: /^Please get seen today/",
      "A: If an arm or leg is weak, or you're unsteady on your feet, call nine one one from your phone now.",
      "A: [ended]",
    );
  });

  it("no and no: ordinary soreness, what helps on a yes, no stretch before it", async () => {
    const d = newDevice();
    await d.intend("RedFlagIntent", { symptom: "my neck feels wrecked" });
    await talk(d, "U: no", "A: Any numbness");
    const [clear] = await talk(d, "U: no", "A: /(^|\\. )Then it sounds like ordinary soreness/", "A: [open]");
    expect(clear?.ssml).not.toMatch(/<break\b|<audio\b/);
  });

  it("mid-routine: the stretch stops first, the place is kept; no and no, and the routine goes on", async () => {
    const d = newDevice();
    await d.say("ask neck coach to start the full routine");
    await d.say("next");
    const before = await storedRoutine(d);
    const first = await d.intend("RedFlagIntent", { symptom: "my neck feels wrecked" });
    expect(first.speech).toMatch(
      /^Stop the stretch now, and ease out of it slowly\. I want to check how urgent this is\./,
    );
    await talk(d, "U: no", "A: Any numbness");
    await talk(d, "U: no", "A: Say next when you're ready to carry on with your routine.", "A: [open]");
    expect(await storedRoutine(d)).toEqual(before);
  });

  it("a misunderstood 'next' in a routine gets no screening question", async () => {
    const d = newDevice();
    await d.say("ask neck coach to start the full routine");
    const reply = await d.intend("AMAZON.FallbackIntent");
    expect(reply.speech).not.toMatch(/how urgent|fall, a crash/);
    expect(reply.speech).toMatch(/If anything hurts, tell me/);
  });
});

describe("no dead ends", () => {
  it("a fallback outside a routine says where to turn, briefly", async () => {
    const d = newDevice();
    await d.say("open neck coach");
    const reply = await d.intend("AMAZON.FallbackIntent");
    expect(reply.speech).toMatch(/^Sorry, I didn't catch that\./);
    expect(reply.speech).toContain(
      "If you're hurt, tell me what you feel, or in an emergency, call for help from your phone.",
    );
    expect(reply.open).toBe(true);
  });

  it("a search miss says where to turn", async () => {
    const reply = await newDevice().intend("SearchIntent", { query: "the capital of peru" });
    expect(reply.speech).toContain(
      "If you're hurt, tell me what you feel, or in an emergency, call for help from your phone.",
    );
    expect(reply.open).toBe(true);
  });
});

function canFulfill(intent: string, slots: Parameters<typeof Object.fromEntries>[0] = []) {
  return envelope({
    type: "CanFulfillIntentRequest",
    requestId: "amzn1.echo-api.request.cfir",
    timestamp: "2026-11-30T08:00:00Z",
    locale: "en-US",
    intent: { name: intent, confirmationStatus: "NONE", slots: Object.fromEntries(slots) },
  } as never);
}

describe("canFulfill", () => {
  it.each([
    ["a warning sign", "RedFlagIntent", [["symptom", raw("symptom", "chest pain")]]],
    ["a warning sign it does not know", "RedFlagIntent", []],
    ["the emergency number", "EmergencyNumberIntent", []],
  ] as const)("NO for %s: not for a stretching skill", async (_what, intent, slots) => {
    const store = new MemoryStore();
    const response = await checkedHandler(store)(canFulfill(intent, slots as never));
    expect(response.response.canFulfillIntent).toEqual({ canFulfill: "NO" });
  });
});

describe("each locale's own words for a sign", () => {
  it.each([
    ["en-GB", "so i came over all faint", /^Call nine nine nine from your phone now\./],
    ["en-GB", "so i've been sick", /^Being sick after a very hard session can happen/],
    ["en-AU", "so a little bingle", /^Please have this checked by your GP or a physio in the next few days\./],
    ["en-AU", "so i chucked up", /^Being sick after a very hard session/],
    ["en-IN", "so i am having fever", /^Please get seen today: consult a doctor at a clinic today/],
    [
      "en-IN",
      "so i am having breathlessness",
      /^Call one one two, or one zero eight for an ambulance, from your phone now\./,
    ],
    ["en-CA", "so i got checked into the boards", /^Call nine one one from your phone now\./],
  ] as const)('%s: "%s"', async (locale, said, level) => {
    const d = newDevice({ locale });
    await d.say("open neck coach");
    const [reply] = await talk(d, `U: ${said}`, "A: [ended]");
    expect(reply?.speech).toMatch(level);
  });
});
