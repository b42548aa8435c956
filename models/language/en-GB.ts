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
import { everyday, withEveryday } from "./en-everyday";
import { variantSamples } from "./grammar";
import type { LanguageVariant } from "./types";

/** A neck that is sore, the British way. */
const GB_SORE =
  "(knackered|a bit sore|a bit stiff|proper sore|proper stiff|well sore|dead stiff|really achy|giving me grief|playing up|in a bad way)";
/** The gym, as a British lifter says it. */
const GB_GYM =
  "(the gym|my gym session|a gym session|the session|my session|circuits|weights|the weights|football|five a side|rugby)";

export const EN_GB_LANGUAGE: LanguageVariant = {
  samples: withEveryday(everyday("(right |okay |right then |)", "( please| cheers| mate| then|)"), {
    AskAboutIntent: variantSamples([
      "should i (ring|book in with) {topic}",
      "(does|is) {topic} (do|doing) my neck in",
      "i'm (sat|stuck) (at|on) {topic} all day (does that|is that) (do|doing) my neck in",
      "is {topic} (all right|alright) for my neck",
      "(is it worth|would it be worth) {topic}",
      // Asked the British way: what to take or stick on it, whether it is worth seeing someone, when to go again.
      "(can|could|should) i (take|have) {topic} for (a sore neck|a stiff neck|a bad neck|my neck|it|this)",
      "should i (stick|put|pop) {topic} on (my neck|it)",
      "(would|will) {topic} on (my neck|it) help",
      "is it better to (put|use|stick) {topic} on it",
      "(is it worth|would it be worth) (seeing|booking in with|going to|getting) {topic}( for my neck|)",
      "is {topic} (giving me|doing me|causing) a (bad|stiff|sore|dodgy) neck",
      "is {topic} bad for me",
      "what {topic} should i (be using|get|buy)",
      "(right |so |)(and |)how long (till|until|before) i can {topic}",
      "(right |so |)and when can i {topic}",
      "i've got a (crick in my neck|stiff neck|sore neck|cricked neck) (should i|can i) still {topic}",
      // "Ought i to", "what sort of", "could that be doing my neck in".
      "(and |right |so |)ought i to (be |){topic}( then|)",
      "(and |right |so |)how often ought i to (be |){topic}",
      "(and |right |so |)what sort of {topic} (should i be using|should i get|is best)",
      "(i'm|i am) on {topic} all day (could|would|might) that be (doing my neck in|causing it|the problem)",
      "is it (bad|alright|all right) that i keep {topic}",
      "(right |so |)(and |)when can i go back to {topic}",
      "(and |right |so |)shall i {topic}( then| first|)",
      "(right |so |)(and |)when can i get back to {topic}( again|)",
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
      "i've (woken up|woke up) with a (proper stiff|stiff|cricked|sore|bad) neck",
      "my neck's (been |)(proper stiff|properly stiff|killing me|in bits|sore|stiff) (since|after) (the gym|my session|yesterday's session|training|yesterday)",
      "my neck's (in bits|proper stiff|properly stiff) (this morning|today|again)",
      "i've got a right (crick in my neck|stiff neck|sore neck|bad neck)( after the gym| this morning| after the gym last night| from last night's session|)( what should i do| what can i do| any ideas|)",
      "my neck's (proper|properly|really) stiff after the gym (what do i do|what should i do)",
      "i've done my neck in (a bit |)(at the gym|lifting) (what should i do|what do i do|any ideas)",
    ]),
    WarningSignsIntent: variantSamples([
      "(should i go|do i need to go) to a and e( with my neck| with neck pain| for this|)",
      "when should i go to a and e (with|for) (neck pain|my neck|a sore neck)",
      "is (this|it|neck pain) (an a and e job|a reason to go to a and e)",
      "when is (neck pain|a stiff neck) a nine nine nine job",
    ]),
    // Mild discomfort in a stretch, in local words (self-care: the stretch stops).
    DiscomfortIntent: variantSamples([
      "(not comfy|not very comfy|a bit uncomfy) this one",
      "(ooh |)that's (pulling|tugging) a bit",
      "(ooh |)that's (a bit tender|a bit much|giving me a twinge)",
      "that's not very comfy",
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
      "(why's|why is) my neck (knackered|in bits|proper sore|playing up) after {exercise}",
      "(is it|could it be) {cause} that's doing my neck in",
    ]),
    PreventionIntent: variantSamples([
      "how do i (stop|avoid) doing my neck in (on|when i do|during) {exercise}",
      "how do i (stop|avoid) (cricking|ricking) my neck (on|when i do|during) {exercise}",
      "how do i (stop|avoid) doing my neck in (at the gym|in the gym|when i lift)",
      "how do i look after my neck (at the gym|in the gym|when i'm lifting|when i'm training)",
      "how do i stop my neck (going|hurting|playing up|getting sore) (on|during|when i do) (the |){exercise}",
    ]),
    TeachStretchIntent: variantSamples([
      "(what's|give me) a good stretch for a (cricked|bad) neck",
      "(teach|show) me a stretch for a (cricked|knackered|bad) neck",
      "how do i do (the |){stretch} (whilst|while) (sat|sitting) at my desk",
      "(right |)(teach me|show me) that {stretch}( then| please|)",
      "how do you do the {stretch} (then|properly)",
      "(could you|would you|can you) (teach|show) me (the|a|how to do the|how to do a) {stretch}( please| then|)",
      "go on (then |)(teach|show) me (the|that|a) {stretch}( please|)",
      "how's (the|a|that) {stretch} done( then| properly|)",
    ]),
    StartRoutineIntent: variantSamples([
      "(start|begin|let's do) (my|a|the) (stretching programme|neck programme|warm down)",
      "(can we|shall we|let's) (have|do) a (warm down|stretching session|stretch session)",
      "shall we (start|do) the {routine}",
      "(shall we|let's|can we) (crack on with|get cracking with|crack on and do) the {routine}",
    ]),
    ListStretchesIntent: variantSamples([
      "(what|which) stretches have you got",
      "what stretches (are on offer|have you got for the neck)",
    ]),
    EndRoutineIntent: variantSamples([
      "that's me done( for today| for now|)",
      "i'm knackered (that's enough|let's stop|let's call it a day)",
      "(right |okay |)(that'll do|that'll do me|that's plenty|i'm cream crackered|i'm shattered|i'm done in) (for today|for now|thanks|cheers|let's leave it there)",
      "(right |okay |)(let's leave it there|let's call it a day|i've had enough) (then|for today|i'm finished|i'm done)",
      "(right |)(that'll do|that's enough|that's me done|i'm done) (for today|for now) (cheers|thanks|ta|mate)",
    ]),
    WaitIntent: variantSamples([
      "(hang on|hold on|wait) a (tick|mo|sec)",
      "(just a|give me a) (tick|mo)",
      "half a (mo|tick)",
      "(hang about|hang fire|hold your horses|bear with me|give us a sec|give us a mo|give us a minute)( please| mate| love|)",
      "(hang on|hold on|wait) (i'm not ready|i'm not there yet|let me get sorted|i'm still getting sorted)( mate|)",
    ]),
    "AMAZON.YesIntent": variantSamples([
      "(go on then|yeah go on|go on then please|righto|yes please|yes go on)",
      "(lovely|brilliant|cheers|ta|aye|smashing|champion|spot on|nice one|ace|right you are|fair enough|yes mate|go on mate)( thanks| go on| let's do it|)",
      "(yeah|yes|aye|go on) (lovely|brilliant|that'd be lovely|that'd be brilliant|why not|cheers|ta|go on then|if you like)",
    ]),
    "AMAZON.NoIntent": variantSamples([
      "(you're all right|you're alright|no ta|no thanks mate|not just now|you're all right thanks)",
      "(no|nah|nope) (ta|cheers|you're all right|i'm all right|i'm alright|not just now|i'll give it a miss|i'll leave it|i'll leave it thanks|i'm sorted)",
      "(i'll give it a miss|i'll leave it there|i'm all right thanks|i'm alright ta|not for me thanks|not just now thanks)",
    ]),
    "AMAZON.StopIntent": variantSamples([
      "(ta ra|tara|cheerio|ta ta|cheers bye|ta bye|bye then|see you then|bye for now|right i'm off|i'm off now)( then| mate| love|)",
      "(cheers|ta|thanks|nice one|lovely) (that's brilliant|that's lovely|that's great|that's champion|that's all i needed) (bye|goodbye|ta ra|cheerio)",
      "(cheers|ta|thanks|cheers then|ta very much|thanks very much)( mate| love| for that|)",
    ]),
    "AMAZON.RepeatIntent": variantSamples([
      "(sorry|pardon|sorry what|eh) (could you say that again|can you say that again|what was that|come again|say that again|i didn't catch that)",
      "(pardon|you what) (please|mate|then|)",
    ]),
    "AMAZON.NextIntent": variantSamples([
      "(next one|next|on to the next) (please|ta|cheers|mate)",
      "(let's |right |)crack on with the next one",
    ]),
    "AMAZON.ResumeIntent": variantSamples([
      "(right |okay |)(crack on|let's crack on|carry on then|as you were)( please| then|)",
    ]),
    "AMAZON.PauseIntent": variantSamples([
      "(pause it|pause) (a tick|a mo|half a mo|for a tick|for a mo)( please|)",
      "(hold on|hang on|hold up|wait) (pause it|pause that|pause|can you pause it)( please| a mo|)",
    ]),
    "AMAZON.PreviousIntent": variantSamples(["(go|take it) back a (step|bit|stretch)( please| then|)"]),
    PaceIntent: variantSamples([
      "(a bit|a touch|a little|ever so slightly) {pace}( please| then| mate| ta|)",
      "bit {pace}( please| then| mate|)",
      "(could you|can you) (go|take it) a bit {pace}( please| then|)",
    ]),
    HowManyLeftIntent: variantSamples([
      "how many (have we got|have i got|are there) left( then|)",
      "(are we|am i) nearly there( then| yet|)",
    ]),
    TellMeMoreIntent: variantSamples([
      "(why's that|how's that|what's that for|how come) (then|mate|)",
      "tell me more then",
      "(go on |)(why's that|how come) then",
      "go on (then |)tell me (a bit |a little |)more( then| please|)",
    ]),
    RoutineInfoIntent: variantSamples(["how long's the {routine}( then| routine|)", "what's the {routine} like"]),
    ResumeRoutineIntent: variantSamples([
      "carry on with (the|my) (routine|stretches|session) (from earlier|from before|from this morning|i started)",
    ]),
  }),
  synonyms: {
    topic: {
      professional: [
        "my gp",
        "the gp",
        "a gp",
        "see my gp",
        "see the gp",
        "go to my gp",
        "ring my gp",
        "ring the gp",
        "see a gp",
        "book in with my gp",
        "get a gp appointment",
      ],
      "chiro-physio": [
        "the physio",
        "book in with a physio",
        "booking in with a physio",
        "get a referral to a physio",
        "a physio or a chiropractor",
        "seeing a physio or a chiropractor",
        "the physio or the chiro",
        "go to the physio",
      ],
      "neck-cracking": ["clicking my neck", "click my neck", "keep clicking my neck"],
      "tech-neck": ["staring at my mobile", "my mobile", "looking at my mobile", "being on my mobile"],
      "pain-medicine": [
        "paracetamol",
        "some paracetamol",
        "nurofen",
        "co codamol",
        "anadin",
        "ibuprofen gel",
        "deep heat cream",
        "take paracetamol",
        "take nurofen",
        "take co codamol",
        "something from the chemist",
        "get something from the chemist",
        "paracetamol or ibuprofen",
        "paracetamol and ibuprofen",
      ],
      "ice-or-heat": [
        "a bag of frozen peas",
        "ice or a hot water bottle",
        "ice or a wheat bag",
        "a hot water bottle or an ice pack",
        "a hot water bottle or ice",
        "an ice pack or a hot water bottle",
        "put a hot water bottle or an ice pack on it",
      ],
      "soreness-duration": [
        "a cricked neck",
        "how long a cricked neck lasts",
        "how long until my neck stops aching",
        "when my neck will sort itself out",
      ],
    },
    exercise: {
      "pull-up": ["chins", "lat pull downs", "lat pull down"],
      "neck-machine": ["weights machine", "weights machines", "resistance machine", "resistance machines"],
      running: ["parkrun", "park run", "a parkrun", "cross country", "fell running"],
      swimming: ["lengths", "doing lengths", "swimming lengths", "lengths of the pool"],
      cycling: ["turbo trainer", "the turbo", "a sportive", "cycling to work"],
      "martial-arts": ["kick boxing", "thai boxing", "ju jitsu"],
      plyometrics: ["star jumps", "tuck jumps"],
    },
    routine: {
      "after-lifting": ["warm down", "warm down routine", "warm down stretches", "routine for after my gym session"],
    },
    habit: {
      "warm-up": ["a warm down", "warming down", "warm downs"],
      form: ["a gym instructor", "an instructor", "a fitness instructor"],
    },
    cause: {
      "existing-condition": ["a trapped nerve", "trapped nerve", "wear and tear"],
      repetition: ["overdoing it", "doing too much"],
    },
    symptom: {
      injury: ["i came off my bike", "i came a cropper", "i took a tumble", "a tumble"],
      headache: ["a thumping headache", "a banging headache", "a stonking headache"],
      fever: ["a high temperature and the shivers", "poorly with a temperature", "i've been poorly with a temperature"],
      vomiting: ["being sick", "i've been sick", "i keep being sick"],
      fainting: ["i came over all faint", "i went all faint", "i keeled over", "hit the deck", "i hit the deck"],
      "minor-bump": ["a little shunt in the car", "a minor shunt", "someone shunted into me"],
      "dead-arm": ["i woke up with pins and needles in my arm from lying on it"],
      "walking-balance": [
        "i'm all over the place when i walk",
        "wobbly on my feet",
        "my legs have gone to jelly",
        "i keep staggering about",
        "staggering about",
      ],
      "weight-loss": [
        "dropped half a stone without trying",
        "lost half a stone without trying",
        "lost a stone without trying",
        "dropped a stone without trying",
      ],
      "light-sensitivity": ["the light's doing my eyes in"],
      "eyelid-droop": ["my eyelid's gone droopy", "one eyelid's gone droopy"],
      "breathing-swallowing": [
        "my throat's closing up",
        "it feels like my throat's closing up",
        "i can't get my breath",
      ],
      confusion: ["all muddled and confused", "i feel all muddled", "my head's all muddled"],
      "both-hands": ["both my hands have gone pins and needles", "both hands have gone all pins and needles"],
      weakness: ["my arm's gone proper weak", "my arm's gone properly weak"],
      "older-fall": ["my nan's fallen", "my nan has fallen", "my gran's fallen", "my grandad's fallen"],
    },
    pace: {
      slower: ["a touch slower", "steady on"],
      "less-talk": ["less waffle", "stop waffling"],
    },
  },
};
