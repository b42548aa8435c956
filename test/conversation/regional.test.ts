/**
 * Each English locale heard in its own words: phrasings people in Britain,
 * Australia, India and Canada use, spoken through that locale's real
 * interaction model to the real skill, and what the skill says back in that
 * locale (GP or doctor, chemist or pharmacy, paracetamol or acetaminophen,
 * and the local emergency number). Each phrasing is also shown to be the
 * locale's own: the en-US model does not hear it.
 */
import { describe, expect, it } from "vitest";
import { newDevice, talk } from "../support/conversation";

/** The disclaimer spoken on first use, before the answer: the answer must come straight after it. */
const FIRST = "^(Quick note: [^.]*\\. )?";

const inLocale = (locale: string) => newDevice({ locale });

/** A locale's own phrasing and the plain one were answered alike, and not with silence. */
const expectSameReply = ([reply, expected]: readonly [string, string]): void => {
  expect(reply).not.toBe("");
  expect(reply).toBe(expected);
};

describe("en-GB", () => {
  it("I've cricked my neck: what to do now, and a GP or a physio if it doesn't settle", async () => {
    const [reply] = await talk(
      inLocale("en-GB"),
      "U: ask neck coach i've cricked my neck",
      `A: /${FIRST}For ordinary soreness after training, ease off today and give your neck a rest from heavy work\\./`,
      "A: /see your GP or a physio\\./",
    );
    expect(reply?.speech).not.toMatch(/physical therapist/);
  });

  it("my neck's knackered, and no thanks in British: you're all right", async () => {
    await talk(
      inLocale("en-GB"),
      "U: ask neck coach my neck's knackered",
      "A: /give your neck a rest/",
      "A: /Would you like/",
      "U: you're all right thanks",
      "A: /Go gently/",
    );
  });

  it("A&E: the warning signs, nine nine nine first; on a yes, the rest, the GP and one one one", async () => {
    await talk(
      inLocale("en-GB"),
      "U: ask neck coach should i go to a and e with my neck",
      `A: /${FIRST}Call nine nine nine from your phone for chest pain/`,
      "A: /Would you like the other warning signs\\?$/",
      "U: yes",
      "A: /Also call nine nine nine from your phone for sudden changes in vision or speech/",
      "A: /The same goes for neck pain after a crash/",
      "U: yes",
      "A: /See your GP within days for numbness/",
      "A: /one one one can advise/",
    );
  });

  it("paracetamol: a pain reliever from the pharmacy, and a pharmacist to ask, with no dose", async () => {
    const [reply] = await talk(
      inLocale("en-GB"),
      "U: ask neck coach can i take paracetamol for my neck",
      "A: /A pain reliever from the pharmacy, like paracetamol or ibuprofen/",
      "A: /ask a pharmacist first/",
    );
    expect(reply?.speech).not.toMatch(/\b(mg|milligrams?|tablets? a day|every \w+ hours)\b/i);
  });

  it("ice or a wheat bag: ice first, then a wheat bag or a hot water bottle", async () => {
    await talk(
      inLocale("en-GB"),
      "U: ask neck coach ice or a wheat bag for my neck",
      "A: /Ice first/",
      "A: /like a wheat bag or a hot water bottle wrapped in a towel/",
    );
  });

  it("I came off my bike: nine nine nine first, no stretching", async () => {
    await talk(
      inLocale("en-GB"),
      "U: ask neck coach i came off my bike and my neck hurts",
      "A: /^Call nine nine nine from your phone now\\./",
      "A: /no stretching today/",
    );
  });

  it("lat pull downs are the pull up, and the answer is about the bar", async () => {
    await talk(
      inLocale("en-GB"),
      "U: ask neck coach why's my neck so sore after lat pull downs",
      "A: /Reaching your chin toward the bar/",
    );
  });

  it("how long a cricked neck lasts: see your GP after a couple of weeks", async () => {
    await talk(
      inLocale("en-GB"),
      "U: ask neck coach how long does a cricked neck last",
      "A: /usually eases within two or three days/",
      "A: /see your GP\\./",
    );
  });
});

