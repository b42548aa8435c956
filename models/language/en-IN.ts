/**
 * English (India): on top of the UK's words, how people in India say it: "my
 * neck is paining since morning", "what to do", "why my neck is paining",
 * "a catch in my neck", "doing gym", "tell me one stretch", "which all
 * stretches", "kindly", "consult a doctor", "show it to a doctor", "an ortho",
 * "get an x ray done", "precautions"; Crocin, Dolo, Combiflam, Volini, Moov;
 * "met with an accident", "giddiness", "cervical" (spondylosis). Samples and
 * synonyms added to its parent's (en-GB).
 */
import { everyday, withEveryday } from "./en-everyday";
import { variantSamples } from "./grammar";
import type { LanguageVariant } from "./types";

/** Since when, as it is said in India. */
const SINCE =
  "(since morning|since yesterday|since yesterday night|since last night|since two days|from morning|after gym|after doing gym|after my workout|after gym workout)";

export const EN_IN_LANGUAGE: LanguageVariant = {
  samples: withEveryday(everyday("(kindly |please |okay |)", "( please| now|)"), {
    AskAboutIntent: variantSamples([
      "should i consult {topic}",
      "{topic} (why so|what is the reason|is it normal|is that causing my neck pain|which is better for neck|which is better)",
      "(whole day|all day) i am {topic} is that causing my neck pain",
      "{topic} is paining (why so|what is the reason|what to do|is it normal)",
      "(can|should) i apply {topic}",
      "is {topic} (fine|safe) for neck pain",
      "should i do {topic} for my neck",
    ]),
    ReliefIntent: variantSamples([
      "my neck is paining",
      "neck is paining",
      `my neck is paining ${SINCE}`,
      "my neck is paining (a lot|too much|very much|very badly)",
      "my neck is paining (what to do|what should i do|please help|tell me what to do)",
      `my neck is (stiff|paining) ${SINCE} what to do`,
      `i am having (neck pain|a stiff neck|pain in my neck) ${SINCE}`,
      "i am having (neck pain|pain in my neck) what to do",
      "(i have|i got) a catch in my neck",
      "my neck (got|has) a catch",
      "i (sprained|have sprained) my neck (in gym|while doing gym|during workout|)",
      "i slept in (a wrong position|wrong position) and (now |)my neck is paining",
      "what to do for (neck pain|a stiff neck|neck sprain|a catch in my neck)",
      "(kindly |please |)(tell me|suggest me|suggest) (something|what to do|some remedy) for (neck pain|my neck pain|a stiff neck)",
      "(any|some) remedy for (neck pain|a stiff neck|neck pain after gym)",
      "neck pain after (gym|doing gym|gym workout) what to do",
    ]),
    WarningSignsIntent: variantSamples([
      "when should i (go|rush) to (the hospital|hospital) for (neck pain|my neck)",
      "(is it|is this) serious or (normal|not)",
      "what are the danger symptoms (for|of) neck pain",
    ]),
    EmergencyNumberIntent: variantSamples([
      "(what's|what is) the (ambulance number|number for ambulance|number for the ambulance)",
      "(should|when should|when do) i call (one zero eight|one one two|an ambulance|ambulance)( for neck pain| for my neck|)",
      "is it one zero eight or one one two",
      "(tell me|give me) the (ambulance|emergency) number",
    ]),
    NeckPainCauseIntent: variantSamples([
      "why my neck is paining after {exercise}",
      "why my neck (is paining|pains) after (doing |)(gym|gym workout|workout|exercise)",
      "why i am getting neck pain (after|while doing) {exercise}",
      "what is the reason for (my |)neck pain (after|while doing) {exercise}",
      "what is the reason for (my |)neck pain after (gym|doing gym|workout)",
      "is my neck paining (due to|because of) {cause}",
      "is {cause} the reason for my neck pain",
      "why (neck pain is coming|i am getting neck pain|is my neck paining) after (using |doing |)(the |){exercise}",
    ]),
    PreventionIntent: variantSamples([
      "what precautions (should i take|to take) (for|while doing|during) {exercise}",
      "what precautions to take to avoid neck pain (in gym|while doing gym|during workout)",
      "how to avoid neck pain while doing {exercise}",
      "how to avoid neck pain (in gym|while doing gym|during gym workout)",
    ]),
    TeachStretchIntent: variantSamples([
      "(tell me|teach me|show me) one (stretch|neck stretch)",
      "(tell me|teach me|show me) one (stretch|neck stretch|good stretch) (for neck pain|for a stiff neck|)",
      "(tell me|teach me|show me) one (exercise|neck exercise) for (my neck|neck pain|neck)",
      "kindly (teach|show) me (the |a |){stretch}",
      "(tell me|teach me) how to do {stretch} (properly|correctly)",
      "(please |kindly |)(tell me|explain|show me|teach me) how to do (the |){stretch}( properly| correctly| step by step|)",
      "(please |kindly |)explain (the |){stretch}( stretch| properly| step by step|)",
      "how to do (the |){stretch} (one|stretch|exercise)( properly|)",
    ]),
    ListStretchesIntent: variantSamples([
      "(which|what) all stretches (are there|do you know|can you teach|you have)",
      "what all (neck stretches|neck exercises) (are there|do you know)",
      "(tell me|list|show me) all the stretches (you are having|you have|you know)",
      "what all stretches you (are having|have|know)",
    ]),
    RoutineInfoIntent: variantSamples([
      "(which|what) all routines (are there|do you have)",
      "how much time (will the {routine} take|does the {routine} take|the {routine} takes)",
      "(tell me|explain) (the details of|about) the {routine}",
    ]),
    StartRoutineIntent: variantSamples([
      "kindly (start|begin) the {routine}",
      "(start|begin) (my|the) stretching (session|routine) (now|please)",
      "(please |kindly |)(start|begin|do) {routine} (routine|now|please)",
      "(please |kindly |)(start|begin) (routine|the routine|stretching) (now|please|itself)",
    ]),
    ResumeRoutineIntent: variantSamples([
      "(continue|resume|complete) the (routine|stretches|session) (which|that) i (left in between|left halfway|stopped in between|did not complete)",
      "(please |kindly |)(continue|resume) from where i (left|stopped)",
    ]),
    "AMAZON.YesIntent": variantSamples([
      "(yes|haan|ok|okay|sure) (please tell|please do|do it|please continue|tell me|go ahead|fine|ok|yes)",
      "(haan|haan ji|ji|yes ji|ok ji|okay fine|ok fine|yes sure|sure sure|yes yes|ok ok)( please|)",
      "(please |kindly |)do the needful",
    ]),
    "AMAZON.NoIntent": variantSamples([
      "(no no|no|nahi|no ji|not now) (it's fine|it's ok|it's okay|not required|no need|leave it|thank you)",
      "(no need|not required|leave it|it's fine no|no it's okay)( thank you| please|)",
    ]),
    "AMAZON.StopIntent": variantSamples([
      "(ok|okay|fine) (thank you|thanks) (bye|bye bye|goodbye)",
      "(thank you|thanks) (bye|bye bye|that's all|for the help)",
      "(please |kindly |)(stop|close|exit) (it|the skill|now)( please|)",
    ]),
    "AMAZON.HelpIntent": variantSamples([
      "what all (can you do|you can do|i can say|i can ask|can i ask|things you can do)",
      "(how to use|how to use this|how to use this skill|what to say|what to do)( please|)",
    ]),
    "AMAZON.RepeatIntent": variantSamples([
      "(please |kindly |)(repeat|say) (once more|once again|one more time|again)",
      "(please |kindly |)repeat( it| that| the instructions|)( once more| once again|)",
      "(come again|say again|sorry i did not get|i did not understand)( please|)",
    ]),
    "AMAZON.NextIntent": variantSamples([
      "(please |kindly |)(go|move|proceed) to (next|the next|next one|next stretch|the next stretch)",
      "(next|next one|next stretch) (please|now|only)",
      "(done|completed|finished) (next please|go to next|now next)",
    ]),
    "AMAZON.ResumeIntent": variantSamples([
      "(please |kindly |)(continue|resume|proceed)( please| now| from there|)",
      "(ok |okay |)i am back (continue|please continue|resume)",
    ]),
    "AMAZON.PauseIntent": variantSamples([
      "(please |kindly |)(pause|pause it|stop for some time|pause for some time)( please|)",
    ]),
    "AMAZON.PreviousIntent": variantSamples([
      "(please |kindly |)(go to|go back to|show) (previous|the previous|last) (stretch|one)( please|)",
    ]),
    "AMAZON.StartOverIntent": variantSamples([
      "(please |kindly |)(start|do) (from the beginning|from first|from starting|from the start)( again| please|)",
    ]),
    WaitIntent: variantSamples([
      "(wait|please wait|kindly wait|hold on|just) (one minute|two minutes|one second|two seconds|some time|a minute)( please|)",
      "(one minute|two minutes|one second|wait wait) (please|i am not ready|i am getting ready)",
    ]),
    PaceIntent: variantSamples([
      "(go|do it|do|please go|speak|tell) (little|a little|bit|more|very) {pace}( please|)",
      "(please |kindly |)(go|do it|do|speak) {pace}( please|)",
      "(give|tell) (more|some more) (details|detail|explanation) (about|for|on) (this|each|every) (stretch|one)",
    ]),
    HowManyLeftIntent: variantSamples([
      "how many (stretches|more stretches|more) are (remaining|pending|balance|left)",
      "how much (time|more time) is (remaining|left|pending)",
    ]),
    EndRoutineIntent: variantSamples([
      "(enough|ok enough|that's enough) (i am done|i am finished|for today|for now)( thank you|)",
      "(i am|i'm) (done|finished|tired) (for today|for now|enough)( please stop|)",
    ]),
    TellMeMoreIntent: variantSamples([
      "(tell|explain|tell me|explain me) (in detail|in more detail|more in detail|elaborately)",
      "(please |kindly |)tell (me more|more about this|more about it|me why)",
    ]),
    ForgetMeIntent: variantSamples([
      "(please |kindly |)(delete|remove|erase|clear) (my|all my) (details|data|information|records)( please|)",
    ]),
  }),
  synonyms: {
    topic: {
      professional: [
        "an ortho",
        "an orthopaedic",
        "an orthopaedic doctor",
        "a bone doctor",
        "consult a doctor",
        "consult a physiotherapist",
        "consult an ortho",
        "go for physiotherapy",
        "visit a physiotherapist",
        "get an x ray done",
        "get a scan done",
        "get an m r i done",
        "show my neck to a doctor",
        "show it to a doctor",
        "show it to an ortho",
      ],
      "pain-medicine": [
        "crocin",
        "dolo",
        "combiflam",
        "volini",
        "moov",
        "iodex",
        "pain balm",
        "a pain relief spray",
        "a painkiller tablet",
        "some tablet",
        "a tablet for neck pain",
        "take crocin",
        "take dolo",
        "take combiflam",
        "painkiller tablet",
        "take painkiller tablet",
        "a painkiller before workout",
        "apply volini",
        "apply moov",
        "apply pain balm",
      ],
      "ice-or-heat": [
        "hot fomentation",
        "cold compress",
        "ice fomentation",
        "a hot water bag",
        "do hot fomentation",
        "hot fomentation or ice",
        "hot fomentation or cold compress",
        "hot water fomentation",
        "hot water fomentation or ice pack",
        "ice pack or hot water fomentation",
        "hot fomentation or ice pack",
      ],
      "soreness-duration": [
        "how many days the pain will stay",
        "how many days the pain will be there",
        "when my neck will stop paining",
        "by when the pain will go",
      ],
      "tech-neck": [
        "using mobile and laptop",
        "using mobile whole day",
        "using laptop whole day",
        "whole day on mobile",
        "mobile and laptop whole day",
      ],
      "stretch-guidance": ["how many times a day to do neck stretches", "do neck stretches daily"],
    },
    exercise: {
      cycling: ["gym cycle", "stationary cycle", "cycle riding"],
      running: ["treadmill running", "jogging in the park"],
      "martial-arts": ["kushti"],
    },
    routine: {
      "after-lifting": ["after gym", "post gym", "after gym workout", "after gym stretches"],
      full: ["full body", "the complete one"],
    },
    habit: {
      form: ["a gym trainer", "correct form", "correct posture"],
      progress: ["increasing weight slowly", "increasing weight gradually"],
    },
    cause: {
      posture: ["wrong posture", "wrong form", "wrong technique", "wrong position"],
      "existing-condition": ["cervical", "cervical spondylosis", "spondylosis", "spondylitis"],
      repetition: ["doing too much gym", "overdoing gym"],
    },
    symptom: {
      injury: ["i met with an accident", "i met with an accident yesterday", "i slipped and fell"],
      dizziness: ["giddiness", "feeling giddy", "i feel giddy", "giddy"],
      fever: ["i am having fever", "having fever", "i have temperature", "fever since two days"],
      vomiting: [
        "vomitings",
        "i am having vomiting",
        "i vomited twice",
        "vomiting is there",
        "i vomited after workout",
      ],
      "breathing-swallowing": [
        "breathlessness",
        "i am having breathlessness",
        "difficulty in breathing",
        "difficulty in swallowing",
      ],
      "chest-pain": [
        "chest pain radiating to my jaw",
        "chest pain radiating to my neck",
        "heaviness in my chest",
        "chest is paining",
        "my chest is paining",
        "the pain is going to my jaw",
        "pain is going to my jaw",
      ],
      fainting: ["i became unconscious", "became unconscious", "i fell unconscious"],
      headache: ["head is paining", "my head is paining", "i am having headache"],
      migraine: ["i am having my migraine again", "i get migraine often"],
      "fever-stiff-neck": ["having fever and stiff neck", "fever and neck is stiff", "having fever and neck is stiff"],
      "electric-shocks": [
        "current like feeling",
        "current like feeling is going down my back",
        "current like feeling down my spine",
        "current is going down my back",
      ],
      "night-pain": ["neck is paining in the night", "paining in the night", "paining at night"],
      "pop-then-pain": ["some sound came in my neck", "sound came in my neck like pop"],
      "minor-bump": [
        "one auto touched my car",
        "an auto touched my car",
        "touched my car from behind",
        "small accident only",
      ],
      rash: ["red rashes are there", "red rashes also came", "rashes are there and not fading"],
      "both-hands": ["both hands are having tingling", "tingling in both hands is there"],
      "walking-balance": ["not able to walk properly", "i am losing balance"],
      confusion: ["not able to think", "i am not able to think properly"],
      "dead-arm": ["i slept on my hand and now it is numb", "slept on my hand and now it is numb and dead"],
      "lasting-pain": [
        "pain since one week",
        "paining since one week",
        "paining since many days",
        "pain since two weeks",
        "it's paining since many days",
      ],
      "arm-tingling": ["my hand is going numb", "my fingers are going numb"],
    },
    pace: {
      slower: ["little slow", "little slower", "more slow", "slowly"],
      faster: ["little fast", "little faster", "more fast"],
    },
  },
};
