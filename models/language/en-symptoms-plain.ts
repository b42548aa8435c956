/**
 * Warning signs as people blurt them out, third pass (issue 19): the sign
 * without the "i" in front ("puked and my head is pounding"), with the side or
 * the finger named ("my right arm is going numb", "my pinky and ring finger"),
 * with the person's numbers ("lost five kilos", "i'm sixty eight and i
 * tripped", "for two months now"), a minor crash told as what happened
 * ("someone tapped the back of my car"), and the regional verbs (paining,
 * stacked it, a prang, spewed). Synonyms are found inside what is said, so
 * each is the core of the sign, without the details around it ("on the
 * stairs", "during this stretch"). Merged into the everyday words of
 * en-symptoms-everyday.ts, in every locale.
 */
import type { RedFlagId } from "../types";
import { expandAll } from "./grammar";

/** "me" for "my" is heard in en-AU and en-GB; written out for the common signs below. */
const MY = "my";
const SIDE = "(left |right |)";
const OLD = "(sixty five|sixty eight|seventy|seventy two|seventy five|eighty)";

export const EN_SYMPTOM_PLAIN: Readonly<Partial<Record<RedFlagId, readonly string[]>>> = {
  "chest-pain": expandAll([
    `${MY} chest is (real |really |all |)tight and (it's |)(spreading|going) (up |)(to|into) ${MY} jaw`,
    `(a |this |)tight pain in ${MY} chest`,
    `${MY} chest('s| has) gone (all |)tight`,
    `${MY} chest is (real |really |so |)tight`,
  ]),
  "breathing-swallowing": expandAll([
    "(i'm |i am |)having a (really |)(hard|tough) time (breathing|swallowing)",
    "(i |)can't (really |)catch my breath",
    "(it's|it is) (really |so |)hard to (breathe|swallow)",
    "difficulty to (swallow|breathe)",
    "(i |)(can't|cannot) swallow properly",
    `${MY} throat feels (all |really |)tight`,
  ]),
  "face-numb": expandAll([
    `half ${MY} face (feels|is) (kinda |kind of |all |)(dead|numb)`,
    `(i |)can't feel ${MY} (cheek|lip)`,
    `${MY} face (just |)went (numb|droopy) on (the left|the right|one) side`,
    `${MY} face (feels|is|has gone) (all |kind of |kinda |)droopy on one side`,
  ]),
  "eyelid-droop": expandAll([
    `${MY} ${SIDE}eyelid (is|has been|keeps|started) drooping`,
    `one of ${MY} eyelids is (kinda |kind of |a bit |)drooping`,
    `${MY} (eye|eyelid) won't open all the way`,
  ]),
  "vision-speech": expandAll([
    `${MY} (vision|eyesight) (just |)went (weird|all weird|blurry|really blurry|all blurry)`,
    "everything is (looking|going) blurry",
    `${MY} vision('s| is) (all |)blurry`,
  ]),
  weakness: expandAll([
    `${MY} ${SIDE}(arm|hand) has (become|gone) (totally |completely |)weak`,
    `${MY} ${SIDE}(arm|hand) is (becoming|getting|feeling) weak`,
  ]),
  "worst-headache": expandAll([
    "like someone hit me (with a bat|over the head|in the head)",
    `(the |)worst pain (ever|of my life) in ${MY} head`,
    "(the most|a|the) (horrendous|horrible|awful|terrible) headache (it |that |)came on (all of a sudden|out of nowhere|like someone hit me)",
  ]),
  "older-fall": expandAll([
    `(i'm|i am) ${OLD} and (i |)(tripped|slipped|fell|had a fall)`,
    `my (nan|gran|grandma|grandpa|dad|mum|mom) is ${OLD} and (fell|had a fall|slipped|tripped)`,
    "(me|my) (dad's|mum's|nan's) (seventy|seventy five|eighty) and (he|she) (fell|had a fall|stacked it)",
  ]),
  injury: expandAll([
    "(got |)checked (hard |)into the boards",
    "slipped on the ice and (landed|fell) (right |)on (the back of |)my head",
    "(i |)copped a (head knock|knock to the head)",
    "came off (my|me) (bike|motorbike)",
  ]),
  "minor-bump": expandAll([
    `(bumped|tapped|nudged|backed into|bumped into|rolled into) (my car|me car|the back of me|the back of my car|the back of me car)`,
    "(bumped|tapped) me (in a parking lot|in the car park|at the lights|at a stop sign)",
    "(a |)(bit of a |little |small |)(prang|bump|ding|tap) (reversing|in the car park|in a parking lot|off the drive|at the lights)",
    `(a |)small bump happened to ${MY} car`,
    "got rear ended (at like|at about|at|going) (five|ten) (miles|kilometres|kilometers|k) an hour",
    "got rear ended (in a parking lot|real slow|really slowly|at low speed|at a stop sign)",
    "barely a tap",
  ]),
  "pop-then-pain": expandAll([
    `(felt|heard) (a|one|some) (pop|click|popping sound|pop sound) (in|from) ${MY} neck`,
    "felt (a pop|something click|something go pop)",
    "heard a pop (on|during) (my |the |)(last set|last rep|deadlifts|shrugs|squats)",
    `(some|one) pop sound came from ${MY} neck`,
  ]),
  "both-hands": expandAll([
    `both (of |)${MY} hands (have|are|have gone|keep|feel) (all |got |)(pins and needles|tingly|tingling|numb)`,
    `both ${MY} hands (have gone|are|feel) (all |)(tingly|numb) and clumsy`,
    "(my |)hands are (tingling|numb|going numb) (now |)both of them",
    "tingling is (there|coming) in both (my |)hands",
    `both ${MY} hands (keep|are) (tingling|going numb)`,
  ]),
  "electric-shocks": expandAll([
    `(it's like|i get) (a|this) (shock|zap|jolt) (going |)down ${MY} (arms|back)`,
    `(a |an |)(shock|zap|electric shock) feeling down ${MY} (back|spine|arms)`,
    `(a |this |)(zap|shock|jolt) down ${MY} (back|spine|arms)`,
    "feels like current is passing",
    `electric shocks every time i (tip|bend) ${MY} (head|neck) down`,
  ]),
  "arm-tingling": expandAll([
    `${MY} ${SIDE}(arm|hand|forearm) is (going|getting|becoming) (numb|tingly)`,
    `${MY} ${SIDE}(arm|hand|forearm) keeps going (numb|tingly)`,
    `${MY} ${SIDE}(arm|hand|forearm)('s| has) (been|gone) (a bit |kinda |all |)(tingly|numb)`,
    `${MY} ${SIDE}(arm|hand) is (kind of |kinda |a bit |)(numb and tingly|tingly|numb)`,
    `${MY} ${SIDE}(arm|hand) (tingles|goes numb)`,
    "me (arm|hand)('s| has) (been|gone) (tingly|numb)",
    `${MY} fingers on ${MY} ${SIDE}hand keep going numb`,
    `${MY} (pinky and ring finger|pinky and ring fingers|ring and little finger) (feel|are going|go) numb`,
  ]),
  "weight-loss": expandAll([
    "(lost|dropped) (like |about |)(five|ten|fifteen|twenty) (pounds|kilos|kg) without (even |)trying",
    "lost (like |about |)(five|ten|fifteen|twenty) (pounds|kilos|kg) and i'm not (even |)(trying|dieting)",
    "lost (about |)(half a stone|a stone) (and i'm not trying to|without trying)",
    "(dropping|losing) weight (and i'm not (even |)(trying|dieting)|for no reason|without trying|without doing any diet|without dieting)",
    "lost a bunch of weight and i wasn't (even |)trying",
  ]),
  "lasting-pain": expandAll([
    "neck pain (just |)(won't|will not) (go away|quit|shift)",
    "(it's|it is) (just |)not (shifting|settling)",
    "(my neck's|my neck has|it's) been (sore|hurting|aching|bugging me) for (about |over |)(a month|two months|three months|months)",
    "(for|since) (two months|three months|one month|over a month) (now |)and it's (just |)not (shifting|going away|getting better)",
    "paining for (past |the past |)(one month|two months|a month)",
    "neck pain is there since (one|two|three) (month|months)",
    "since (november|last month|christmas) and nothing helps",
  ]),
  "night-pain": expandAll([
    "pain (that |)keeps waking me (up |)(in the night|at night|every night)",
    "pain is waking me (up |)(in the night|at night)",
    "(the neck pain's|the neck pain has|it's) been waking me (up |)every night",
  ]),
  "cancer-history": expandAll([
    "had cancer (a few years ago|earlier|years ago|before)",
    "(i was|i've been) a cancer patient",
  ]),
  fever: expandAll(["(i'm |i am |)burning up", "running a fever", "fever is there", "running fevers"]),
  // "my neck is really stiff" only without "my" in front: "my neck is really stiff after training" is ordinary soreness, a sample of its own.
  "stiff-neck": expandAll(["neck('s| is) (really |very |so |)stiff", "my neck('s| is) (very |)stiff"]),
  "light-sensitivity": expandAll([
    `(bright |the |)light('s| is) (really |)hurting ${MY} eyes`,
    "light is paining my eyes",
  ]),
  headache: expandAll([
    `${MY} head('s| is) (thumping|pounding)`,
    "(a |)(pounding|splitting|thumping) headache",
    "a cracker of a headache",
  ]),
  vomiting: expandAll(["puked", "threw up", "spewed", "(i've|i have) been sick"]),
};
