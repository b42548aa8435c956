/**
 * Warning signs said in everyday words, not by their names ("half my face
 * feels funny", "i keep dropping things", "my words came out wrong"), and in
 * each locale's own words, through the real interaction model to the real
 * skill: the level the triage table gives, never a lower one.
 */
import { describe, expect, it } from "vitest";
import type { RedFlagLevel } from "../../models/types";
import { newDevice, talk } from "../support/conversation";
import { expectNoStretch, LEVEL_SAYS } from "../support/levels";

const EVERYDAY_US: readonly { said: string; level: RedFlagLevel }[] = [
  { said: "so half my face feels funny", level: "emergency" },
  { said: "so my words came out wrong", level: "emergency" },
  { said: "so i keep dropping things", level: "emergency" },
  { said: "so the bar came down on my neck", level: "emergency" },
  { said: "so my grandma fell", level: "emergency" },
  { said: "so i'm stumbling all over the place", level: "emergency" },
  { said: "so both my hands are tingling", level: "urgent" },
  { said: "so i'm running a temperature", level: "urgent" },
  { said: "so i've lost weight for no reason", level: "soon" },
  { said: "so i had breast cancer", level: "soon" },
  { said: "so something clicked", level: "soon" },
  { said: "so i got bumped in the parking lot", level: "soon" },
  { said: "i feel woozy", level: "dizziness" },
  { said: "i've got one of my usual migraines", level: "self-care" },
  // Signs named in words the vocabulary once lacked (en-symptoms-said.ts).
  { said: "i have a purple rash", level: "emergency" },
  { said: "so my vision's gone double", level: "emergency" },
  { said: "i'm having a hard time catching my breath", level: "emergency" },
  { said: "so bending my head sends a zap down my arms", level: "urgent" },
  { said: "so something just popped", level: "soon" },
  { said: "so somebody bumped my car at a stop light", level: "soon" },
  { said: "so my head is splitting", level: "self-care" },
  { said: "so part of my face went numb", level: "emergency" },
  { said: "so my words are coming out all funny", level: "emergency" },
  { said: "so my arm has no strength in it", level: "emergency" },
  { said: "so i keeled over", level: "emergency" },
  { said: "so i came off the motorbike", level: "emergency" },
  { said: "so i can't even stand straight", level: "emergency" },
  { said: "so both my hands are getting numb", level: "urgent" },
  { said: "i get zaps when i bend my neck", level: "urgent" },
  // Everyday forms said with a filler or a plain verb ('just went numb', 'keep going tingly', 'became weak').
  { said: "so half my face just went numb", level: "emergency" },
  { said: "so my face has just gone numb on the left", level: "emergency" },
  { said: "so my eyelid feels like it's drooping", level: "emergency" },
  { said: "so i don't know what day it is", level: "emergency" },
  { said: "so i keep tipping over", level: "emergency" },
  { said: "so my arm became weak suddenly", level: "emergency" },
  { said: "so i passed out for a sec", level: "emergency" },
  { said: "so both of my hands keep going tingly", level: "urgent" },
  { said: "i get like an electric shock down my back", level: "urgent" },
  { said: "so my right arm is super weak", level: "emergency" },
  { said: "so both hands have gone all tingly", level: "urgent" },
  { said: "i get this electric zap down my spine", level: "urgent" },
  { said: "i get shocks down my arms", level: "urgent" },
  { said: "so my face goes numb", level: "emergency" },
  { said: "so my right eye looks droopy", level: "emergency" },
  { said: "i feel all foggy and mixed up", level: "emergency" },
  { said: "i get this electric shock down my back", level: "urgent" },
  // Signs told about someone else, or by what brings them on ('where he is', shocks on tilting the head, a full breath).
  { said: "so he doesn't know where he is", level: "emergency" },
  { said: "i get electric shocks when i tilt my head down", level: "urgent" },
  { said: "so i can't get a full breath in", level: "emergency" },
  { said: "so my pupil looks smaller on one side", level: "emergency" },
  { said: "so i can't walk in a straight line", level: "emergency" },
  // Pins and needles said alone is one arm's tingling (see a doctor soon), not both hands (today).
  { said: "i've got pins and needles", level: "soon" },
  { said: "so both my hands have got pins and needles", level: "urgent" },
  // Blurted out with a side, an age, a number or what happened (en-symptoms-plain.ts).
  { said: "so i'm sixty eight and i tripped", level: "emergency" },
  { said: "so my eyelid keeps drooping", level: "emergency" },
  { said: "so my chest's gone all tight", level: "emergency" },
  { said: "so both my hands have gone all tingly and clumsy", level: "urgent" },
  { said: "so my right arm is going numb", level: "soon" },
  { said: "i lost ten kilos without trying", level: "soon" },
  { said: "i heard a pop during deadlifts", level: "soon" },
  // A small crash is "see a doctor soon", however it is told, not the emergency of a hard one.
  { said: "i got rear ended in a parking lot", level: "soon" },
];