describe("en-AU", () => {
  it("my neck's heaps sore: what to do now, and the GP or a physio", async () => {
    await talk(
      inLocale("en-AU"),
      "U: ask neck coach my neck's heaps sore",
      `A: /${FIRST}For ordinary soreness after training/`,
      "A: /see your GP or a physio\\./",
    );
  });

  it("triple zero: the number, and when to call it from a phone", async () => {
    const [reply] = await talk(
      inLocale("en-AU"),
      "U: ask neck coach when should i call triple zero about my neck",
      "A: /In Australia, the emergency number is triple zero\\./",
      "A: /Call triple zero from your phone for chest pain/",
    );
    expect(reply?.speech).not.toMatch(/nine nine nine|one one one/);
  });

  it("I stacked my bike: call triple zero now", async () => {
    await talk(
      inLocale("en-AU"),
      "U: ask neck coach i stacked my bike and my neck hurts",
      "A: /^Call triple zero from your phone now\\./",
    );
  });

  it("Panadol: a pain reliever from the chemist, and the pharmacist there to ask", async () => {
    await talk(
      inLocale("en-AU"),
      "U: ask neck coach can i take panadol for my neck",
      "A: /A pain reliever from the chemist, like paracetamol \\(Panadol, say\\) or ibuprofen/",
      "A: /ask the pharmacist at your chemist first/",
    );
  });

  it("will my neck come good: it usually comes good in two or three days", async () => {
    await talk(
      inLocale("en-AU"),
      "U: ask neck coach will my neck come good",
      "A: /usually comes good within two or three days/",
    );
  });

  it("reckon I should see a chiro: the GP, or a physio, chiro or osteo", async () => {
    await talk(
      inLocale("en-AU"),
      "U: ask neck coach reckon i should see a chiro",
      "A: /See your GP, or a physio, chiro or osteo, if your neck pain lasts/",
    );
  });

  it("yeah nah is no", async () => {
    await talk(
      inLocale("en-AU"),
      "U: ask neck coach i've got a crook neck",
      "A: /Would you like/",
      "U: yeah nah",
      "A: /Go gently/",
    );
  });
});

describe("en-IN", () => {
  it("my neck is paining since morning: what to do now, and a doctor or physiotherapist, not a GP", async () => {
    const [reply] = await talk(
      inLocale("en-IN"),
      "U: ask neck coach my neck is paining since morning",
      `A: /${FIRST}For ordinary soreness after training, ease off today and give your neck a rest from heavy work\\./`,
      "A: /consult a doctor or physiotherapist\\./",
    );
    expect(reply?.speech).not.toMatch(/\bGP\b/);
  });

  it("I met with an accident: call one one two now", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach i met with an accident and my neck hurts",
      "A: /^Call one one two, or one zero eight for an ambulance, from your phone now\\./",
    );
  });

  it("I feel giddy: dizziness, sit down, and one one two if it comes with more", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach i feel giddy",
      "A: /^Sit or lie down somewhere safe, and rest until it passes\\./",
      "A: /call one one two, or one zero eight for an ambulance, from your phone now/",
    );
  });

  it("Crocin: a pain reliever from the chemist, and a doctor or pharmacist to ask", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach can i take crocin",
      "A: /A pain reliever from the chemist, like paracetamol/",
      "A: /check with a doctor or pharmacist first/",
    );
  });

  it("tell me one stretch: a stretch is taught", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach tell me one stretch",
      `A: /${FIRST}Let's do a /`,
      "A: /Would you like to learn the/",
    );
  });

  it("which all stretches are there: the list", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach which all stretches are there",
      "A: /I know \\d+ stretches: chin tuck/",
    );
  });

  it("wrong posture is the posture cause", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach is my neck paining due to wrong posture",
      "A: /Form slips when you chase a heavier weight/",
    );
  });

  it("should I show it to a doctor: a doctor or physiotherapist", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach should i show it to a doctor",
      "A: /See a doctor or physiotherapist if your neck pain lasts/",
    );
  });

  it("when to go to hospital: one one two or one zero eight for an emergency; on a yes, the rest and a doctor within days", async () => {
    await talk(
      inLocale("en-IN"),
      "U: ask neck coach when should i go to hospital for my neck",
      `A: /${FIRST}Call one one two, or one zero eight for an ambulance, from your phone for chest pain/`,
      "U: yes",
      "U: yes",
      "A: /Consult a doctor within days for numbness/",
    );
  });
});

describe("en-CA", () => {
  it("a walk-in clinic: a doctor or physiotherapist, and a program", async () => {
    await talk(
      inLocale("en-CA"),
      "U: ask neck coach should i go to a walk in clinic",
      "A: /See a doctor or physiotherapist if your neck pain lasts/",
      "A: /a new program\\./",
    );
  });

  it("Tylenol: acetaminophen or ibuprofen, and a pharmacist to ask", async () => {
    await talk(
      inLocale("en-CA"),
      "U: ask neck coach can i take tylenol for my neck",
      "A: /like acetaminophen or ibuprofen/",
      "A: /ask a pharmacist first/",
    );
  });

  it("checked into the boards: call nine one one now", async () => {
    await talk(
      inLocale("en-CA"),
      "U: ask neck coach i got checked into the boards and my neck hurts",
      "A: /^Call nine one one from your phone now\\./",
    );
  });

  it("emerg: the warning signs, eight one one for a nurse, nine one one for an emergency", async () => {
    await talk(
      inLocale("en-CA"),
      "U: ask neck coach should i go to emerg for my neck",
      "A: /Call nine one one from your phone for chest pain/",
      "U: yes",
      "U: yes",
      "A: /call eight one one to talk to a nurse/",
    );
  });

  it("a Magic Bag: ice or heat", async () => {
    await talk(inLocale("en-CA"), "U: ask neck coach ice or a magic bag for my neck", "A: /Ice first/");
  });

  it("stiff after hockey: what to do now, and a doctor or physiotherapist", async () => {
    await talk(
      inLocale("en-CA"),
      "U: ask neck coach my neck is so stiff after hockey",
      "A: /give your neck a rest/",
      "A: /see a doctor or physiotherapist\\./",
    );
  });
});

