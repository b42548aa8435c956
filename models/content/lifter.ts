import type { RedFlagId, RoutineId, StretchId } from "../types";
import type { TopicAnswer } from "./topics";

/**
 * What lifters ask next, answered for the ear: the point, a detail, and
 * `more` for "tell me more". Each names a follow-up that fits what was asked
 * (or none) and its sources. Never a diagnosis: an answer that touches a
 * warning sign names it and the safety table (triage.ts) decides its urgency.
 * Locales change who to see and what things are called (models/locales).
 */
export const LIFTER_TOPIC_IDS = [
  "training-sore-neck",
  "back-to-heavy",
  "soreness-or-strain",
  "one-side",
  "pinched-nerve",
  "sleep-pillow",
  "tech-neck",
  "forward-head",
  "stress",
  "gaze",
  "massage",
  "foam-rolling",
  "sauna",
  "heat-pack",
  "neck-cracking",
  "brace-collar",
  "chiro-physio",
  "supplements",
  "neck-strength",
  "lifting-headache",
  "neck-warm-up",
  "stretch-often",
  "stretch-when",
] as const;
export type LifterTopicId = (typeof LIFTER_TOPIC_IDS)[number];

/** What to offer after an answer: another answer, a stretch, a routine; null offers nothing. */
export type LifterFollowUp =
  | { readonly kind: "lifter"; readonly topic: LifterTopicId }
  | { readonly kind: "teach"; readonly stretch: StretchId }
  | { readonly kind: "routine"; readonly routine: RoutineId }
  | null;

export interface LifterAnswer extends TopicAnswer {
  /** Spoken name, lower case: "massage guns". The value of the TOPIC_NAME slot. */
  readonly name: string;
  /** The question that offers this answer after another one. */
  readonly offerLine: string;
  /** What to offer after it. */
  readonly followUp: LifterFollowUp;
  /** A warning sign the answer touches, and how to name it: the safety table's line for it is said after the answer. */
  readonly safety?: { readonly sign: RedFlagId; readonly named: string };
  /** Where the facts come from. */
  readonly sources: readonly string[];
}

const NHS_NECK = "NHS, Neck pain (nhs.uk/conditions/neck-pain)";
const CKS_NECK = "NICE CKS, Neck pain: non-specific";
const CKS_RADIC = "NICE CKS, Neck pain: cervical radiculopathy";
const ACSM_DOMS = "ACSM, Delayed Onset Muscle Soreness (brochure)";
const ACSM_FLEX = "ACSM's Guidelines for Exercise Testing and Prescription, flexibility and resistance training";
const COCHRANE_EX = "Cochrane, Exercises for mechanical neck disorders (Gross et al. 2015)";
const ANDERSEN =
  "Andersen et al., Pain 2011: two to twelve minutes a day of resistance training reduced neck and shoulder pain";

