/**
 * Warning signs in everyday words: how people describe a sign when they do
 * not know its name ("my face feels funny on one side", "i keep dropping
 * things", "my words came out wrong"), whole stories ("the bar came down on
 * my neck"), and the forms a sign takes with the person's own details (an
 * arm on one side, an age, a relative). Added to the SYMPTOM_NAME synonyms of
 * en-symptoms.ts in every locale; regional words are in the regional files.
 */
import type { RedFlagId } from "../types";
import { EN_SYMPTOM_HEARD } from "./en-symptoms-heard";
import { EN_SYMPTOM_PLAIN } from "./en-symptoms-plain";
import { EN_SYMPTOM_SAID } from "./en-symptoms-said";
import { EN_SYMPTOM_TOLD } from "./en-symptoms-told";
import { expandAll } from "./grammar";

/** The older people someone calls about ("my nan fell"). */
const RELATIVE = "(my grandpa|my grandma|my grandad|my grandfather|my grandmother|my nan|my nana|my gran)";

const EVERYDAY: Readonly<Partial<Record<RedFlagId, readonly string[]>>> = {
  injury: expandAll([
    "the bar (came down|fell|dropped) on my neck",
    "i dropped the (bar|weight) on myself",
    "(i |)(smacked|banged|cracked) my head",
    "(i |)got (knocked out|concussed|hit in the head)",
    "(i |)(came off|fell off) my (motorbike|horse|skateboard)",
    "(i |)went over the handlebars",
    "(i |)wiped out",
    "(i |)(landed|fell) on my (head|neck)",
    "(i got |i was |)hit by a car",
  ]),
  "older-fall": expandAll([
    `${RELATIVE} (fell|had a fall|slipped and fell)`,
    "(he|she) (fell|had a fall|took a fall|fell over|slipped and fell|slipped on the ice|fell down the stairs|fell in the bathroom)",
  ]),
  "chest-pain": expandAll([
    "(a |this |)(crushing|squeezing|heavy) (pain|pressure) in my chest",
    "(chest pain|my chest hurts) (going|spreading) (up |)into my (jaw|neck)",
    "(it's|and it's) (going|spreading) (up |)into my jaw",
    "(my |)chest (hurts|is hurting|is paining)",
    "(something heavy|an elephant) sitting on my chest",
  ]),
  "breathing-swallowing": expandAll([
    "i (can't|can hardly|can barely|can't really) (swallow|breathe)",
    "(struggling|finding it hard) to (breathe|swallow)",
    "a hard time (breathing|swallowing)",
    "(swallowing|breathing) (hurts|is hard)",
    "it hurts when i swallow",
    "(not able|unable) to (breathe|swallow)",
    "(gasping for air|my throat is closing up)",
  ]),
  "face-numb": expandAll([
    "(one side of|half of|half) my face (is|feels|has gone|went) (numb|droopy|funny|weird)",
    "(side of|half of|half) my face (feels|is) (numb|funny|weird)",
    "my face (is|feels|went|has gone) (numb|funny|weird|droopy) on (one|the left|the right) side",
    "my face is becoming numb",
    "my (smile|mouth) (is|looks|has gone) (crooked|lopsided|droopy)",
  ]),
  "vision-speech": expandAll([
    "my speech (is|sounds|has gone) (all |)(slurred|slurry|funny|weird)",
    "my words (are coming|came) out (funny|weird|wrong|jumbled)",
    "i can't get my words out",
    "(i'm|i am) slurring",
    "my speech is slurring",
    "(i'm|i am) talking funny",
    "i (can't|cannot) see (straight|clearly)",
    "my (vision|eyesight) (just |)(went|has gone) (blurry|fuzzy|double)",
    "(my vision's|everything's|everything has|everything just) (gone|went) (blurry|fuzzy)",
    "(my |)vision is blurred",
  ]),
  weakness: expandAll([
    "my (arm|hand|leg) (just |)(went|has gone) (weak|floppy)",
    "my (left|right) (arm|hand|leg) (is|feels|went|has gone) weak",
    "(arm|hand|leg)'s gone (weak|floppy)",
    "weak and floppy",
    "i (can't|cannot) (lift|raise|move) (it|my arm)",
    "i (can't|cannot) (hold|grip|grab|pick up) anything",
    "(it's|it is) (totally|completely) weak",
    "(is having|has) no strength",
    "(i keep|keep) dropping (things|stuff|everything)",
  ]),
  "eyelid-droop": expandAll([
    "my eyelids are (drooping|droopy)",
    "my eyelid is (kind of |kinda |a bit |)(drooping|droopy)",
    "my eyelid's (gone |)(droopy|drooping)",
    "(one of my eyelids|one eyelid|one eye) is (drooping|droopy|half closed)",
    "(eyelid|eye) (is |)(kind of |kinda |)(droopy|drooping) on one side",
  ]),
  confusion: expandAll([
    "(i'm|i am|i feel|feeling) (really |so |all |)(confused|muddled|out of it)",
    "(muddled|confused) and (confused|foggy)",
    "(seems|is) (really |)confused",
    "(i can't|i cannot|not able to) think( straight| clearly|)",
    "my head (is|feels) (all |)(foggy|muddled)",
  ]),
  rash: expandAll([
    "(a |)(purple |red |)rash that (doesn't|won't|didn't) (fade|go away)",
    "(rash|rashes|spots) (that don't|that won't|and not) (fade|fading)",
    "(doesn't|won't) (fade|go away) when i press (a glass on it|on it|it)",
    "(doesn't|won't) fade under a glass",
    "(not fading|doesn't fade) when i press",
  ]),
  "walking-balance": expandAll([
    "(i'm |)stumbling( all over the place| around|)",
    "i (can't|cannot) keep my balance",
    "(i'm |)losing (my |)balance( when i walk|)",
    "(not able|unable) to walk (properly|straight)",
    "(all over the place|wobbly|unsteady) when i walk",
    "i can't walk (right|properly)",
    "walking (funny|like i'm drunk)",
  ]),
  "bladder-bowel": expandAll([
    "i (can't|couldn't) control my (bladder|bowels|pee)",
    "i('ve|) (wet|peed|soiled) myself",
    "i lost control( of my bladder| of my bowels|)",
    "i (couldn't|didn't) make it to the (washroom|toilet|bathroom|loo)",
  ]),
  "electric-shocks": expandAll([
    "(an electric shock|electric shocks|a zap|a jolt|a shock) (down|through) my (back|spine)",
    "like electricity down my (back|spine)",
    "i get (electric shocks|an electric shock|a shock|zaps|a zap|a jolt) when i (bend my neck|nod|look down|put my chin down)",
  ]),
  "both-hands": expandAll([
    "both (my |)hands (are|have gone|went|feel) (tingling|tingly|numb)",
    "both (my |)hands have (got |)pins and needles",
    "fingers on both (my |)hands (keep going|go|are) (numb|tingly)",
    "(tingling|numbness|pins and needles) in both (my |)hands",
    "both (my |)hands (tingle|are tingling)",
    "both hands are having tingling",
  ]),
  fever: expandAll([
    "(i'm|i feel|feeling) (pretty |really |a bit |)feverish",
    "(i'm|i am) (running|having|got) a (fever|temperature|temp)",
    "running a (fever|temperature|temp)",
    "my temperature is (high|up|thirty eight|thirty nine|forty)",
    "burning up",
  ]),
  "fever-stiff-neck": expandAll([
    "(a |)(high |)(fever|temperature) (and |)(a |)(real |)stiff neck",
    "(a |)stiff neck and (a |)(high |)(fever|temperature)",
    "(fever|temperature) and my (neck is|neck's) stiff",
  ]),
  "night-sweats": expandAll([
    "(getting|having) night sweats",
    "wake up (drenched|soaked|soaking wet|sweaty)",
    "(drenched|soaked) in sweat",
    "sweating through (my|the) sheets",
    "sweating (buckets|like crazy|a lot) (at night|in the night)",
  ]),
  "weight-loss": expandAll([
    "(i've|i have) (lost|dropped) (weight|a lot of weight|a bunch of weight) (without trying|for no reason|and i don't know why)",
    "(lost|dropped) (ten|fifteen|twenty) pounds (without trying|and i don't know why)",
    "(losing|lost) (a lot of |)weight (without any reason|without dieting|for no reason)",
  ]),
  "cancer-history": expandAll([
    "i (had|was treated for|beat|survived) (cancer|breast cancer|bowel cancer|skin cancer|melanoma|lymphoma|leukemia|prostate cancer)",
    "i had cancer (a few years ago|a couple years ago|years ago|before)",
    "(a |)(breast |)cancer survivor",
  ]),
  "night-pain": expandAll([
    "(the pain|it|the pain's) (keeps |)(waking|wakes) me up",
    "(waking|wakes) me up (at night|in the night|every night)",
    "i (keep waking|wake) up (from|because of|with) the pain",
  ]),
  "lasting-pain": expandAll([
    "been (sore|hurting|aching) for (weeks|a month|over a month|two months|months|six weeks|ages)",
    "(it|this pain|the pain) (just |)(won't|doesn't) go away",
    "(it's|it is) not (shifting|reducing|easing)",
    "for like two months",
  ]),
  "pop-then-pain": expandAll([
    "i (heard|felt) a (pop|crack|click|snap)",
    "something (clicked|popped|cracked|snapped)",
    "(made|gave) a (popping|cracking|clicking) (sound|noise)",
  ]),
  "minor-bump": expandAll([
    "(a |)(tiny|little|small|minor) (fender bender|bump|shunt) (in the car|in the parking lot|in the car park)",
    "(a |)tiny fender bender",
    "(tapped|bumped) my (bumper|car)",
    "bumped into the back of my car",
    "got bumped in the (parking lot|car park)",
  ]),
  dizziness: expandAll([
    "(dizzy|lightheaded|light headed|woozy|giddy) when i (turn my head|look up|stand up)",
    "(kinda|kind of|a bit|all) (woozy|dizzy|giddy)",
    "woozy",
    "the room's spinning",
    "(a bit|all) (light headed|lightheaded)",
  ]),
  "worst-headache": expandAll(["(a |)very severe headache", "(a |)sudden splitting headache"]),
  headache: expandAll(["(a |)(thumping|banging|pounding|bit of a) headache", "my head is (paining|throbbing)"]),
  migraine: expandAll(["one of my (usual |)migraines", "my (usual |)migraine( again|)", "(a |)migraine again"]),
  "dead-arm": expandAll([
    "my arm's dead (because|cause) i slept on it",
    "i slept on my (arm|hand) and (it's|it has|it) (gone |)(dead|numb)",
    "(a |)dead arm from lying on it",
    "my arm fell asleep (because|cause) i slept on it",
  ]),
  "light-sensitivity": expandAll([
    "(the |)(light|lights|bright light) (is|are) (hurting|bothering|killing) my eyes",
    "(the |)(lights|bright light|bright lights) (hurt|bother) my eyes",
    "the light's (hurting|bothering|killing) my eyes",
  ]),
  vomiting: expandAll([
    "i (just |)(puked|threw up|vomited)",
    "(i've|i have) (been sick|thrown up)",
    "i was sick after (my workout|leg day|training)",
  ]),
};

const LISTS = [EVERYDAY, EN_SYMPTOM_TOLD, EN_SYMPTOM_SAID, EN_SYMPTOM_HEARD, EN_SYMPTOM_PLAIN];

/** The everyday words, the words of a story (en-symptoms-told.ts), the words as said aloud (en-symptoms-said.ts), as they come out mid-sentence (en-symptoms-heard.ts) and blurted out with the person's own numbers and sides (en-symptoms-plain.ts), one list per sign. */
export const EN_SYMPTOM_EVERYDAY: Readonly<Partial<Record<RedFlagId, readonly string[]>>> = Object.fromEntries(
  [...new Set(LISTS.flatMap((list) => Object.keys(list)))].map((id) => [
    id,
    [...new Set(LISTS.flatMap((list) => list[id as RedFlagId] ?? []))],
  ]),
);
