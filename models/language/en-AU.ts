/**
 * English (Australia): on top of the UK's words (GP, physio, paracetamol),
 * how Australians say it: a "crook" neck that's "stuffed", "cactus" or "heaps
 * sore"; "reckon"; this "arvo"; footy, netball, a gym "sesh"; a chiro, osteo
 * or myo; Panadol, Nurofen and Voltaren from the chemist; a wheat bag; triple
 * zero and "emergency" (the hospital's emergency department); "come good";
 * "yeah nah", "no worries", "sweet as". Samples and synonyms added to its
 * parent's (en-GB).
 */
import { everyday, withEveryday } from "./en-everyday";
import { variantSamples } from "./grammar";
import type { LanguageVariant } from "./types";

/** A neck that is sore, the Australian way. */
const AU_SORE =
  "(stuffed|cactus|crook|heaps sore|heaps stiff|heaps tight|stiff as|rooted|cooked|real sore|real stiff|pretty crook|giving me heaps|killing me)";
/** Training, as an Australian says it. */
const AU_TRAINING =
  "(the gym|a gym sesh|my gym sesh|my sesh|footy|footy training|netball|cricket|training this arvo|the gym this arvo|boot camp)";

export const EN_AU_LANGUAGE: LanguageVariant = {
  samples: withEveryday(everyday("(righto |yeah |okay mate |)", "( mate| thanks mate| ta|)"), {
    AskAboutIntent: variantSamples([
      "(do you reckon|reckon) i should {topic}",
      "(do you reckon|reckon) {topic} would help",
      "should i chuck {topic} on it",
      "is {topic} (alright|right|okay) to use on (me|my) neck",
      "is {topic} worth (it|getting|a go) or nah",
      "is {topic} worth getting",
      // Asked the Australian way: any good, reckon it'd help, chuck it on, how long till i can go again.
      "(is|are) {topic} any good (for a sore neck|for a tight neck|for my neck|for me neck)",
      "(reckon|do you reckon) {topic} would help( my neck| me neck|)",
      "is it worth getting {topic} for (my|me) neck",
      "(can|could|should) i (take|have) {topic} (for it|for my neck|for me neck|for a sore neck)",
      "should i (chuck|whack|put) {topic} on (it|my neck|me neck)",
      "(reckon|do you reckon) {topic} is (making|giving me) (my neck tight|a sore neck|a stiff neck|a crook neck)",
      "(reckon|do you reckon) i can still {topic}",
      "(so |yeah |and |)how long till i can {topic}",
      "(so |yeah |and |)when can i {topic}",
      // The Australian question words: is it dodgy, what's the go with it, does it muck with your neck, how long till it's sweet to.
      "is it (dodgy|a bit dodgy|bad|alright|okay) to {topic}",
      "is {topic} (dodgy|a bit dodgy) (or what|or nah|mate|)",
      "(what's the go with|what's the story with|what's the deal with) {topic}( mate|)",
      "{topic} (what's the go with that|what's the go there|what's the story there)",
      "(does|can|will) {topic} (muck with|mess with|stuff up) (your|my|me) neck( at all|)",
      "(so |yeah |and |)how long till it's (sweet|right|alright|safe) to {topic}( again|)",
      "(yeah nah|yeah|righto|nah) (what about|how about) {topic}( mate|)",
      "{topic} (mate |)which one( mate|)",
      "should i be (doing|having|taking|using) {topic}( mate|)",
      "(reckon|do you reckon) i can still {topic}( mate|)",
      "(righto|right|yeah) how long till i can {topic}( again|)",
      "(what's|what is) the best {topic} so i don't wake up with a (crook|stiff|sore) neck",
      "should i (see|go see|go to) {topic} for (me|my) neck",
      "is {topic} any good or a waste of (money|time)( mate|)",
    ]),
    ReliefIntent: variantSamples([
      "my neck's stuffed",
      "i've stuffed my neck",
      `my neck's ${AU_SORE}`,
      `my (neck is|neck's) ${AU_SORE} (after|from) ${AU_TRAINING}`,
      "i've (got|woken up with) a crook neck",
      "(i reckon|reckon) i've (stuffed|hurt|strained|done) my neck",
      "i've stuffed my neck (at the gym|at footy|lifting|at training)",
      "what do i do (for|about) a crook neck",
      "my neck's (stuffed|heaps sore|crook) (what should i do|what do i do|any ideas)",
      "my neck's been playing up since (the gym|training|this arvo|footy)",
      `my neck's ${AU_SORE} (this arvo|this morning|today|again)`,
      `my neck's ${AU_SORE} (after|since) ${AU_TRAINING} (what do i do|what should i do|any ideas)`,
      // "Me neck", and when it started: since yesterday arvo, since last night's sesh.
      `(me neck's|me neck is) ${AU_SORE}( what do i do| what should i do| any ideas|)`,
      `(me neck's|me neck is|my neck's) (sore as|stiff as|tight as|real sore|heaps sore) (after|from) ${AU_TRAINING}( what do i do| what should i do| any ideas|)`,
      `(my|me) neck's been ${AU_SORE} since (yesterday arvo|yesterday|last night|the weekend|my last sesh|yesterday's sesh)( what do i do| what should i do| any ideas|)`,
    ]),
    WarningSignsIntent: variantSamples([
      "when is (neck pain|a crook neck|a sore neck) a triple zero job",
      "(should i go|do i need to go|when should i go) to (emergency|the emergency department|the hospital|hospital) (with|for) (neck pain|my neck|a crook neck)",
    ]),
    // Mild discomfort in a stretch, in local words (self-care: the stretch stops).
    DiscomfortIntent: variantSamples([
      "(yeah nah |)(that's|this one's) not (comfy|comfortable)",
      "(bit|a bit) uncomfy this one",
      "(that|this one) pulls heaps",
      "bit much (that one|this one)",
      "(struth|crikey|ooh) that (one hurts|one's tight|pulls)",
    ]),
    EmergencyNumberIntent: variantSamples([
      "(should|when should|when do) i (call|ring) triple zero( about my neck| for neck pain|)",
      "(should|when should|when do) i (call|ring) an ambulance( about my neck| for my neck|)",
      "what number do i (ring|call) for (an ambulance|the ambulance|an emergency)",
      "is it triple zero or one one two",
      "(what's|what is) the number for healthdirect",
    ]),
    NeckPainCauseIntent: variantSamples([
      `(why's my neck|why is my neck|how come my neck's|how come my neck is) (so sore|so stiff|heaps sore|stuffed|crook) after ${AU_TRAINING}`,
      "(do you reckon|reckon) {exercise} (is|could be) (stuffing|wrecking|hurting) my neck",
      "(do you reckon|reckon) {cause} (is|could be) (causing|behind) my (sore neck|neck pain|crook neck)",
      "how come my neck's (stuffed|heaps sore|crook) after {exercise}",
      "(why's|why is) my neck (crook|stuffed|heaps sore|so crook) after (a |my |){exercise}",
      "(reckon|do you reckon) {cause} could be why my neck (hurts|is crook|is stuffed)",
      "why does my neck cop it (after|on|doing) {exercise}",
      "my neck's (cooked|stuffed|rooted|crook) after {exercise} (why's that|how come)",
      "why's my neck (sore|stiff|tight) after {exercise} mate",
      // Reckoning it's the cause: "reckon my posture is why me neck's sore".
      "(reckon|i reckon|do you reckon) {cause} (is|could be) why (my|me) neck's (sore|stiff|crook|stuffed|cooked)",
      "(reckon|i reckon|do you reckon) it's {cause} (making|giving me) (a sore neck|a stiff neck|a crook neck)",
      "why does (my|me) neck (kill|cop it|get cooked|get stuffed) (after|on|doing) (heavy |){exercise}",
    ]),
    PreventionIntent: variantSamples([
      "how do i (stop|avoid) stuffing my neck (on|doing|when i do) {exercise}",
      "how do i (stop|avoid) stuffing my neck (at the gym|at footy|at training)",
      "how do i keep (my|me) neck safe (on|doing|in the) {exercise}",
      "how do i stop (my|me) neck getting (sore|stuffed|crook) (on|doing) {exercise}",
      "how (do|can) i (not|avoid) (wreck|wrecking|stuff|stuffing|hurt|hurting) (my|me) neck (doing|on|when i do) {exercise}",
    ]),
    StartRoutineIntent: variantSamples([
      "(let's do|start|give me) a (stretch sesh|stretching sesh|quick stretch sesh)",
      "(righto |)let's get into the {routine}",
      "(righto |)(chuck on|crack into|crack on with|whack on) the {routine}( mate|)",
      "(righto |)(let's get into|chuck on|crack into|kick off) (a|the|my) (routine|stretch sesh|stretches)( mate|)",
      "(righto |)let's do (a|the) {routine} (routine |sesh |)(this arvo|this morning|tonight|now)",
    ]),
    EndRoutineIntent: variantSamples([
      "(that'll do|i'm done) for this arvo",
      "(righto |)that'll do for today",
      "(i'm|i am) (cooked|buggered|stuffed|rooted|done and dusted) (let's call it|that'll do|that's me)( mate|)",
      "(righto |yeah |)(that'll do me|that's me done|let's pull up stumps|let's knock it on the head)( for today| mate|)",
    ]),
    "AMAZON.YesIntent": variantSamples([
      "(no worries|sweet as|too right|yeah righto|yeah sweet)",
      "(too easy|sweet|bonza|beauty|ripper|yeah no worries|yep too easy|yeah too easy|sounds good mate|yeah mate|yep mate)( mate| let's do it| go for it|)",
      "(yeah|yep|sure) (too easy|sweet as|no worries|righto|why not mate)",
    ]),
    "AMAZON.NoIntent": variantSamples([
      "yeah nah( i'm good| not today| not right now|)",
      "nah (i'm right|i'm good mate|all good)",
      "(nah|yeah nah|nup|nah mate) (i'm right|all good|she'll be right|not today mate|i'll pass|no thanks|i'm sweet|not right now mate)",
    ]),
    "AMAZON.StopIntent": variantSamples([
      "(see ya|see you later|catch ya|hooroo)( mate|)",
      "(no worries|cheers|ta|thanks) (see ya|catch ya|hooroo|bye|see you later)( mate|)",
      "(catch ya later|see ya later|hooroo then|i'm off|i'm outta here|that's me)( mate| thanks|)",
    ]),
    "AMAZON.NextIntent": variantSamples(["(righto|yep|sweet|done) (next|next one|on to the next|move on)( mate|)"]),
    "AMAZON.PauseIntent": variantSamples([
      "(pause it|pause|stop it) (for a sec|for a tick|a sec)( mate|)",
      "(hit pause|chuck it on pause)( for a sec| mate|)",
    ]),
    "AMAZON.StartOverIntent": variantSamples([
      "(back to the start|from the start|start from scratch|right back to the start)( mate| again| please|)",
    ]),
    "AMAZON.RepeatIntent": variantSamples(["(say again|come again|what was that|sorry what was that)( mate| please|)"]),
    WaitIntent: variantSamples([
      "(hang on|hold on|hold up|wait) (a sec|a tick|a minute) mate",
      "(hold ya horses|give us a sec|give us a tick|half a tick|hang on a tick)( mate|)",
    ]),
    PaceIntent: variantSamples([
      "{pace} mate",
      "(righto |)(can you |)go {pace}( mate| thanks|)",
      "{pace} (holds |)(please|ta|thanks) mate",
    ]),
    TellMeMoreIntent: variantSamples([
      "(how come|why's that|what's that do) (mate|then|)",
      "(tell us|tell me) more( mate| about that|)",
    ]),
    WhatsNextIntent: variantSamples([
      "(what's|what have we got) (up next|next|after this|coming up) mate",
      "(righto |)what's (the next one|up next|coming up)( mate|)",
    ]),
    ContinuousRoutineIntent: variantSamples([
      "(run|do|play) the {routine} (without stopping|straight through|all the way through) mate",
    ]),
    ResumeRoutineIntent: variantSamples([
      "(keep going with|carry on with|get back into) the (routine|stretches) (i started this arvo|from this arvo|from this morning|from earlier)",
    ]),
    ListStretchesIntent: variantSamples([
      "what stretches (have you got|do you know) mate",
      "what stretches (have ya got|ya got|do ya know)( mate|)",
    ]),
    RoutineInfoIntent: variantSamples(["what routines (have ya got|ya got|do ya have)( mate|)"]),
    TeachStretchIntent: variantSamples([
      "(show us|can you show us|can ya show us) (the|a|how to do the|how to do a) {stretch}( mate|)",
      "how do (ya|you) do (the|a) {stretch}( mate|)",
      "how do i do (a|the) {stretch} mate",
      "(teach us|give us) (the|a) {stretch}( mate|)",
    ]),
    "AMAZON.HelpIntent": variantSamples(["what can (ya|you) do( mate|)", "what do (ya|you) do( mate|)"]),
  }),
  synonyms: {
    topic: {
      professional: [
        "see a chiro",
        "see a myo",
        "a myo",
        "a myotherapist",
        "a remedial massage therapist",
        "get in to see a physio",
        "get in to see my gp",
        "book in with the gp",
      ],
      "pain-medicine": [
        "panadol",
        "a panadol",
        "some panadol",
        "voltaren",
        "voltaren gel",
        "take panadol",
        "take nurofen",
        "grab something from the chemist",
        "panadol or nurofen",
        "nurofen or panadol",
        "some nurofen",
        "a couple of nurofen",
        "a couple of panadol",
      ],
      "ice-or-heat": ["ice or a heat pack", "chuck some ice on it or use heat", "ice or heat pack"],
      "chiro-physio": [
        "see a physio or a chiro",
        "a physio or a chiro",
        "physio or chiro for my neck",
        "chiro or physio mate",
      ],
      "heat-pack": ["a heat pack on it", "chuck a heat pack on it", "a wheat bag on it"],
      "soreness-duration": [
        "a crook neck",
        "will my neck come good",
        "will my neck come good on its own",
        "how long a crook neck lasts",
        "how long until my neck comes good",
        "when my neck will come good",
      ],
    },
    exercise: {
      cycling: ["riding", "a ride", "push bike", "riding my push bike", "road riding"],
      running: ["a jog around the oval", "running around the oval", "laps of the oval"],
      swimming: ["swimming laps at the pool", "ocean swimming", "an ocean swim"],
      squat: ["squats at the gym"],
      deadlift: ["deadies", "deadie", "heavy deadies"],
    },
    routine: {
      quick: ["quick sesh", "quick stretch sesh"],
      "after-lifting": ["post gym", "after gym sesh", "post gym stretches"],
    },
    habit: {
      rest: ["a rest day", "a day off"],
    },
    symptom: {
      injury: [
        "i stacked it",
        "i stacked my bike",
        "i had a prang",
        "a car prang",
        "i got crash tackled",
        "i got hit in a tackle",
        "stacked it off me bike",
        "stacked it off me mountain bike",
        "landed on me neck",
        "landed on me head",
      ],
      "older-fall": [
        "me pop had a fall",
        "me nan had a fall",
        "me pop fell",
        "me nan fell",
        "he's come off the ladder",
        "she's come off the ladder",
      ],
      "face-numb": [
        "half me face has gone numb",
        "me face has gone numb",
        "half me face is numb",
        "one side of me face has gone numb",
        "one side of me face has gone all numb",
        "me face has gone all numb",
        "half me face feels numb",
        "me face goes numb",
        "me face went numb",
      ],
      "eyelid-droop": ["me eyelid's drooping", "me eyelid's gone droopy", "one of me eyelids is drooping"],
      "fever-stiff-neck": [
        "a fever and me neck's stiff",
        "a temp and me neck's stiff as",
        "a fever and me neck's real stiff",
      ],
      "chest-pain": [
        "chest pain going up into me jaw",
        "going up into me jaw",
        "chest pain going up into me neck",
        "pain in me chest going up into me jaw",
      ],
      "vision-speech": [
        "me words are coming out wrong",
        "me words are all wrong",
        "me speech is slurred",
        "me vision's gone all blurry",
        "me vision's gone blurry",
      ],
      weakness: [
        "me arm's gone weak",
        "me hand's gone weak",
        "me arm's got no strength",
        "me arm's gone weak as",
        "me hand's gone weak as",
        "me arm's real weak",
      ],
      "walking-balance": [
        "i can't keep me balance",
        "losing me balance",
        "me legs have gone wobbly",
        "me legs are all wobbly",
      ],
      "bladder-bowel": ["lost control of me bowels", "lost control of me bladder"],
      "both-hands": [
        "both me hands have got pins and needles",
        "both me hands have gone numb",
        "both me hands are tingling",
        "pins and needles in both me hands",
        "both me hands are all tingly",
      ],
      "electric-shocks": [
        "like electricity down me spine",
        "a zap down me spine",
        "a zap like electricity down me spine",
        "a zap down me back",
        "electric zaps when i look down",
        "zaps down me back when i look down",
        "electric shocks when i bend me neck",
      ],
      "arm-tingling": [
        "me arm's gone numb",
        "me right arm's tingling",
        "me left arm's tingling",
        "me arm's tingling",
        "me fingers have gone numb",
      ],
      migraine: ["one of me migraines", "me usual migraine"],
      headache: ["a cracking headache", "a shocking headache", "me head's pounding", "me head's killing me"],
      "dead-arm": ["slept on me arm and it's gone dead", "me arm's gone dead"],
      "light-sensitivity": [
        "the light's hurting me eyes",
        "the light's really hurting me eyes",
        "the light's killing me eyes",
      ],
      "weight-loss": [
        "losing heaps of weight without trying",
        "dropped five kilos without even trying",
        "dropped a few kilos without trying",
        "lost a heap of weight",
        "dropped a heap of weight",
      ],
      "night-sweats": ["sweating buckets at night", "sweating buckets in the night", "sweating buckets every night"],
      "night-pain": ["the pain's waking me up at night"],
      "lasting-pain": ["me neck's been sore for a month", "me neck's been sore for weeks"],
      dizziness: ["my head's spinning", "dizzy as", "i feel dizzy as", "real dizzy"],
      vomiting: [
        "i chucked up",
        "i spewed",
        "i've been spewing",
        "i just spewed",
        "i've just spewed",
        "been chucking up",
        "i keep chucking up",
      ],
      fainting: ["i carked it on the bench", "i went down on the bench", "i blacked out mid set"],
      "minor-bump": ["a bingle", "a little bingle", "a minor bingle in the car"],
      "worst-headache": ["worst headache of me life", "the worst headache of me life"],
      confusion: ["i dunno where i am"],
    },
    pace: {
      faster: ["get a move on", "hurry it along"],
      slower: ["take it easy", "ease up"],
    },
  },
};