describe("each locale's own words are its own", () => {
  it.each([
    "i've cricked my neck",
    "my neck's knackered",
    "should i go to a and e with my neck",
    "my neck's heaps sore",
    "i stacked my bike and my neck hurts",
    "my neck is paining since morning",
    "can i take crocin",
    "i met with an accident and my neck hurts",
    "should i go to emerg for my neck",
    "i got checked into the boards and my neck hurts",
    "ice or a magic bag for my neck",
  ])("en-US does not hear %s", async (phrase) => {
    await expect(newDevice().say(`ask neck coach ${phrase}`)).rejects.toThrow(/No sample utterance matches/);
  });

  it("en-CA, which falls back to en-US, does not hear the British, Australian or Indian words", async () => {
    for (const phrase of ["i've cricked my neck", "my neck's heaps sore", "my neck is paining since morning"]) {
      await expect(inLocale("en-CA").say(`ask neck coach ${phrase}`)).rejects.toThrow(/No sample utterance matches/);
    }
  });
});

describe("what en-US says is unchanged by the other locales", () => {
  it("a stiff neck: have it checked, with no GP, pharmacy or paracetamol", async () => {
    const [reply] = await talk(
      newDevice(),
      "U: ask neck coach i have a stiff neck",
      "A: /or it's getting worse after a couple of weeks, have it checked\\./",
    );
    expect(reply?.speech).not.toMatch(/\bGP\b|physio\b|pharmacy|paracetamol/);
  });

  it("pain relievers: over the counter, with no medicine named", async () => {
    const [reply] = await talk(
      newDevice(),
      "U: ask neck coach can i take ibuprofen for my neck",
      "A: /An over the counter pain reliever can take the edge off/",
    );
    expect(reply?.speech).not.toMatch(/paracetamol|acetaminophen/);
  });
});

describe("a routine controlled in each locale's own everyday words", () => {
  /** The reply to each control, mid-routine, in `locale` said its way and in en-US said plainly. */
  const midRoutine = async (locale: string, said: string, plain: string): Promise<[string, string]> => {
    const theirs = inLocale(locale);
    const ours = newDevice();
    await talk(theirs, "U: ask neck coach to start the full routine", "U: next");
    await talk(ours, "U: ask neck coach to start the full routine", "U: next");
    const [reply] = await talk(theirs, `U: ${said}`);
    const [expected] = await talk(ours, `U: ${plain}`);
    return [reply?.speech ?? "", expected?.speech ?? ""];
  };

  it.each([
    ["en-AU", "righto next", "next"],
    ["en-AU", "longer holds mate", "hold it longer"],
    ["en-AU", "hang on a tick mate", "hang on"],
    ["en-GB", "go back a step then", "go back"],
    ["en-GB", "pardon mate", "repeat that"],
    ["en-IN", "kindly repeat once more", "repeat that"],
    ["en-IN", "go little slower", "slower"],
    ["en-CA", "next one eh", "next"],
    ["en-CA", "sorry eh what was that", "repeat that"],
  ])("%s: %s does what %s does", async (locale, said, plain) => {
    expectSameReply(await midRoutine(locale, said, plain));
  });

  it.each(["righto next", "longer holds mate", "kindly repeat once more", "next one eh"])(
    "en-US does not hear %s",
    async (phrase) => {
      const user = newDevice();
      await talk(user, "U: ask neck coach to start the full routine");
      await expect(user.say(phrase)).rejects.toThrow(/No sample utterance matches/);
    },
  );
});

describe("a stretch or a routine asked for in each locale's own words", () => {
  /** The launch reply to `said` in `locale`, and to the plain request in the same locale. */
  const both = async (locale: string, said: string, plain: string): Promise<[string, string]> => {
    const [reply] = await talk(inLocale(locale), `U: ask neck coach ${said}`);
    const [expected] = await talk(inLocale(locale), `U: ask neck coach ${plain}`);
    return [reply?.speech ?? "", expected?.speech ?? ""];
  };

  it.each([
    ["en-AU", "can ya show us the chin tuck", "teach me the chin tuck"],
    ["en-AU", "how do ya do the neck tilt mate", "teach me the neck tilt"],
    ["en-AU", "what stretches have ya got", "what stretches do you know"],
    ["en-GB", "right teach me that shoulder roll then", "teach me the shoulder roll"],
    ["en-IN", "how to do the chin tuck exercise tell me", "teach me the chin tuck"],
  ])("%s: %s does what %s does", async (locale, said, plain) => {
    expectSameReply(await both(locale, said, plain));
  });
});
