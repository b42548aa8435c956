/**
 * Warning signs as they come out mid-sentence (issue 19): the same signs with
 * the small words people put inside them ("i just heard a pop", "my head's
 * absolutely banging", "my arm's gone properly weak"), an arm or hand gone
 * numb, weight dropping without dieting, an older person's slip in the
 * shower, wetting oneself, light that hurts the eyes, a breath one can't get.
 * Listed after the other everyday words (en-symptoms-everyday.ts), so the
 * forms that show each word first stay the ones they were.
 */
import type { RedFlagId } from "../types";
import { expandAll } from "./grammar";

export const EN_SYMPTOM_HEARD: Readonly<Partial<Record<RedFlagId, readonly string[]>>> = {
  "pop-then-pain": expandAll(["i just (heard|felt) a (pop|crack|click|snap)( in my neck|)"]),
  headache: expandAll([
    "my head('s| is) (absolutely|really|properly|just) (banging|pounding|thumping|killing me|throbbing)",
  ]),
  "arm-tingling": expandAll([
    "my (arm|hand|left arm|right arm|left hand|right hand)('s| has| is) (gone |)numb",
    "my (arm|hand) (went|has gone|is going) (numb|tingly)",
  ]),
  weakness: expandAll([
    "my (left |right |)(arm|hand)('s| has) gone (properly|really|so|all) weak",
    "my (left |right |)(arm|hand) (is|feels) (so |really |)weak",
  ]),
  "weight-loss": expandAll([
    "(i've been |i'm |)dropping weight without (dieting|trying|even trying)",
    "(i've |i have |)lost (like |about |)(ten|fifteen|twenty) pounds without (trying|dieting|even trying)",
    "(i've |i have |)lost (a lot of|loads of) weight without (trying|dieting|even trying)",
  ]),
  "older-fall": expandAll(["(he|she) (slipped|fell|tripped) (in the shower|on black ice|in the garden|in the bath)"]),
  "bladder-bowel": expandAll(["i (just |)(wet|peed) myself", "i (wet|peed) myself without (feeling it|knowing)"]),
  "light-sensitivity": expandAll(["(the |)light is (really |)(hurting|killing|bothering) my eyes"]),
  "breathing-swallowing": expandAll(["i can't get my breath", "i (can't|cannot) get (a|my) breath in"]),
  "chest-pain": expandAll(["my chest('s| is) aching and it's spreading (up |)(into |)my (neck|jaw)"]),
  "vision-speech": expandAll(["my vision('s| has) gone (all |)blurry", "my speech is (coming out |)slurred"]),
  "face-numb": expandAll(["one side of my face is (feeling |going |)numb", "my face (goes|went|is going) numb"]),
  "electric-shocks": expandAll(["(electric shocks|a shock feeling|shock like feeling) when i bend my neck"]),
  vomiting: expandAll(["i've just been sick", "i just (threw up|puked|vomited) (twice|again)"]),
};