describe("warning signs in everyday words reach the table's level (en-US)", () => {
  it.each(EVERYDAY_US)('"$said": $level', async ({ said, level }) => {
    const device = newDevice();
    await device.say("open neck coach");
    const [reply] = await talk(device, `U: ${said}`, "A: [ended]");
    expect(reply?.speech).toMatch(LEVEL_SAYS[level]);
    if (reply) expectNoStretch(reply);
  });
});

/** A sign in a locale's own words, and how that locale's emergency or same-day reply begins. */
const REGIONAL: readonly { locale: string; said: string; says: RegExp }[] = [
  { locale: "en-GB", said: "so i hit the deck", says: /^Call nine nine nine from your phone now\./ },
  { locale: "en-AU", said: "so half me face has gone numb", says: /^Call triple zero from your phone now\./ },
  { locale: "en-AU", said: "so i stacked it off me bike", says: /^Call triple zero from your phone now\./ },
  { locale: "en-IN", said: "so my chest is paining", says: /from your phone now\./ },
  { locale: "en-IN", said: "so current like feeling is going down my back", says: /today/ },
  { locale: "en-CA", said: "so i couldn't make it to the washroom", says: /^Call nine one one from your phone now\./ },
  { locale: "en-GB", said: "so my throat's closing up", says: /^Call nine nine nine from your phone now\./ },
  {
    locale: "en-AU",
    said: "so one side of me face has gone all numb",
    says: /^Call triple zero from your phone now\./,
  },
  { locale: "en-AU", said: "so me arm's gone weak as", says: /^Call triple zero from your phone now\./ },
  { locale: "en-IN", said: "so i could not control my urine", says: /from your phone now\./ },
  { locale: "en-IN", said: "so both my hands are getting pins and needles", says: /today/ },
  { locale: "en-CA", said: "so i'm all mixed up", says: /^Call nine one one from your phone now\./ },
  { locale: "en-IN", said: "so pins and needles are coming in both my hands", says: /today/ },
  { locale: "en-AU", said: "so both me hands are all pins and needles", says: /today/ },
  {
    locale: "en-AU",
    said: "so me dad's seventy five and he stacked it",
    says: /^Call triple zero from your phone now\./,
  },
  { locale: "en-IN", said: "so neck pain is there since one month", says: /in the next few days\./ },
];

describe("warning signs in each locale's own words", () => {
  it.each(REGIONAL)('$locale: "$said"', async ({ locale, said, says }) => {
    const device = newDevice({ locale });
    await device.say("open neck coach");
    const [reply] = await talk(device, `U: ${said}`, "A: [ended]");
    expect(reply?.speech).toMatch(says);
    if (reply) expectNoStretch(reply);
  });
});

/** A question about one sign, asked as people ask it: the answer names that sign's level and the session stays open. */
const ASKED: readonly { asked: string; says: RegExp }[] = [
  { asked: "ask neck coach is it normal to feel zaps when i bend my neck", says: /today/ },
  { asked: "ask neck coach is it bad that both my hands are tingling", says: /today/ },
  { asked: "ask neck coach should i be worried after i keeled over", says: /nine one one/ },
];

describe("a question about one sign names its level", () => {
  it.each(ASKED)('"$asked"', async ({ asked, says }) => {
    await talk(newDevice(), `U: ${asked}`, `A: /${says.source}/`, "A: [open]");
  });
});
