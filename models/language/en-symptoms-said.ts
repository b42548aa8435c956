/**
 * Warning signs the vocabulary lacked, as people name them (issue 19): a
 * purple rash or one that stays under a glass, wobbly legs, double vision, a
 * throat that feels tight, a hard time catching one's breath, a zap down the
 * arms on bending the head, something that popped, a car that bumped into
 * mine, a head that is splitting; and the plain forms people say for signs
 * the vocabulary had under other words (part of the face gone numb, words
 * coming out funny, an arm with no strength, both hands getting numb, zaps on
 * bending the neck, keeling over, coming off the motorbike), and more plain
 * forms (a pupil that looks smaller, not knowing where he is, not
 * getting a full breath in, shocks on tilting the head or dropping the chin,
 * a pop heard in the neck, a headache that hit like a thunderclap). Few forms
 * each: merged into the everyday words of en-symptoms-everyday.ts.
 */
import type { RedFlagId } from "../types";
import { expandAll } from "./grammar";

export const EN_SYMPTOM_SAID: Readonly<Partial<Record<RedFlagId, readonly string[]>>> = {
  rash: expandAll([
    "(a |this |)purple rash",
    "(a |)rash on my (legs|arms|chest) that (doesn't|won't) (fade|go away)",
    "(a |)rash that (doesn't|won't) go away when i press a glass on it",
  ]),
  "walking-balance": expandAll([
    "wobbly legs",
    "i can't balance",
    "i keep tipping (over|to one side)",
    "my legs feel wobbly",
    "my legs are all wobbly",
    "i (can't|cannot) walk in a straight line",
    "i can't (even |)stand (straight|properly|up properly)",
  ]),
  "vision-speech": expandAll([
    "my vision's gone double",
    "my vision went double",
    "everything looks double",
    "my words are coming out (all |)(funny|jumbled|weird|mixed up)",
    "my speech (is coming out|has gone|went) (a bit |)slurred",
  ]),
  "face-numb": expandAll([
    "part of my face (went|has gone|is|feels) numb",
    "my face (feels|is) (kind of |a bit |)numb on one side",
    "my cheek('s| has) gone (all |)numb",
    "(half|the left side of|the right side of) my face just went numb",
    "the whole (left|right) side of my face (just |)went numb",
    "my face has just gone numb( on the left| on the right|)",
    "one side of my face has gone all numb( and tingly|)",
    "half my face feels kinda numb",
    "my face goes numb",
    "one side of my face (feels|is|went|has gone|has become) (kind of |kinda |)numb",
  ]),
  "eyelid-droop": expandAll([
    "my (right|left) eye looks droopy",
    "my eyelid feels like it's drooping",
    "drooping of the eyelid",
    "my pupil looks smaller( on that side| on one side|)",
  ]),
  confusion: expandAll([
    "(i don't|he doesn't|she doesn't) know what day it is",
    "all foggy and mixed up",
    "(he's|she's|i'm) all confused",
    "(he doesn't|she doesn't|i don't) know where (he is|she is|i am)",
  ]),
  weakness: expandAll([
    "i can't (hold|lift|raise) my arm up",
    "my arm (has|'s got) no strength( in it|)",
    "my arm became weak( suddenly|)",
    "my (right |left |)(hand|arm) has become (very |really |)weak",
    "my arm's gone properly weak",
    "my (left|right) arm (is|feels) super weak",
    "my arm just gave out",
  ]),
  "both-hands": expandAll([
    "both (my |)hands are getting (numb|tingly)",
    "my hands are both (tingling|numb|tingly)",
    "both (my |)hands feel like they're asleep",
    "both of my hands keep going (tingly|numb)",
    "both hands have gone all tingly",
    "both (my |)hands have (got |)pins and needles",
    "fingers on both hands are buzzing",
  ]),
  fainting: expandAll(["(i |)keeled over", "(i |)passed out for a (second|moment|sec)"]),
  "breathing-swallowing": expandAll([
    "(a hard time|a tough time|trouble) catching my breath",
    "my throat (feels|is) (tight|really tight)",
    "my throat feels like it's closing",
    "i (can't|cannot) get a (full |proper |)breath in",
  ]),
  "electric-shocks": expandAll([
    "(bending|tilting) my head sends (a zap|a shock|shocks) down my (arms|back)",
    "(a zap|an electric shock) down my arms",
    "when i put my chin down i get (a shock|an electric shock|a zap)",
    "(zaps|a zap|shocks|electric shocks|a shock feeling) when i (bend|tilt) my neck( forward|)",
    "(a sort of electric shock|like an electric shock|this electric shock) down my (back|spine)",
    "a jolt like electricity down (both arms|my arms)",
    "(this|an) electric zap( down my spine|)",
    "(zaps|a zap) (like|of) electricity",
    "shocks down my arms",
    "(zaps|a zap|shocks|electric shocks|an electric shock) when i (bend|tilt|drop|put) my head( forward| down|)",
    "(an electric zap|a zap|an electric shock) down my back",
    "(an electric shock|an electric zap|a zap|a shock) (right |)down my (back|spine) when i (drop|dropped|tuck|tucked|put) my chin( down|)",
    "(electric shocks|shocks|zaps|a zap) down my arms when i look down",
    "(an |)electric shock feeling when i (bend|tilt) my neck",
  ]),
  injury: expandAll([
    "(i |)came off the (bike|motorbike|motorcycle)",
    "(i |)came off my motorcycle",
    "i fell from (the|my) bike",
  ]),
  "pop-then-pain": expandAll([
    "something just popped",
    "(i |)felt something pop( in my neck|)",
    "(i |)heard a pop in my neck",
    "something popped (in my neck|when i did that)",
  ]),
  "minor-bump": expandAll(["(someone|somebody) bumped my car", "(someone|somebody) bumped my car at a stop light"]),
  headache: expandAll(["my head is splitting", "my head's splitting"]),
  "worst-headache": expandAll([
    "(this |a |the |)headache (just |)hit me like a thunderclap",
    "(the |)worst headache i've ever had in my life",
  ]),
  "cancer-history": expandAll([
    "i had (cancer|melanoma|lymphoma|breast cancer|bowel cancer|thyroid cancer) (a few years back|a couple years back|a couple of years ago|two years ago)",
  ]),
  "chest-pain": expandAll([
    "my chest('s| is) killing me",
    "my chest('s| has) gone (tight|really tight)",
    "the pain('s| is) spreading (up |)into my (jaw|neck|left arm)",
  ]),
  "night-sweats": expandAll(["(i've been |i keep |)waking up in the night (drenched|soaked) in sweat"]),
  "arm-tingling": expandAll([
    "my fingers are (kind of |kinda |a bit |)numb( on my right hand| on my left hand|)",
    "my arm('s| has) (gone|been) (all |)tingly",
    "my (left|right) hand is tingling",
  ]),
  "weight-loss": expandAll(["(i've been |)losing weight (and i'm not even trying|without even trying|without trying)"]),
  dizziness: expandAll(["i'm feeling (dizzy|lightheaded|woozy)", "the room('s| is) spinning( a little| a bit|)"]),
};
