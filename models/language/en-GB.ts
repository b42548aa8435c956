/**
 * English (UK): how people in Britain talk about a neck that hurts after the
 * gym. GP, physio, osteopath, A&E, NHS 111 and 999; paracetamol, ibuprofen,
 * co-codamol; "cricked my neck", "done my neck in", "my neck's knackered",
 * "a bit sore", "gym session", "programme", "warm down", "lengths" of the
 * pool, "star jumps"; "go on then", "you're all right", "hang on a tick".
 * Samples and synonyms added to its parent's (en-US); en-AU and en-IN take
 * them too (models/language/index.ts), so only words those speakers would
 * also understand are written here.
 */
import { variantSamples } from "./grammar";
import type { LanguageVariant } from "./types";

/** A neck that is sore, the British way. */
const GB_SORE = "(knackered|a bit sore|a bit stiff|proper sore|proper stiff|well sore|dead stiff|really achy|giving me grief|playing up|in a bad way)";
/** The gym, as a British lifter says it. */
const GB_GYM = "(the gym|my gym session|a gym session|the session|my session|circuits|weights|the weights|football|five a side|rugby)";

export const EN_GB_LANGUAGE: LanguageVariant = {
  samples: {
    AskAboutIntent: variantSamples([
      "should i (ring|book in with) {topic}",
      "is {topic} (all right|alright) for my neck",
      "(is it worth|would it be worth) {topic}",
    ]),
    ReliefIntent: variantSamples([
      "i've done my neck in",
      "i think i've done my neck in",
      "i've done my neck in at the gym",
      "i've done my neck in (lifting|in the gym|on the bench|doing deadlifts|training)",
      "(i've|i think i've|i reckon i've) (cricked|ricked) my neck",
      "i've (cricked|ricked) my neck (at the gym|in the gym|lifting|training|and it's killing me)",
      "i've got a (cricked neck|bad neck|bit of a stiff neck|bit of a sore neck|stiff neck from the gym)",
      `my neck's ${GB_SORE}`,
      `my (neck is|neck's) ${GB_SORE} (after|from) ${GB_GYM}`,
      "my neck's (knackered|a bit sore|proper stiff) (what should i do|what can i do|any ideas)",
      "my neck's gone (all stiff|stiff|funny) (after the gym|since my session|again|)",
      "i've (pulled|tweaked|done) something in my neck",
      "how do i sort out (a stiff neck|a sore neck|my neck|a cricked neck|this crick in my neck)",
      "what can i do about a cricked neck",
    ]),
    WarningSignsIntent: variantSamples([
      "(should i go|do i need to go) to a and e( with my neck| with neck pain| for this|)",
      "when should i go to a and e (with|for) (neck pain|my neck|a sore neck)",
      "is (this|it|neck pain) (an a and e job|a reason to go to a and e)",
      "when is (neck pain|a stiff neck) a nine nine nine job",
    ]),
    EmergencyNumberIntent: variantSamples([
      "(should|when should|when do) i (ring|call) (one one one|nine nine nine)( about my neck| for neck pain|)",
      "(what's|what is) the number for (nhs one one one|one one one|an ambulance|a and e)",
      "(do|should) i (ring|call) nine nine nine or one one one",
      "is it nine nine nine or one one two",
    ]),
    NeckPainCauseIntent: variantSamples([
      `(why's|why is) my neck (so sore|so stiff|killing me|knackered|aching) after ${GB_GYM}`,
      "why's my neck (so sore|so stiff|aching) after {exercise}",
      "how come my neck's (sore|stiff|aching|knackered) after {exercise}",
      "why does {exercise} do my neck in",
      "(is it|could it be) {cause} that's doing my neck in",
    ]),
    PreventionIntent: variantSamples([
      "how do i (stop|avoid) doing my neck in (on|when i do|during) {exercise}",
      "how do i (stop|avoid) (cricking|ricking) my neck (on|when i do|during) {exercise}",
      "how do i (stop|avoid) doing my neck in (at the gym|in the gym|when i lift)",
      "how do i look after my neck (at the gym|in the gym|when i'm lifting|when i'm training)",
    ]),
    TeachStretchIntent: variantSamples([
      "(what's|give me) a good stretch for a (cricked|bad) neck",
      "(teach|show) me a stretch for a (cricked|knackered|bad) neck",
    ]),
    StartRoutineIntent: variantSamples([
      "(start|begin|let's do) (my|a|the) (stretching programme|neck programme|warm down)",
      "(can we|shall we|let's) (have|do) a (warm down|stretching session|stretch session)",
      "shall we (start|do) the {routine}",
    ]),
    ListStretchesIntent: variantSamples(["(what|which) stretches have you got", "what stretches (are on offer|have you got for the neck)"]),
    EndRoutineIntent: variantSamples(["that's me done( for today| for now|)", "i'm knackered (that's enough|let's stop|let's call it a day)"]),
    WaitIntent: variantSamples(["(hang on|hold on|wait) a (tick|mo|sec)", "(just a|give me a) (tick|mo)", "half a (mo|tick)"]),
    "AMAZON.YesIntent": variantSamples(["(go on then|yeah go on|go on then please|righto|yes please|yes go on)"]),
    "AMAZON.NoIntent": variantSamples(["(you're all right|you're alright|no ta|no thanks mate|not just now|you're all right thanks)"]),
  },
  synonyms: {
    topic: {
      "professional": ["my gp", "the gp", "a gp", "the physio", "see my gp", "see the gp", "go to my gp", "ring my gp", "ring the gp", "see a gp", "book in with my gp", "book in with a physio", "get a gp appointment", "get a referral to a physio"],
      "pain-medicine": ["paracetamol", "some paracetamol", "nurofen", "co codamol", "anadin", "ibuprofen gel", "deep heat cream", "take paracetamol", "take nurofen", "take co codamol", "something from the chemist", "get something from the chemist", "paracetamol or ibuprofen"],
      "ice-or-heat": ["a bag of frozen peas", "ice or a hot water bottle", "ice or a wheat bag"],
      "soreness-duration": ["a cricked neck", "how long a cricked neck lasts", "how long until my neck stops aching", "when my neck will sort itself out"],
    },
    exercise: {
      "pull-up": ["chins", "lat pull downs", "lat pull down"],
      "neck-machine": ["weights machine", "weights machines", "resistance machine", "resistance machines"],
      "running": ["parkrun", "park run", "a parkrun", "cross country", "fell running"],
      "swimming": ["lengths", "doing lengths", "swimming lengths", "lengths of the pool"],
      "cycling": ["turbo trainer", "the turbo", "a sportive", "cycling to work"],
      "martial-arts": ["kick boxing", "thai boxing", "ju jitsu"],
      "plyometrics": ["star jumps", "tuck jumps"],
    },
    routine: {
      "after-lifting": ["warm down", "warm down routine", "warm down stretches", "after my gym session", "after my session"],
    },
    habit: {
      "warm-up": ["a warm down", "warming down", "warm downs"],
      "form": ["a gym instructor", "an instructor", "a fitness instructor"],
    },
    cause: {
      "existing-condition": ["a trapped nerve", "trapped nerve", "wear and tear"],
      "repetition": ["overdoing it", "doing too much"],
    },
    symptom: {
      "injury": ["i came off my bike", "i came a cropper", "i took a tumble", "a tumble"],
      "headache": ["a thumping headache", "a banging headache", "a stonking headache"],
      "fever": ["a high temperature and the shivers"],
      "vomiting": ["being sick", "i've been sick", "i keep being sick"],
      "fainting": ["i came over all faint", "i went all faint", "i keeled over", "hit the deck", "i hit the deck"],
      "minor-bump": ["a little shunt in the car", "a minor shunt", "someone shunted into me"],
      "dead-arm": ["i woke up with pins and needles in my arm from lying on it"],
      "walking-balance": ["i'm all over the place when i walk", "wobbly on my feet"],
      "weight-loss": ["dropped half a stone without trying", "lost half a stone without trying", "lost a stone without trying", "dropped a stone without trying"],
      "light-sensitivity": ["the light's doing my eyes in"],
    },
    pace: {
      "slower": ["a touch slower", "steady on"],
      "less-talk": ["less waffle", "stop waffling"],
    },
  },
};