export const LIFTER_ANSWERS: Readonly<Record<LifterTopicId, LifterAnswer>> = {
  "training-sore-neck": {
    name: "lifting and training with a sore neck",
    point:
      "You can usually keep training with a mildly sore neck, as long as you work around it rather than through it.",
    detail: [
      "For a few days, skip shrugs, heavy overhead work and heavy pulls, and train the lifts that don't bother it. If a movement makes it hurt more, drop it.",
    ],
    more: [
      "Most ordinary neck soreness settles within a week or two, and gentle movement helps it along more than total rest.",
      "Bring the skipped lifts back light once turning your head feels easy.",
    ],
    offerLine: "Would you like to hear how to work back up to heavy weights?",
    followUp: { kind: "lifter", topic: "back-to-heavy" },
    sources: [NHS_NECK, CKS_NECK],
  },
  "back-to-heavy": {
    name: "going heavy again",
    point: "Come back with a deload: start around half your usual weights and build up over a week or two.",
    detail: [
      "Go up only while the neck stays quiet during the set and the next morning. If it flares, step back to the last weight that felt fine.",
    ],
    more: [
      "After a real strain, wait until you can turn and tilt your head fully without pain before loading it again.",
      "If it keeps flaring each time you add weight, a physical therapist can find out why.",
    ],
    offerLine: "Would you like to hear how to come back to heavy lifting?",
    followUp: { kind: "routine", routine: "strength" },
    sources: [ACSM_FLEX, CKS_NECK],
  },
  "soreness-or-strain": {
    name: "soreness or a strain",
    point:
      "Training soreness is a dull, even ache that starts a day after and fades in two or three days. A strain usually hurts at a moment you can name, and sharper.",
    detail: [
      "A strain also tends to catch on one particular movement. Either way, rest it from heavy work and keep it moving gently.",
    ],
    more: [
      "Soreness feels the same whichever way you look; a strain often bites in one direction.",
      "If it isn't clearly easing after a week, have it checked.",
    ],
    offerLine: "Would you like to know how to tell soreness from a strain?",
    followUp: { kind: "lifter", topic: "training-sore-neck" },
    sources: [ACSM_DOMS, NHS_NECK],
  },
  "one-side": {
    name: "pain on one side",
    point:
      "Pain on one side is common: most of us load one side more, through a favorite sleeping side, a bag, or a head turned to one screen.",
    detail: [
      "In the gym, an uneven grip or a head turned to watch the mirror can do it too. The side neck stretch on that side usually helps.",
    ],
    more: ["If the one sided pain spreads into your arm, with tingling or numbness, that's worth having checked soon."],
    offerLine: "Would you like to hear why only one side hurts?",
    followUp: { kind: "teach", stretch: "side-neck-stretch" },
    sources: [NHS_NECK, CKS_NECK],
  },
  "pinched-nerve": {
    name: "a pinched nerve",
    point:
      "I can't tell whether it's a pinched nerve, but some signs point that way: pain that shoots into your shoulder blade or arm, or tingling, numbness or weakness in the arm or hand.",
    detail: [
      "If you have any of those, skip lifting and stretching into it, and have it checked by a doctor soon. Pain in the neck alone is far more often a muscle.",
    ],
    more: [
      "Most pinched nerves settle with time and the right exercises, which is why it's worth getting it checked rather than guessing.",
    ],
    offerLine: "Would you like to know the signs of a pinched nerve?",
    followUp: null,
    sources: [CKS_RADIC, NHS_NECK],
  },
  "sleep-pillow": {
    name: "sleep and pillows",
    point:
      "A pillow that keeps your neck level with the rest of your spine is the aim: not so high it props your head up, not so flat it drops.",
    detail: ["Sleeping on your back or side is easier on the neck than on your front, which twists it for hours."],
    more: [
      "On your side, the pillow should fill the gap between your ear and the mattress.",
      "Some people find one firm pillow better than two soft ones.",
    ],
    offerLine: "Would you like a tip on sleeping position and pillows?",
    followUp: { kind: "lifter", topic: "tech-neck" },
    sources: [NHS_NECK],
  },
  "tech-neck": {
    name: "tech neck from phones and desks",
    point:
      "Looking down at a phone or a laptop for long spells adds up: your neck holds your head forward for hours, and it gets stiff and tired.",
    detail: [
      "Lift the phone toward eye level, raise your screen so the top is about level with your eyes, and take a short break to move every half hour or so.",
    ],
    more: ["No single posture is wrong; staying in one for too long is. Changing position often matters most."],
    offerLine: "Would you like to hear how your phone and desk affect your neck?",
    followUp: { kind: "teach", stretch: "chin-tuck" },
    sources: [NHS_NECK, CKS_NECK],
  },
  "forward-head": {
    name: "forward head posture",
    point:
      "Forward head posture is the head drifting out in front of the shoulders, so the back of the neck works harder to hold it up.",
    detail: [
      "Chin tucks, a stronger upper back and opening a tight chest help you hold your head back over your shoulders.",
    ],
    more: [
      "Check it under the bar as well: a chin that pokes forward on heavy presses and pulls is the same habit under load.",
    ],
    offerLine: "Would you like to hear about forward head posture?",
    followUp: { kind: "teach", stretch: "chin-tuck" },
    sources: [CKS_NECK, COCHRANE_EX],
  },
  stress: {
    name: "stress and tension",
    point:
      "Stress often settles in the neck and shoulders: you clench your jaw, lift your shoulders and breathe high in your chest without noticing.",
    detail: [
      "A few slow breaths, letting your shoulders drop on each breath out, and some gentle movement break the cycle.",
    ],
    more: ["Regular exercise, good sleep and short breaks in a busy day all help keep that tension down."],
    offerLine: "Would you like to hear how stress affects your neck?",
    followUp: { kind: "teach", stretch: "shoulder-roll" },
    sources: [NHS_NECK],
  },
  gaze: {
    name: "head position and gaze under the bar",
    point:
      "In squats and deadlifts, keep your neck in line with your back: look at the floor a couple of meters ahead, not up at the ceiling.",
    detail: [
      "Cranking your head up to look in the mirror bends your neck back under load. Tuck the chin slightly and let your eyes, not your neck, do the looking.",
    ],
    more: ["As you stand up, your gaze rises with your body, so your neck never has to tip back on its own."],
    offerLine: "Would you like to hear where to look during squats and deadlifts?",
    followUp: { kind: "lifter", topic: "neck-warm-up" },
    sources: [
      "NSCA, Essentials of Strength Training and Conditioning: neutral head and spine in the squat and deadlift",
    ],
  },
  massage: {
    name: "massage guns",
    point:
      "Hands-on work can ease sore, tight muscles for a while, and a massage gun is fine on the upper back and the top of the shoulders on a low setting.",
    detail: [
      "Keep it off the front and sides of your neck, where blood vessels and nerves run close to the skin, and never over the spine itself.",
    ],
    more: ["The relief is usually short lived, so pair it with movement and strength work rather than relying on it."],
    offerLine: "Would you like to hear about massage and massage guns?",
    followUp: { kind: "teach", stretch: "neck-self-massage" },
    sources: [
      CKS_NECK,
      "Cochrane, Massage for mechanical neck disorders (Patel et al. 2012): short-term benefit at best",
    ],
  },
  "foam-rolling": {
    name: "foam rolling",
    point: "Foam roll your upper back, between and around your shoulder blades, not your neck itself.",
    detail: [
      "Lie on the roller across your upper back, support your head with your hands, and roll slowly. Rolling the neck presses on structures that don't take pressure well.",
    ],
    more: ["A loose upper back lets your shoulders sit back, which takes some of the load off your neck."],
    offerLine: "Would you like to hear how to foam roll safely?",
    followUp: { kind: "teach", stretch: "doorway-chest-stretch" },
    sources: [ACSM_FLEX, CKS_NECK],
  },
  sauna: {
    name: "the sauna",
    point: "A sauna can feel good on a stiff neck, much like other warmth, and it's fine for most healthy people.",
    detail: [
      "Keep sessions short, drink water, and skip it for the first day or two after a fresh strain, or if you have a heart condition or feel dizzy.",
    ],
    more: ["Heat loosens stiffness, but it doesn't fix a strain; gentle movement afterwards does more."],
    offerLine: "Would you like to hear whether a sauna helps?",
    followUp: { kind: "lifter", topic: "heat-pack" },
    sources: [NHS_NECK, "NHS, Sauna and heat safety advice for heart conditions"],
  },
  "heat-pack": {
    name: "heat packs",
    point: "A heat pack or heating pad can loosen a stiff neck, usually best after the first day or two.",
    detail: ["Wrap it in a cloth and keep it to about fifteen or twenty minutes at a time. Don't fall asleep on it."],
    more: ["If your neck is freshly strained and swollen or warm, a cold pack is the better first choice."],
    offerLine: "Would you like a tip on using heat packs?",
    followUp: null,
    sources: [NHS_NECK],
  },
  "neck-cracking": {
    name: "cracking my neck",
    point:
      "The pop when your neck cracks is usually gas in a joint and isn't harmful in itself, but twisting your neck hard to make it crack isn't a good habit.",
    detail: ["The loose feeling fades fast. Gentle movement and stretching loosen it without forcing it."],
    more: ["If a crack comes with sudden pain, dizziness, or pain that stays, stop and have it checked."],
    offerLine: "Would you like to hear about cracking your neck?",
    followUp: { kind: "teach", stretch: "neck-half-circle" },
    sources: [CKS_NECK, NHS_NECK],
  },
  "brace-collar": {
    name: "neck braces and collars",
    point:
      "For ordinary neck pain, a soft collar or brace isn't recommended: keeping the neck still tends to make it stiffer and slower to recover.",
    detail: [
      "Gentle movement within what's comfortable works better. A collar is only for when a doctor tells you to wear one.",
    ],
    more: ["After an accident, though, keep your neck still and get checked before moving it."],
    offerLine: "Would you like to hear about neck braces?",
    followUp: { kind: "teach", stretch: "neck-tilt" },
    sources: [NHS_NECK, CKS_NECK],
  },
  "chiro-physio": {
    name: "a chiropractor or a physio",
    point:
      "A physical therapist is a good first choice: they assess your neck, check your lifting, and give you exercises to do yourself.",
    detail: [
      "Some people also see a chiropractor. Whoever you see, exercise should be part of the plan, and ask before any forceful manipulation of your neck.",
    ],
    more: [
      "Exercise has the strongest evidence for lasting neck pain; hands-on treatment helps most alongside it, not instead of it.",
    ],
    offerLine: "Would you like to hear whether to see a chiropractor or a physical therapist?",
    followUp: { kind: "routine", routine: "strength" },
    sources: [CKS_NECK, COCHRANE_EX, "Cochrane, Manipulation and mobilisation for neck pain (Gross et al. 2015)"],
  },
  supplements: {
    name: "creatine and supplements",
    point:
      "No supplement fixes a sore neck. Creatine helps strength and is safe for most healthy adults, but it doesn't cause or cure neck pain.",
    detail: [
      "Enough protein, water and sleep do more for recovery than any pill. Check with a pharmacist before adding supplements if you take medicines.",
    ],
    more: ["Be wary of products that promise to heal joints or muscles fast; the evidence for most is thin."],
    offerLine: "Would you like to hear about creatine and other supplements?",
    followUp: null,
    sources: [
      "International Society of Sports Nutrition, position stand on creatine (2017)",
      "NHS, Do I need vitamin supplements?",
    ],
  },
  "neck-strength": {
    name: "neck strengthening and neck harnesses",
    point:
      "A stronger neck copes better with heavy training, and strengthening helps neck pain more than stretching alone.",
    detail: [
      "Start with your own hand as the resistance, chin tucks and upper back work. Leave a neck harness until that's easy, then start very light and add weight slowly.",
    ],
    more: [
      "A few minutes of this on most days is enough to make a difference, and my strength routine is a good place to start.",
    ],
    offerLine: "Would you like to hear how to build a stronger neck?",
    followUp: { kind: "routine", routine: "strength" },
    sources: [COCHRANE_EX, ANDERSEN, ACSM_FLEX],
  },
  "lifting-headache": {
    name: "headaches when lifting",
    point:
      "A headache that builds during a heavy set often comes from holding your breath and straining hard, sometimes with a tight neck.",
    detail: [
      "Breathe out through the hard part of each rep, keep your neck in line, and drop the weight for a week or two if it keeps happening. If a headache under load keeps coming back, see a doctor.",
    ],
    more: ["Bracing is fine, but hold it only for the hardest part of the rep, not the whole set."],
    offerLine: "Would you like to hear about headaches when lifting?",
    followUp: null,
    safety: { sign: "worst-headache", named: "a headache that comes on suddenly and severely" },
    sources: [
      "NHS, Headaches: exercise headaches",
      "NHS, Neck pain",
      "The safety table (triage.ts): a sudden severe headache is an emergency",
    ],
  },
  "neck-warm-up": {
    name: "warming up the neck",
    point:
      "Before you train, a couple of minutes does it: shoulder rolls, slow neck turns and tilts, and a few chin tucks.",
    detail: ["Then warm-up sets of your first lift. Keep it easy: the aim is warm and loose, not stretched hard."],
    more: ["Long held stretches fit better after training than before it."],
    offerLine: "Would you like a quick neck warm-up for before training?",
    followUp: { kind: "routine", routine: "quick" },
    sources: [ACSM_FLEX],
  },
  "stretch-often": {
    name: "how often to stretch",
    point: "Most days is ideal: a few minutes each day helps more than one long session a week.",
    detail: [
      "Hold each stretch for about fifteen to thirty seconds, two to four times. Add some strength work two or three days a week.",
    ],
    more: ["If your neck is stiff from a desk, short stretches spread through the day help too."],
    offerLine: "Would you like to hear how often to stretch?",
    followUp: { kind: "lifter", topic: "stretch-when" },
    sources: [ACSM_FLEX],
  },
  "stretch-when": {
    name: "when to stretch around lifting",
    point: "Before lifting, warm up with easy movement; save the longer held stretches for after.",
    detail: [
      "Long holds right before heavy sets can take a little off your strength for a while. After training, when you're warm, is the best time.",
    ],
    more: ["Short, gentle stretches before lifting are fine, as part of a moving warm-up."],
    offerLine: "Would you like to hear whether to stretch before or after lifting?",
    followUp: { kind: "routine", routine: "after-lifting" },
    sources: [ACSM_FLEX],
  },
};
