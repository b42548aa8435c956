/**
 * Warning signs as people tell them, second pass (issue 19): the words a sign
 * takes inside a story or a plain complaint ("my arm just went weak on me",
 * "i came off my bike and hit my head", "my eyelid's drooping", "i've been
 * puking all morning", "he slipped in the bathroom"), with the verb forms
 * people use ("has become", "is going", "keeps going") and the regional words
 * every locale hears (a shunt, a ding, chucking up, a temp). Merged into the
 * everyday words of en-symptoms-everyday.ts.
 */
import type { RedFlagId } from "../types";
import { expandAll } from "./grammar";

export const EN_SYMPTOM_TOLD: Readonly<Partial<Record<RedFlagId, readonly string[]>>> = {
  injury: expandAll([
    "(i |)(crashed|fell off|fell from) my (bike|mountain bike|scooter|scooty)",
    "(i |)came off my (mountain bike|scooter|scooty)",
    "(i |)(smashed|hit|whacked|bashed) my head on the (ground|floor|bottom|sandbar|ice)",
    "(i |)got (slammed|dropped|thrown) on my (head|neck)",
    "(i |)(took|copped|got) (a puck|a knee|an elbow|a kick|a ball) to the head",
    "someone (went|drove|ran) into the back of (me|my car)",
    "(i |)got rear ended (pretty |really |)hard",
    "(i |)got dumped by a wave",
    "(i |)(fell|came down) on my head",
  ]),
  "older-fall": expandAll([
    "(my dad's|my mum's|my mom's|my father is|my nan's|my grandpa is) (seventy|eighty) and (he|she) (fell|slipped|tripped|had a fall)",
    "(he|she) (slipped|tripped|fell) (in the bathroom|on the stairs|off the ladder|on the curb|in the kitchen|on the ice)",
    "(he's|she's) had a fall",
  ]),
  "chest-pain": expandAll([
    "(a |)(horrible |bad |)pain in my chest (and it's |that's |)going (right |)up into my (jaw|neck)",
    "chest pain and it's going (up |)(into|to) my jaw",
    "the pain is going up into my (jaw|neck)",
    "my chest is (really |)tight",
  ]),
  "breathing-swallowing": expandAll([
    "(swallowing|breathing) (is|feels) (difficult|hard|weird|painful|tough|funny)",
    "i (can barely|can hardly|am not able to|can't) (breathe|swallow) (properly|right|at all)",
    "(i'm |i am |)having (trouble|difficulty|a hard time) (breathing|swallowing)",
    "struggling to catch my breath",
    "my neck (feels|looks) (swollen|puffy)",
  ]),
  "face-numb": expandAll([
    "(the |)(whole |)(left|right) side of my face (feels|is|has gone|went) (numb|droopy)",
    "one side of my face (has become|has gone|went|feels) (numb|droopy)",
    "half my face (has gone|went|is|feels) (numb|droopy)",
    "my face (feels|is) (droopy|droopy and numb)",
  ]),
  "vision-speech": expandAll([
    "i can't get my words out (properly|right)",
    "my (eyesight|vision)('s| has) gone (all |)(fuzzy|blurry)",
    "everything('s| is| looks) (all |)(blurry|fuzzy)",
    "my (speech|words) (is|are) (coming out|not coming) (all slurred|properly|weird|wrong)",
    "my (words|speech) (are|is|sounds) (all |)slurred",
    "my vision (is|just went) (blurred|blurry)",
  ]),
  weakness: expandAll([
    "my (left |right |)(arm|hand) (just |)went (totally |all |)weak( on me|)",
    "my (left |right |)(arm|hand)('s| has) gone (all |)weak",
    "my (left |right |)(arm|hand) has become (very |)weak",
    "i (can't|cannot) (even |)(hold|lift|grip) (my phone|the bar|anything|it)",
    "i can barely (lift|hold) (my cup|my cuppa|anything)",
    "(that's|it's) still weak( hours later|)",
  ]),
  "walking-balance": expandAll([
    "i (keep|am) (tripping|tripping over|tripping over my own feet|stumbling|bumping into things)",
    "i (can't|cannot) (stand|walk) (steady|straight|properly)",
    "(i'm |i am |)having (trouble|difficulty) walking",
    "my legs (have gone|went|feel|are) (all |)(wobbly|like jelly)",
    "(i feel |i'm |)unsteady on my feet",
    "i am (losing|losing my) balance",
    "i keep losing my balance",
  ]),
  confusion: expandAll([
    "(i'm|i am|i feel) (feeling |)(super |kinda |kind of |very |)(confused|foggy|out of it)",
    "(i've |i have |)(come over|gone) all (muddled|confused)",
    "i can't remember what i was doing",
    "(i'm |)(confused|foggy) and (can't think straight|out of it|foggy)",
  ]),
  "eyelid-droop": expandAll([
    "my eyelid('s| is) (drooping|droopy|hanging)( down| on one side|)",
    "one of my (eyelids|eyes) (is|has) (drooping|droopy|dropped)( down|)",
    "one of my pupils (looks|is) (smaller|bigger)",
  ]),
  "bladder-bowel": expandAll([
    "(i've |i have |i |)lost control of (my |)(urine|pee|wee|bowels|bowel|bladder)",
    "i('ve| have|) wet myself( without (even |)(noticing|feeling it)| and didn't (even |)notice|)",
  ]),
  fever: expandAll([
    "(i've been|i'm|i feel) (feverish|running hot|hot and cold)( and shivery|)",
    "(i've|i have) (been running|had) a (fever|temperature|temp)( all day| since yesterday| since last night|)",
    "(i keep getting|i've had|i get) fevers",
    "(a |)fever on and off",
    "(since two days |)i am having fever",
    "running hot",
  ]),
  "fever-stiff-neck": expandAll([
    "(a |)(fever|temperature|temp) (and |)(a |)(really |very |super |)stiff neck",
    "(a|the) (fever|temperature) and my neck('s| is) (very |really |super |)stiff",
    "(i can't|i cannot) (put|touch|get) my chin (on|to) my chest",
  ]),
  "electric-shocks": expandAll([
    "(bending|tucking) my (neck|chin) sends (shocks|a shock|a zap) down my (back|spine)",
    "(a shock|a zap|an electric zap|electric shocks|this electric shock feeling) down my (back|spine)",
    "(it |)feels like (current|electricity) (is |)(passing|going|running) through my body",
    "(every time|when) i (tuck my chin|bend my neck|look down) i get a (shock|zap)",
  ]),
  "both-hands": expandAll([
    "both my hands (keep going|are going|go) (numb|tingly|numb and tingly)",
    "(tingling|pins and needles|numbness) in both (my |)hands (all day|since morning|since yesterday|)",
    "(i've got |i have |)pins and needles in both (my |)hands",
    "both my hands are tingling",
  ]),
  "worst-headache": expandAll([
    "(a |)headache like nothing i've (ever |)had( before|)",
    "i've never had a headache (this|that) bad",
    "(the |)worst headache i've ever had",
    "(such a |a |)severe headache (never in my life|like never before)",
    "(a |)headache (that |)came on all at once",
    "(a |)headache (like|that felt like) (being hit with a bat|a thunderclap|being hit with a cricket bat)",
  ]),
  headache: expandAll([
    "my head('s| is) (pounding|banging|killing me|throbbing)",
    "(a |)(pounding|banging|throbbing) head",
    "(having|i am having) headache (also|too)",
  ]),
  vomiting: expandAll([
    "(i've been|i keep|i'm|i am) (puking|throwing up|vomiting|chucking up|spewing)( all morning| all day|)",
    "(i |)(puked|spewed|vomited|threw up|was sick|chucked up) (twice|three times|again)",
    "(been sick|being sick) (twice|all morning|again)",
    "i keep throwing up",
    "i am vomiting",
  ]),
  dizziness: expandAll([
    "(i'm|i am|i feel) (super |real |really |so |very |)(dizzy|giddy)",
    "(i'm |)dizzy as",
    "(i am |)feeling giddy",
  ]),
  "minor-bump": expandAll([
    "(a |)(little|small|tiny|minor) (ding|shunt|bump|prang) (in the car|in the ute|in the car park|in the parking lot)",
    "(had a|got in a) (little|small|tiny) (fender bender|ding|shunt|bump)",
    "(a |)small (car |)accident (last week |yesterday |)nothing major",
    "(a |)small accident (with my scooty|with my scooter)",
  ]),
  "pop-then-pain": expandAll([
    "(i |)(felt|heard) something (go pop|pop|crack|click) in my neck",
    "(i |)heard a (crack|pop|crack sound|popping sound) in my neck",
  ]),
  "light-sensitivity": expandAll([
    "(the |)(bright |)light('s| is) killing my eyes",
    "bright light (is killing|hurts|is hurting) my eyes",
  ]),
  rash: expandAll([
    "(little |)(purple|red) spots that (don't|won't) (go away|fade)( when i press a glass on them|)",
    "(red|purple) spots on my (body|skin) that are not fading",
    "(a |)blotchy rash that won't fade",
  ]),
  "weight-loss": expandAll([
    "(i've |)(lost|dropped) (nearly a stone|heaps of weight|a bunch of weight|a lot of weight|like ten pounds|ten pounds) without (even |)trying",
    "my weight is (going down|reducing|dropping) (without dieting|without any reason|for no reason)",
    "(i'm |)losing weight and (i'm |)not (even |)dieting",
  ]),
  "night-sweats": expandAll([
    "(i'm |)(soaking|drenching) the sheets (with sweat|at night)",
    "(i'm |i keep |)waking up (drenched|soaked) in sweat",
    "(i am |)sweating a lot at night",
  ]),
  "cancer-history": expandAll([
    "i had (bowel cancer|skin cancer|lymphoma|breast cancer|cancer) (a while ago|a few years back|a couple of years back|earlier|a few years ago)",
    "i('m| am) a (breast |)cancer survivor",
    "i had lymphoma",
  ]),
  "arm-tingling": expandAll([
    "my (arm|hand|fingers) (is|are|keeps|keep) going (numb|tingly|numb and tingly)",
    "my (arm|hand)('s| has) gone (numb and tingly|all numb|all tingly)",
    "my (arm|hand) is (numb and tingly|all tingly)",
  ]),
  "dead-arm": expandAll(["my arm's been dead since i slept on it", "(i |)woke up with a dead arm"]),
  "night-pain": expandAll([
    "(the pain in my neck|my neck pain|the neck pain|the neck pain's) (is |keeps |)waking me up at night",
  ]),
};
