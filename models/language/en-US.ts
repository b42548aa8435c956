/**
 * English (US) language of Neck Coach: the invocation name and, per intent, a
 * grammar of its samples: carrier phrases (every common verb and sentence
 * form: commands, questions, "i want ..." statements, and the forms that follow
 * a one-shot's connecting word: "ask neck coach [if] i should ice my neck")
 * times the objects they take, written as templates (grammar.ts), beside
 * the hand-written phrases of en-US-core.ts. Intents differ by what the person
 * wants to do; what it is about (a topic, a lift, a habit, a stretch, a pace)
 * is a slot value with the words people use for it as synonyms. A short
 * template is expanded whole; a long one gives a couple of sentences
 * (PER_CARRIER): variety comes from more carriers, not copies of one.
 *
 * Rules (tested): lower case; letters, spaces, apostrophes, periods in
 * abbreviations and hyphens only; numbers spelled out; no sample in two
 * intents, even with its slots filled by any value or synonym; no spoken form
 * in two slot types; no free-text carrier shared with another intent; a slot
 * alone only where its type names nothing else; no sample containing the
 * invocation name. Slot values and synonyms come from models/content,
 * en-synonyms.ts and en-topics.ts.
 */
import { EN_US_CORE } from "./en-US-core";
import { EN_US_REMINDERS } from "./en-US-reminders";
import { safetyIntents } from "./en-US-safety";
import { EN_SYNONYMS } from "./en-synonyms";
import { countExpansions, cover, expand, expandAll } from "./grammar";
import type { IntentLanguage, LocaleLanguage } from "./types";

/** Words people put in front of a request. */
const FILLER = "(um |uh |so |okay |ok |hey |well |like |alright |)";
/** Polite openers of a request. */
const ASK = "(can you |could you |would you |will you |please |can you please |)";
/** Polite closers. */
const PLEASE = "( please| for me| now| right now|)";
/** "i want to know ...": the statement forms of a question, also what a one-shot leaves after "tell neck coach". */
const WONDER =
  "(i want to know|i'd like to know|i was wondering|i wonder|tell me|can you tell me|do you know|i need to know|explain)";

/**
 * How many sentences one template (one carrier phrase) gives: a small one is
 * expanded whole, a larger one gives this many sentences of its covering
 * (grammar.ts), alternatives mixed. Variety comes from more carriers, not from
 * more copies of one; the slot values carry the vocabulary.
 */
const PER_CARRIER = 1;

/**
 * The samples of an intent's templates, short and long alike (`carrier`). What
 * people say is in the templates; how many sentences they give is not tuned to
 * any classifier. (`_rounds`, how many times a long template used to be
 * covered, is no longer read; the safety intents' sections still pass it.)
 */
function samples(templates: readonly string[], covered: readonly string[] = [], _rounds?: number): string[] {
  return [...new Set([...templates, ...covered].flatMap(carrier))];
}

/** The sentences of one carrier template: all of a small one, PER_CARRIER of a larger one. */
function carrier(template: string): string[] {
  return countExpansions(template) <= PER_CARRIER ? expand(template) : cover(template, 1).slice(0, PER_CARRIER);
}

/**
 * The samples of a spoken-control intent (routine controls, pace, yes and no,
 * the built-ins): every alternative of every template said at least once
 * (cover), not one sentence per template. These intents are short everyday
 * phrases whose words vary from person to person ("righto", "hang about",
 * "cheers"); a word that is in a template but in no sample is a word the skill
 * does not know.
 */
function spoken(templates: readonly string[], covered: readonly string[] = [], _rounds?: number): string[] {
  return [
    ...new Set(
      [...templates, ...covered].flatMap((t) => (countExpansions(t) <= SPOKEN_WHOLE ? expand(t) : cover(t, 1))),
    ),
  ];
}

/** A spoken-control template of up to this many sentences is expanded whole. */
const SPOKEN_WHOLE = 4;

/**
 * An intent as the grammar writes it, with the short frames the skill's
 * safety and its tests depend on ("so {symptom}") written out whole.
 */
interface GrammarIntent extends IntentLanguage {
  readonly essential?: readonly string[];
}

/** The warning-sign, emergency-number and discomfort intents (en-US-safety.ts), written with the same helpers. */
const SAFETY = safetyIntents({ samples, FILLER, WONDER });

/* ---------------------------------------------------------------- stretches */

const STRETCH_VERB =
  "(teach me|show me|walk me through|guide me through|take me through|talk me through|coach me through|run me through|lead me through|explain|describe|demonstrate|help me do|help me with|remind me how to do)";
const WANT =
  "(i wanna do|i wanna learn|i wanna try|i'm gonna do|i want to do|i want to learn|i want to try|i'd like to do|i'd like to learn|i'd like to try|i need to learn|let's do|let's try|can we do|can i do|can we try|can i learn|i want|i need|give me)";
const ARTICLE = "(a |the |that |those |)";
/** A stretch in general, with the article it takes: "a stretch", "a good stretch for my neck". */
const A_STRETCH =
  "(a stretch|a neck stretch|a good stretch|a good neck stretch|a new stretch|a stretch for my neck|a stretch for a stiff neck|a stretch for a sore neck|a stretch for neck pain|an easy stretch|a quick stretch|a stretch i can do at my desk|any stretch|any neck stretch|one stretch|one good stretch|another stretch|some stretches for my neck)";

const TEACH_STRETCH: GrammarIntent = {
  name: "TeachStretchIntent",
  slots: ["stretch"],
  essential: expandAll([
    "{stretch} (please|for me|for my neck|for the neck|with me|next|time|now)",
    "how (do i|to|do you) do (a|the) neck stretch",
    // Asked plainly, as people start a question: "can you teach me", "how do you do", "explain ... to me".
    "(can you|could you|will you) teach me (the |a |to do |how to do |how to do the |){stretch}",
    "how (do you|do i) do (the |those |that |){stretch} (properly|right|correctly|again)",
    "how do you do (a |){stretch}",
    "(explain|describe) (the |a |){stretch} to me",
    "(what's|what is) (a |the |){stretch} and how do i do it",
    "(ok |okay |go on then |alright |right |so |)teach me (a|one) (stretch|neck stretch)",
    "(show|teach) me how to do {stretch}( properly| right|)",
    "(i wanna|i want to|i'd like to) learn (the |){stretch}",
    "(teach me|show me|explain) (the |){stretch} exercise( properly| step by step|)",
    "(please |kindly |)tell me the {stretch}",
    "how (to|do i|do you) do neck stretches",
    "(i wanna|i want to|i'd like to) learn (a|one|another) (stretch|neck stretch)",
    "(give me|give us|show me|show us) a (good |)(stretch|neck stretch) for (my|the) neck",
  ]),
  samples: [
    ...samples(
      [],
      [
        `${ASK}${STRETCH_VERB} ${ARTICLE}{stretch}${PLEASE}`,
        `${WANT} ${ARTICLE}{stretch}${PLEASE}`,
        "(can you |could you |would you |please |)(coach|talk|run|take) me through (a |the |){stretch}( please| step by step| slowly| one more time|)",
        "(can you |could you |)(demonstrate|break down|go over|run through) (a |the |){stretch}( for me| please|)",
        "how (do i|do you|to|can i|should i|would i|does one) (do|perform|practise|practice) (a |the |)({stretch}|{stretch} stretch)( properly| correctly| right| again| exactly|)",
        "how (do i|do you|to|can i|should i) {stretch}",
        "(what is|what's) (a |the |this |)({stretch}|{stretch} stretch|{stretch} thing)",
        "(what's|what is) the (right|proper|correct|best|safest) (way|technique|form) (to do|for) (a |the |){stretch}",
        "(what's|show me|teach me|do|i want|give me|how do i do) the one where you {stretch}",
        "(the one|that one|the stretch|the exercise) where you {stretch}",
        "(show|teach|tell) me how (a |the |){stretch} (goes|is done|works)",
        "(my physio|my physiotherapist|my physical therapist|my chiropractor|my doctor|my trainer|my coach|my osteo) (said|told me|wants me) to do (a |the |){stretch}( how do i do that| can you show me| show me how|)",
        "(before we go on |quickly |actually |real quick |)how do i (actually |)do (a |the |){stretch}",
        "(can you |)(show|teach) me (the |a |){stretch} (by itself|on its own|instead|separately|first)",
        "(i'd like|i want|i need) (some help|help|a hand|a refresher|a reminder) (with|on) (a |the |){stretch}",
        "(i forgot|i don't remember|i can't remember|remind me) how to do (a |the |){stretch}",
        "(give me|i need|read me|what are) (the |)(steps|instructions|directions|cues) for (a |the |){stretch}",
        "(i've heard of|someone told me about|i keep hearing about|i read about) (a |the |){stretch} how do i do (it|that|one)",
        "(help me|i want to) (do|try|learn|master|get better at) (a |the |){stretch}( i'm all tight| my neck is stiff|)",
        "(can i see|let me see|let's see) (a |the |how to do a |how to do the |){stretch}",
        "(never done|i've never done|i haven't done) (a |the |){stretch} (before|)( how does it go| what do i do|)",
        "(okay so |so |um |)how (am i|are you|is one) (meant|supposed) to do (a |the |that |){stretch}( properly| right| correctly|)",
        "(so |um |)(the |that |){stretch} how does (that|it) go",
        "how (does|do) (the |that |a |){stretch} go",
        "(uh |so |)how do you do (that|the|a) {stretch}",
        "(show|teach) us (the |a |how to do the |){stretch}( then| please| mate|)",
        "(i'd rather|i'd prefer to|can i|could i|let me) (learn|do|try) (a |the |){stretch} instead( of this one|)",
        "(can you |could you |)(teach|show) me (the |a |){stretch} instead of this one",
        "(can you |could you |)coach me (through|on) (a |the |){stretch}( for my neck| while sitting|)",
        "(could you |can you |)teach me (a |the |){stretch} for (after my run|after the gym|after lifting|my desk job|my commute)",
        "(my chest is|my neck is|my shoulders are|i'm all) (tight|stiff) from (benching|lifting|sitting|work|the gym|my desk) (how do i do|show me|teach me) (a |the |that |){stretch}",
        "(what's|what is) the (proper|right|correct|best) way to (do|perform|practise) (a |the |){stretch}",
        "(for|about|to teach me|to show me) (a |the |){stretch}( please|)",
      ],
    ),
    ...samples(
      [
        "(a|one|any) (stretch|neck stretch|good neck stretch|new stretch|stretch for my neck|stretch for a stiff neck)( please|)",
        "(i don't mind|i'm not fussy|doesn't matter) which (stretch|one) (just pick one|you pick|any is fine|any will do)",
        "(show me|teach me|give me|i want to learn) (a|one) (single|random) stretch( please| for my neck|)",
      ],
      [
        `${ASK}(teach me|show me|give me|find me|suggest|recommend|pick|pick me|choose|coach me through|demonstrate) ${A_STRETCH}${PLEASE}`,
        `(i want|i'd like|i need|let's do|can we do|can i get|how about|i'm after|i'd love) ${A_STRETCH}( please| now| right now|)`,
        `(i want to|i'd like to|i need to|can i|let me) (learn|do|try|practise) ${A_STRETCH}`,
        `(what's|what is|tell me|how do i do) ${A_STRETCH} (i can do|to do|for my neck|for today|)`,
        "(teach|show|give) me something (to stretch my neck|for my neck|for a stiff neck|for neck pain|to loosen my neck|to ease my neck)",
        "(which|what) stretch should i (do|try|start with|learn)( for my neck| first| today|)",
        `${FILLER}(show me|teach me|give me|walk me through) ${A_STRETCH}( please|)`,
        "(ok so |okay so |so |um |uh )(what's|what is) a good (stretch|neck stretch) for (my|the) neck",
        "(help me|i need to|i want to) (stretch|loosen up|limber up) my neck",
        "(teach me how to|help me) loosen (up |)my (neck|traps)",
        "(surprise me|hit me) with a (stretch|neck stretch)",
        "(like |okay |so |)just (teach|show) me (something|anything|one) to stretch my neck",
        "(can you |)(teach|show) me (how |)to stretch my neck (properly|safely|)",
        "(what's|what is) (one|a) stretch (i can do|that helps|that's good) for (my neck|a stiff neck|neck pain)",
        "(got|have you got|do you have) (a|any|one) (stretch|neck stretch|good stretch) (for me|for my neck|i can try)",
        "(show|teach) me (a move|an exercise|something) (to loosen|to stretch|that stretches) my neck",
        "(what|which) stretch (helps|is good for|works for) (a stiff neck|a tight neck|neck pain|my neck)",
        "(give me|show me|teach me|find me) a (stretch|single stretch|quick stretch) for (my neck|a stiff neck|my traps)( please| then|)",
        "(i want to|i'd like to|i need to) learn (a|one|a single|a new) (stretch|neck stretch)( today| please|)",
        "coach me through (a single|one|a) (stretch|neck stretch)( please|)",
        "how do i do a (good|proper|simple|basic) stretch for my neck",
        "(can you |could you |)teach me something to stretch my neck out",
        "pick (a stretch|one stretch|a neck stretch) (for me |)and (show|teach) me how to do it",
        "(teach|show) me (just |)(one|a single) (stretch|neck stretch) (not a routine|not the whole routine|on its own|by itself)",
      ],
    ),
  ],
};

const LIST_STRETCHES: IntentLanguage = {
  name: "ListStretchesIntent",
  samples: samples(
    [
      "(what|which) (stretches|neck stretches|neck exercises|exercises|moves) (do you know|do you have|have you got|can you teach me|can you teach|can i do|are there|are available|do you offer|can i pick from|can i choose from)",
      "(list|name|read me|tell me|give me|show me|read out|go through|run through) (all |)(the|your) (stretches|neck stretches|stretch names|names of the stretches)",
      "(read me|give me|show me|read out|go through) (the|your) (stretch list|list of stretches|stretch menu|stretch library|stretch catalogue|catalog of stretches)",
      "(list|name|tell me) (all |)the stretches you know",
      "(what are|what're) (my|the) (options|choices) for (stretches|stretching|neck stretches)",
      "(what are|what're|tell me) (all |)(the|your) (stretches|stretch options|neck stretches)",
      "how many (stretches|neck stretches|different stretches) (do you know|are there|do you have|can you teach)( and what are they|)",
      "(what|which) stretches (you know|there are|you have|i can do|you can teach)",
      "what (else|other stretches) can you teach me",
      "what (kinds|kind|types|sorts) of stretches (do you have|are there|can you teach|do you know)",
      "(give me|read me|i want) (a|the) (list of|full list of|rundown of|run down of) (stretches|the stretches)",
      "(stretch list|stretch menu|stretch options|list of stretches|all the stretches|every stretch)",
      "(before i choose|so i can choose|before i decide) what (stretches|neck stretches) (are there|do you have|can i pick)",
      "(what's|what is) (on|in) (the|your) (stretch menu|stretch list|repertoire)",
      "(do you have|have you got|is there) a (list|menu|catalogue) of (stretches|neck stretches)( for the neck| i can pick from|)",
      "(which|what) stretches (are on offer|are on the list|can you show me|can you walk me through)",
      "(what|which) (moves|exercises|stretches) (are in your repertoire|are in your library|can i learn)",
    ],
    [
      `${ASK}(list|name|tell me|read me|go over|rattle off|run down) (all |every one of |)the (stretches|neck stretches|stretches you know|stretches you've got|stretch names)${PLEASE}`,
    ],
  ),
};

/* ---------------------------------------------------------------- answers */

/*
 * Question words agree with the verb that follows them: "why does my neck
 * hurt", "how come my neck hurts", "why is my neck sore". Each frame carries
 * its own verb forms, so that no combination is ungrammatical.
 */
/** "why does my neck ...": bare verb phrases. */
const HURT_VERB =
  "(hurt|ache|get sore|get stiff|get so stiff|get tight|feel sore|feel tight|feel stiff|kill me|bother me|feel wrecked)";
/** "how come my neck ...", "i want to know why my neck ...": third person verb phrases. */
const HURTS_VERB =
  "(hurts|aches|gets sore|gets stiff|gets so stiff|gets tight|feels sore|feels tight|kills me|is sore|is stiff|is so sore|is always sore|is killing me|is wrecked|is tight)";
/** "why is my neck ...": adjectives. */
const SORE_ADJ =
  "(sore|stiff|tight|achy|so sore|so stiff|always sore|always stiff|killing me|wrecked|aching|hurting|fried)";
/** Before an exercise: "after {exercise}", "when i do {exercise}". */
const AFTER = "(after|from|when i do|during|after doing|while doing|every time i do)";
/** A workout in general, each with the word that introduces it. */
const AFTER_WORKOUT =
  "(after the gym|after working out|after training|after lifting|after lifting weights|after exercise|after a workout|after my workout|after workouts|after leg day|when i lift|when i train|when i work out|when i exercise|when i go to the gym|from lifting|from working out|from training|from the gym|during my workout|during workouts)";
/** Why-questions about a neck that hurts, with a slot or phrase after them (`then`). */
const whyNeck = (then: string): string[] => [
  `(why|so why) does my neck ${HURT_VERB} ${then}`,
  `how come my neck ${HURTS_VERB} ${then}`,
  `why is my neck ${SORE_ADJ} ${then}`,
  `(what's the reason|what is the reason|why is it that) my neck ${HURTS_VERB} ${then}`,
  `why do i (get|always get|keep getting) (neck pain|a sore neck|a stiff neck|a tight neck) ${then}`,
];

/** One covering pass of each template: a few samples per frame, every word of it seen once. */
const frames = (templates: readonly string[]): string[] => [...new Set(templates.flatMap(carrier))];

const NECK_PAIN_CAUSE: GrammarIntent = {
  name: "NeckPainCauseIntent",
  slots: ["exercise", "cause"],
  /**
   * The everyday frames, each once: an exercise named after the question or
   * before it, "what's causing that" and the plain questions with no exercise.
   */
  essential: frames([
    "why does my neck (hurt|ache|get so stiff|feel so sore) (after|from|every time i do|when i do) (my |a |the |){exercise}",
    "(what's|what is) (causing|behind) (that|this|it|the pain|the stiffness) (after|from|during) (my |a |){exercise}",
    "what (causes|usually causes|is causing) (neck pain|a stiff neck|neck strain|a sore neck|a neck ache) (in|on|after|from|with) {exercise}",
    "{exercise} (always |)(leaves|gets) my neck (sore|stiff|tight|aching) (why|how come|why is that|what causes that)",
    "how come {exercise} (leaves|makes|gets) my neck so (stiff|sore|tight)",
    "my neck (has been|gets|is always) (aching|stiff|sore) (since|after|from) {exercise} (what causes that|why is that|what's causing it)",
    "why do i (keep getting|always get|get) (neck pain|a stiff neck|a sore neck|a neck ache)( after exercise| after a workout| after the gym|)",
    "(what|what usually|what normally) causes (a stiff neck|neck pain|a sore neck|neck stiffness) (after|from) (exercise|a workout|working out|training)",
    "(can you tell me|could you tell me|i want to know|tell me) why my neck (hurts|aches|is so sore|gets stiff) (after|from) (a workout|training|the gym|exercise)",
    "(is|are) {exercise} (the reason|why) my neck (is sore|keeps aching|feels so stiff|hurts)",
    "(could|can|does|would) {cause} (strain|hurt|tighten up) (my|your|the) neck",
    "is (it|this|the pain|my sore neck) (from|because of|down to) {cause}",
  ]).concat(
    // The plain ways of asking why, each written out.
    expandAll([
      "why does my neck (hurt|ache) when i (do |){exercise}",
      "why is my neck (sore|stiff) after {exercise}",
      "how come my neck (hurts|aches) after {exercise}",
      "why (do|does) {exercise} (hurt|make my neck hurt) my neck",
      "my neck (is sore|hurts) after {exercise} why is that",
      "(do|does) {exercise} cause neck pain",
      "(can|could) {cause} make my neck hurt",
      "(is|could) {cause} (be |)why my neck hurts",
      "is my neck sore because of {cause}",
      "what causes neck pain after (lifting|working out|the gym)",
      "why is my neck always sore after (the gym|training|lifting)",
      "my neck is (sore|stiff) (after|from) {exercise} (what causes that|what's the cause|and i want to know why)",
      "what causes neck pain (in|from) {exercise}",
      "why do i get neck pain from {exercise}",
      "why do i keep getting neck pain",
      // The everyday why: "how come", "why's", a habit of the neck after it, "why is that" at the end.
      "how come my neck (aches|hurts|gets so tight|gets so sore|is so stiff) (after|after doing|every time i do|when i do) {exercise}",
      "how come my neck (aches|hurts) (every time i|when i) {exercise}",
      "why does my neck (hurt|ache|get sore) (after|when) i go {exercise}",
      "(why's|why is) my neck (so |)(sore|stiff|tight) after (a |my |){exercise}",
      "why does my neck (ache|get so tight|get so stiff|hurt) after (a |my |){exercise}",
      "my neck (always |)(hurts|aches|gets sore|gets tight) after {exercise} (why is that|how come|what's that about)",
      "(could|might) {cause} be why my neck (hurts|keeps hurting|is always sore|is so sore)",
      "what's causing my neck pain",
      "what's the reason my neck (gets stiff|hurts) after (training|{exercise})",
      "is {exercise} (the reason|why) my neck (hurts|keeps aching|is sore)",
      "how come {exercise} (leave|leaves) my neck stiff",
      "(is|could) {cause} (be |)(the reason for|behind) my neck (ache|pain)",
      "is it from {cause}",
      "why would training cause a sore neck",
      "tell me why my neck hurts after a workout",
      // As lifters ask it: the neck getting tight or locking up after a lift, what's causing it, a follow-up about another lift.
      ...spoken([
        "why does my neck (always |)(get tight|feel tight|lock up|seize up|kill|ache|get sore) after {exercise}",
        "how come my neck (always |)(kills|aches|gets tight|locks up) (after|every time i do|when i do) {exercise}",
        "(what's|what is|what could be) causing (my neck pain|the pain in my neck|this|the tightness) after {exercise}",
        "(and |so |)what about {exercise} why does (it|my neck) (hurt|ache|get tight) after (those|that|them)",
        "(could|can|might) that be why (it|my neck) keeps (flaring up|acting up|hurting|tightening up)( in the gym| when i lift| when i train|)",
      ]),
      "why does my neck (get tight|feel tight|lock up|kill) after {exercise}",
      "(what's|what is) causing my neck pain after {exercise}",
      "how come my neck (always kills|kills|always aches) after {exercise}",
      "how come my neck (aches|gets tight) every time i {exercise}",
      "(and |)what about {exercise} why does it (hurt|ache) after (those|that)",
      "(could|can) that be why (it|my neck) keeps (flaring up|acting up|hurting)( in the gym| when i lift|)",
    ]),
  ),
  samples: samples(
    [],
    [
      ...whyNeck(`${AFTER} {exercise}`),
      ...whyNeck(`${AFTER} (the |a |my |)({exercise} (yesterday|today|at the gym|class|session)|{exercise})`),
      "(why|how come) (does|do) {exercise} (hurt|strain|bother|kill|wreck|mess up|aggravate) my neck( so much|)",
      "how come {exercise} (hurts|hurt|strains|bothers|kills|wrecks|messes up) my neck",
      "why (does|do) {exercise} (make|leave) my neck (hurt|so sore|sore|ache|stiff|so stiff|tight)",
      "why (does|do) {exercise} (always |)give me (neck pain|a sore neck|a stiff neck|a pain in the neck)",
      "why is {exercise} (so hard on|bad for|rough on|tough on) my neck",
      "what is it about {exercise} that (hurts|strains|bothers) my neck",
      "(what|which) (causes|is causing) (my |the |)neck pain (after|from|during|with|when i do) {exercise}",
      "what makes my neck (hurt|ache|so sore|sore|stiff) (after|from|during|when i do) {exercise}",
      "(can|could|does|do|would|might|will) {exercise} (cause|give me|lead to|be causing) (neck pain|a sore neck|a stiff neck|my neck pain)",
      "(can|could|does|do|might) {exercise} (hurt|strain|mess up|tweak) (my|your|the) neck",
      "(is|are) {exercise} (bad for|hard on|rough on|dangerous for) (my|your|the) neck",
      "is it (normal|common) (for my neck |)to (hurt|ache|be sore|feel stiff) (after|from|when i do) {exercise}",
      "my neck (hurts|aches|is sore|is stiff|is killing me|is wrecked|always hurts|gets sore|is fried|gets so stiff) (after|from|when i do|during|every time i do) {exercise} (why|why is that|how come|what's going on|what causes that|what's the reason|is that normal)",
      "my neck (hurts|is sore|is stiff|aches|is wrecked) (after|from) {exercise} (yesterday|today|again|) and i (want to know|don't know|wonder|can't figure out) why",
      "{exercise} (hurts|kills|wrecks|bothers) my neck (why|how come|why is that|what's going on)",
      "neck pain (from|after|during) {exercise} (why|how come|what causes it|what's going on)",
      `${WONDER} why my neck ${HURTS_VERB} ${AFTER} {exercise}`,
      `${WONDER} why {exercise} (hurts|hurt|strains|bothers) my neck`,
      `(why|so why|and why) my neck ${HURTS_VERB} ${AFTER} {exercise}`,
      "(can|could|might|does|do|would) {cause} (cause|lead to|bring on) (neck pain|a sore neck|a stiff neck)",
      "(can|could|might|would) {cause} give me (neck pain|a sore neck|a stiff neck)",
      "(can|could|might|would|does) {cause} make my neck (hurt|sore|stiff|ache|tight)",
      "(is|could) {cause} (be |)(causing|behind) (my neck pain|my sore neck|the pain in my neck|this)",
      "(could|might|can) {cause} be (why|the reason|the reason why) my neck (hurts|is sore|aches|is stiff|is so tight)",
      "(is|was) {cause} (why|the reason|the reason why) my neck (hurts|is sore|aches|is stiff)",
      "is (it|my neck pain|this|the pain|my sore neck|my stiff neck|that) (from|because of|due to|caused by) {cause}",
      "is my neck (sore|stiff|hurting|aching|tight) because of {cause}",
      "(could|might) (it|my neck pain|this) be (from|because of|caused by|down to) {cause}",
      "{cause} (is that|could that be|might that be) (why|the reason) my neck (hurts|is sore|is stiff)",
      "my neck (hurts|is sore|is stiff) (is it|could it be) (from|because of) {cause}",
      "(do you think|could it be that|is it possible that) {cause} (is causing|causes|is behind) my neck pain",
      "how (does|can|would) {cause} (cause|lead to) neck pain",
      `${WONDER} (if|whether) {cause} (causes|could cause|is causing|could be causing) (my |)neck pain`,
      `${WONDER} (how|why) {cause} (causes|leads to) neck pain`,
      "(is it|could it be) {exercise} that's (hurting|straining|bothering) my neck",
      "why would {exercise} (hurt|strain|bother|aggravate) my neck",
      "what (about|is it in) {exercise} (hurts|strains|bothers) my neck",
      "i (did|do|was doing) {exercise} and (now |)my neck (hurts|is sore|is stiff|aches) (why|how come|what happened|what's going on|why is that)",
      "what (causes|is behind|leads to) (a sore neck|a stiff neck|neck soreness|neck stiffness|neck strain) (after|from|during) {exercise}",
      "(maybe|i think|probably) (it's|it was) {cause} (is that why|that's why|could that be why) my neck (hurts|is sore|aches)",
      "my (neck hurts|neck is sore|neck aches) (i think|maybe|probably) (it's|because of|from) {cause}",
      "(was it|did) {cause} (that |)(hurt|cause|strain) my neck",
      "(what's|what is) (behind|the cause of|the reason for) (my neck pain|my sore neck|this neck pain) (after|from) {exercise}",
      "my neck (always aches|is stiff|is sore|aches|locks up|gets stiff|stiffens up|has been stiff|has been aching) (after|since|from) (my |)({exercise}|heavy {exercise}) (what's causing that|what causes that|why would that be|what's the cause|any idea why|what gives|what's up with that|what's behind that)",
      "how come i get (a neck ache|neck pain|a stiff neck|a sore neck|a crick in my neck) (halfway through|during|in the middle of|at the end of|after) (my |)({exercise} sets|{exercise})",
      "(is|are) {exercise} (the reason|the cause|why|what's causing|to blame for) my neck (keeps aching|hurts|is sore|feels sore|is so stiff)",
      "is it (the |my |){exercise} that (is|are) (hurting|causing|straining|messing up) my neck( and why| how come|)",
      "{exercise} (always |)(leaves my neck (sore|stiff|tight|aching)|gives me (a sore neck|a stiff neck|a neck ache)) (why|how come|what's the deal|what's going on)",
      "what's (up|going on) with my neck (locking up|hurting|seizing up|getting stiff|aching) (every time i do|after|during) {exercise}",
      "how (does|do|would|could) {exercise} end up (hurting|straining|aggravating) my neck",
      "(what's|what is) the cause of (my |)neck pain (in|from|with) {exercise}",
      "(does|do|can|could|would) {cause} (strain|hurt|tighten up|overload|put pressure on) (your|my|the) neck",
      "(does|do|can) {cause} lead to (neck strain|neck pain|a stiff neck|neck problems)",
      "i (had|have|used to have|was told i have) {cause} (a few years back|years ago|before|a while ago) (could that be the cause|is that why|could that be it|is that the reason)",
      "(why|how come) (would|does|do|is) {cause} (cause|give me|hurt) (my neck|neck pain|a sore neck)",
      "what is it about {exercise} that (makes|gets) (them|it|my neck) (hurt|sore|stiff|ache)",
      "is (the |)({exercise}|{exercise} thing) the (thing|one|exercise|culprit) that's (messing up|hurting|wrecking|straining) my neck",
      "is {cause} what's making (it|my neck) (sore|hurt|stiff|ache)",
    ],
    1,
  ).concat(
    samples(
      [],
      [
        ...whyNeck(AFTER_WORKOUT),
        ...whyNeck("(so much|all the time|every time|lately|these days)"),
        "(why|so why) (does|is) my neck (hurt|hurting|sore|so sore|so stiff|always sore|stiff)",
        "how come my neck (hurts|is sore|is stiff|is always sore|aches)",
        "(what causes|what's causing|what is causing) (my |)neck pain( after (working out|lifting|training|a workout|exercise|the gym)|)",
        "(what are|what're) (the|some) (causes|common causes|usual causes|main causes|reasons) (of|for) neck pain( after training| after lifting| from working out|)",
        "(where|what) does (my |)neck pain (after training |after lifting |)come from",
        "(is it|it's) normal for my neck to (hurt|ache|be sore) (after the gym|after lifting|after training|after working out)",
        "how (can|does|could) (working out|lifting|training|exercise) (hurt|strain) my neck",
        "what (makes|would make) my neck (hurt|sore|stiff|ache) (after training|after lifting|after the gym|when i lift)",
        "my neck (hurts|is sore|is stiff|aches) (after the gym|after training|after lifting|after working out) (why|how come|why is that|what's going on)",
        `${WONDER} why my neck ${HURTS_VERB} ${AFTER_WORKOUT}`,
        `${WONDER} what causes my neck to (hurt|ache|get sore|get stiff) ${AFTER_WORKOUT}`,
        `${WONDER} what (causes|is causing) (my |)neck pain`,
        "(what's|what is) (behind|the cause of|the reason for) (my neck pain|my sore neck|this neck pain|my stiff neck)",
        "(so |)why (would|does|is) (working out|lifting|training|the gym|exercise) (hurt|making|make) my neck( so sore| hurt| ache|)",
        "(any idea|do you know|can you tell me) why my neck (hurts|aches|is so sore|is stiff|gets sore) (after workouts|after the gym|after lifting|when i train)",
        "what (could|might) be (causing|behind) (my neck pain|my sore neck|this)",
        "why do i keep (getting|having|ending up with) (neck pain|a sore neck|a stiff neck|a crick in my neck|neck aches)",
        "(what's|what is) the (reason|cause|explanation) (my neck|that my neck) (gets|keeps getting|is always) (stiff|sore|tight|achy) (after training|after the gym|after workouts|after lifting)",
        "(what's|what is) (going on|wrong|up) with my neck (after training|after the gym|after lifting|lately|these days)",
        "why does (this|that|it) keep happening to my neck",
        "(what's|what is) (causing|behind|the root of) (my |)(neck pain|sore neck|stiff neck|neck stiffness)( do you think| any idea|)",
      ],
    ),
  ),
};

const HOW_TO =
  "(how do i|how can i|how should i|how to|what's the best way to|what can i do to|how would i|how do you)";
/** Before an exercise, each introducing word fitting "{exercise}" named as a noun or an -ing word. */
const DURING = "(during|on|when doing|while doing|in|with|for|when i do|when i'm doing)";
/** A verb phrase someone does at the gym, for "when i ..." frames. */
const I_LIFT =
  "(i lift|i train|i work out|i bench|i squat|i deadlift|i run|i swim|i press overhead|i do pull ups|i spar|i'm lifting|i'm training)";

const PREVENTION: GrammarIntent = {
  name: "PreventionIntent",
  slots: ["exercise", "habit"],
  essential: [
    ...expandAll(["(does|do|will|would) {habit} help"]),
    /* An exercise named by its noun or its -ing word, each frame once. */
    // The plain ways of asking how to avoid it, each written out.
    ...expandAll([
      "how (do|can) i (avoid|prevent|stop) neck pain (when|during|on) {exercise}",
      "how do i protect my neck (in|on|during) {exercise}",
      "how do i keep my neck safe (on|during) {exercise}",
      "how (do|should) i (do |){exercise} without hurting my neck",
      "tips to avoid neck pain (when|during) {exercise}",
      "(should i|will) {habit} (to |)(prevent|avoid) neck pain",
      "(does|will) {habit} (help |)prevent neck pain",
      "should i {habit} to protect my neck",
      "how does {habit} help (prevent neck pain|my neck)",
      "how (can|do) i prevent neck pain",
      "how to prevent neck pain",
      "tips to avoid neck pain when (lifting|training|working out)",
      "how do i stop my neck hurting when i (lift|train|work out)",
      "how (do|can) i (do |){exercise} without (straining my neck|neck pain)",
      "how (can|do) i avoid a sore neck (after training|on {exercise})",
      "(any tips|tips) for keeping my neck healthy when i (lift|train)",
      "what can i do to (avoid|stop) neck pain (in future|after workouts)",
      "(give me |)(some |)prevention tips for my neck",
      "how do i stop getting neck pain",
      "what should i change so {exercise} (doesn't hurt|stops hurting) my neck",
      "how do i keep my neck from getting sore",
      // A follow-up after an answer, and the plain "not hurt it" of the gym.
      ...spoken([
        "(ok |okay |so |alright |)how (do i|can i|do we) (keep|stop) (it|this|that) (from happening|happening)( again| next time|)",
        "(any tips|tips|what can i do|how do i) (to not|so i don't|not to) (strain|hurt|tweak|wreck) my neck (on|doing|during|with) {exercise}",
        "how (do i|can i) not (hurt|strain|tweak|wreck) my neck (doing|on|during) {exercise}",
      ]),
      "(ok |okay |so |)how do i (keep|stop) it from happening( again|)",
      "how do i stop it happening (again|on {exercise})",
      "(any tips|tips) to not (strain|hurt|tweak) my neck (on|doing|during) {exercise}",
      "how do i not (hurt|strain) my neck (doing|on) {exercise}",
      // How people ask it at the gym: keep it from hurting, stop it hurting, look after it, on or doing an exercise.
      "how (do|can) i (keep my neck from hurting|stop my neck hurting|stop hurting my neck|not hurt my neck|look after my neck|prevent neck pain|avoid neck pain) (on|doing|while doing|when i'm doing|when i do) {exercise}",
      "how (do|can) i (keep my neck from hurting|stop my neck hurting|prevent neck pain) when i'm {exercise}",
      "(any |)tips to (prevent neck strain|protect my neck|avoid neck pain) (on|while|while doing|during) {exercise}",
      "(will|would|does|can) {habit} (stop my neck from hurting|help my neck|help prevent pain|help prevent neck pain)",
      "should i {habit} to (avoid|prevent) neck pain",
      "(i want to know|tell me|i'd like to know) how to (prevent|avoid|stop) neck pain",
    ]),
    ...frames([
      "(ways|tips|best ways) to (avoid|prevent|reduce) (neck strain|neck pain|a sore neck) (when|while|during|in) {exercise}",
      "what (should|can) i (do|change) so {exercise} (doesn't|won't) (wreck|hurt|strain) my neck",
    ]),
  ],
  samples: samples(
    [],
    [
      `${HOW_TO} (protect|save|look after|take care of) my neck ${DURING} {exercise}`,
      `${HOW_TO} keep my neck safe ${DURING} {exercise}`,
      `${HOW_TO} (avoid|prevent|stop) (neck pain|a sore neck|hurting my neck|straining my neck|wrecking my neck|tweaking my neck|neck strain|getting neck pain) ${DURING} {exercise}`,
      "how (do|can|should) i (do|perform) {exercise} without (hurting|straining|wrecking|injuring|tweaking) my neck",
      "how (do i|can i|should i|to) {exercise} without (hurting|straining|wrecking|injuring) my neck",
      "how (do|should|can) i (keep|hold) my (neck|head) (safe|neutral|in the right position|straight|in line) (during|on|when i do|in|for) {exercise}",
      "(any |give me |i want |i need |)(tips|advice|pointers) (for|on) (protecting my neck (during|on|in) |)(doing |){exercise}",
      "(any |give me |)(tips|advice) to (stop|avoid|prevent) neck pain (from|during|on|with) {exercise}",
      "how (do|can) i stop (getting |)neck pain (on|from|during|after) {exercise}",
      "how (do|can) i stop my neck (from hurting|hurting|aching|getting sore|from getting sore) (during|on|when i do|after) {exercise}",
      "how (do|can) i stop {exercise} from (hurting|straining|wrecking) my neck",
      "what's the (right|best|safest) (neck|head) position (for|during|on) {exercise}",
      "where should i (look|keep my head|keep my chin) (during|on|when i do) {exercise}",
      "(should|can) i (tuck my chin|look forward|look up|keep my chin down) (during|on|when i do) {exercise}",
      "what can i (do|change) (so|so that) {exercise} (doesn't|won't) hurt my neck",
      "how do i (protect|save) my neck when (i'm doing|i do) {exercise}",
      `${WONDER} how to (protect my neck|avoid neck pain|stop neck pain|keep my neck safe) ${DURING} {exercise}`,
      "(does|do|will|would|can|could) {habit} (help |)(prevent|stop|avoid|reduce) (neck pain|a sore neck|neck strain|neck injuries)",
      "(does|do|will|would) {habit} (help my neck|keep my neck from hurting|protect my neck|help with neck pain)",
      "(should i|do i need to|would it help to|is it worth it to) (try|do|use|get|focus on|work on|start|add) {habit} (to protect my neck|to avoid neck pain|to prevent neck pain|so my neck stops hurting|so my neck doesn't hurt|for my neck)",
      "should i (be |)(doing|using|trying) {habit} (to protect my neck|for my neck|to avoid neck pain)",
      "how (does|do|can|would) {habit} (help |)(prevent neck pain|protect my neck|help my neck)",
      "(is|are) {habit} (good|important|helpful|useful|worth it) for (avoiding|preventing) (neck pain|a sore neck|neck strain)",
      "(is|are) {habit} (good|important) for protecting my neck",
      "(tips|advice) (on|about|for) {habit}( to protect my neck| for my neck| so i don't hurt my neck|)",
      "how (do|can|should) i {habit} (so i don't hurt my neck|to protect my neck|to avoid neck pain)",
      "how (fast|quickly|slowly|often) should i {habit} (so i don't hurt my neck|to protect my neck|without hurting my neck|)",
      "(will|would|could) {habit} (keep|stop) my neck from (hurting|getting sore)",
      `${WONDER} (if|whether) {habit} (helps|will help|can help) (prevent|avoid|with) neck pain`,
      "(what am i doing wrong|what should i change) (on|with|during) {exercise} (so my neck stops hurting|that hurts my neck|to stop the neck pain)",
      "how (do|should|can) i fix my (form|technique|setup) (on|for|in) {exercise} so my neck (stops hurting|doesn't hurt|stays safe)",
      "(form|technique) (tips|cues|advice) for {exercise}( to protect my neck| so my neck doesn't hurt|)",
      "(what's|what is) the safe way to do {exercise}( for my neck|)",
      "how (do|can) i make {exercise} (easier on|safer for|less hard on|kinder to) my neck",
      "is there a (way|safer way) to do {exercise} without (neck pain|hurting my neck|straining my neck)",
      "{exercise} keeps (hurting|straining|bothering) my neck how (do|can) i (stop|prevent|avoid) (it|that)",
      "(is|are) {habit} (a good idea|worth doing|the answer|the key) (for my neck|to protect my neck|to avoid neck pain|for avoiding neck pain)",
      "(would|will|does|do) {habit} make a difference (for my neck|to my neck pain|with neck pain)",
      "how important (is|are) {habit} for (avoiding|preventing) (neck pain|a sore neck|neck injuries)",
      "do i need {habit} to (protect my neck|avoid neck pain|keep my neck healthy|stop my neck hurting)",
      "(i'm thinking of|i'm thinking about|what about) {habit} (to protect my neck|to avoid neck pain|so my neck stops hurting)",
      "(ways|best ways|some ways|good ways|simple ways) to (avoid|prevent|stop|reduce|cut down on) (neck strain|neck pain|a sore neck|hurting my neck) (when|while|during|in|on|with) {exercise}",
      "(tips|pointers|cues) for {exercise} (that don't strain the neck|without neck pain|so my neck doesn't hurt|that are easy on the neck|to spare my neck)",
      "what should i (change|fix|adjust|tweak) so {exercise} (stops making my neck sore|stops hurting my neck|doesn't wreck my neck|is easier on my neck)",
      "how should i {exercise} without (wrecking|hurting|straining|tweaking) my neck",
      "how (do|can) i stop my neck (aching|hurting|tightening up|getting sore|getting stiff) when i {exercise}",
      "where should my (head|chin|eyes|gaze) be (on|during|in) (a |the |){exercise} so my neck (doesn't hurt|stays safe|doesn't get sore)",
      "(what kind of|what sort of|which) {habit} (keeps my neck from hurting|protects my neck|stops neck pain|is best for my neck)",
      "will (a |)(proper |good |)({habit}) (stop|keep) my neck (getting sore|from getting sore|hurting|from hurting)",
      "(is|are) {habit} (good|worth it|smart|a good way) for (avoiding|preventing|staying clear of) (a sore neck|neck pain|neck strain)",
      "what can i do so {exercise} (doesn't|won't|does not) (hurt|wreck|strain) my neck",
      "(to|how to) (stop|avoid|prevent) (neck pain|a sore neck|neck strain) (when|while) (benching|squatting|deadlifting|running|swimming|cycling|doing {exercise})",
    ],
    1,
  ).concat(
    samples(
      [],
      [
        `${HOW_TO} (prevent|avoid|stop) (neck pain|a sore neck|hurting my neck|straining my neck|neck strain|neck injuries|getting neck pain)( when ${I_LIFT}| at the gym| from (lifting|working out|training)|)`,
        `${HOW_TO} (keep|stop) my neck from hurting( when ${I_LIFT}| at the gym|)`,
        `how do i (keep|protect) my neck (safe|healthy)( at the gym| when ${I_LIFT}|)`,
        `how do i (stop|keep) my neck (from hurting|hurting|from getting sore|aching) (when ${I_LIFT}|after workouts|next time|in the future)`,
        `how (do i|can i|to) (protect|look after) my neck when ${I_LIFT}`,
        `how do i avoid neck pain when ${I_LIFT}`,
        "(give me |any |)(tips|advice|pointers) (to|for|on how to) (prevent|avoid|stop) (neck pain|a sore neck)( when lifting| at the gym| when i train|)",
        "(prevention|neck pain prevention|neck safety|injury prevention) tips",
        "how (do|can) i (stop|keep) this from happening again",
        "how do i make sure (this|it) (doesn't|won't) happen again",
        "how (do i|can i|to) (lift|train|work out) without (hurting|straining|wrecking) my neck",
        "how do i (strengthen|warm up) my neck( before (lifting|training)|)",
        "what should i do (before|when) (lifting|training) to protect my neck",
        "what (habits|changes) (will|would|can) (protect my neck|prevent neck pain)",
        `${WONDER} how to (prevent|avoid|stop) neck pain( when (i lift|lifting|training)|)`,
        "how (do|can) i (train|lift|work out|keep lifting|keep training) without (my neck hurting|neck pain|getting neck pain|a sore neck)",
        "what (should|can) i change so my neck (stops hurting|doesn't hurt|doesn't get sore) (at the gym|when i lift|after workouts|next time)",
        "(what's|what is) the best way to (avoid|prevent|stay clear of) (neck pain|neck injuries|a sore neck) (at the gym|when lifting|in training|)",
        "(i don't want|i never want) (to hurt my neck|neck pain|my neck to hurt) (again|like this again) (how do i avoid it|what should i do|any tips)",
        "(so |okay |)how do i (avoid|prevent) (this|that|it) (next time|in the future|going forward)",
        "(ways|how) to (protect|look after|save) my neck (at the gym|when lifting|while training)",
        "(could you |can you |)give me (some |a few |)(prevention tips|tips to protect my neck|pointers for avoiding neck pain) (for my neck|please|)",
        "what should i (be doing|do every day|do differently|change) to (keep my neck from getting sore|stop my neck hurting|avoid neck trouble|stay injury free)",
        "(what are|any|give me) (ways|habits|good habits|strategies|rules) to (avoid|prevent|ward off) (neck pain|a sore neck|neck injuries|neck strain)",
        "should i stop (training|lifting|the set) (the moment|as soon as|when) my neck starts (hurting|to hurt|aching) so it doesn't get worse",
        "how do i (avoid|prevent|stop) (a repeat|a flare up|this coming back|it coming back|another tweak)",
        "should i {habit} so (my neck stops hurting|my neck doesn't hurt|i don't hurt my neck|my neck doesn't get hurt)",
        "how (do i|can i|to) keep my neck (safe|okay|loose|healthy) (when i|while i) {exercise}",
        "how (do i|can i) avoid (neck pain|hurting my neck|neck injuries|neck strain) (doing|in|with) {exercise}",
        "how (do i|can i|to) stop {exercise} (hurting|straining) my neck",
        "how (should|do) i use {exercise} (so it doesn't hurt|without hurting my neck|without getting hurt)",
        "(is there anything|what can) i do to avoid neck (pain|trouble) (in future|from now on|next time)",
      ],
    ),
  ),
};

const NECK = "(my neck|my upper back|the back of my neck)";
const NECK_ARE = "(my traps|my neck and shoulders|my neck muscles|my shoulders|my neck and traps)";
const SORE =
  "(sore|stiff|tight|achy|aching|killing me|wrecked|fried|locked up|all locked up|tense|knotted|really sore|so stiff|super tight|so tight|really stiff|really tight|messed up|tweaked|hurting|toast|cooked|jacked up|stiff as a board|so sore|super stiff)";
const WHAT_NOW =
  "(what (should|do|can) i do( now| about it|)|what now|help|help me|how do i fix it|how do i fix this|any ideas|what helps|what do you suggest|what do i do now)";
const SINCE =
  "(after the gym|after training|after lifting|after my workout|after leg day|since yesterday|since yesterday's workout|since last night|since this morning|from working out|today|this morning|all day)";

/** Soreness reported in everyday words, each written out: what to do about it now. */
const SORE_NOW = expandAll([
  // Sore after a session, said with what to do now; still sore after an answer; a stiff neck on waking.
  ...spoken([
    "(ugh |man |ok |)my (neck is|neck's|neck feels) (so |really |super |)(stiff|tight|sore|killing me|wrecked) (after|from) (leg day|training|the gym|my workout|lifting|yesterday's session) (what should i do|what do i do|help|any tips|what now)",
    "my neck's (tight|stiff|sore) as hell( after training| after the gym| today|)( help| what do i do|)",
    "(ok |okay |so |)(it's|my neck's|my neck is) still (sore|stiff|tight|aching) what (do|should|can) i do( right now| now| next| about it|)",
    "(i |)woke up (and|with a stiff neck and) (i |)(can't|couldn't|can barely) turn my head( after yesterday's session| after training| this morning|)",
    "i need something for (a stiff neck|a sore neck|a tight neck|my neck|these sore traps)",
    "i think i (tweaked|strained|pulled|hurt) my neck (benching|squatting|deadlifting|lifting|training) what (do|should) i do( now|)",
  ]),
  "my neck is (so |really |)(stiff|tight|sore) after (leg day|training|the gym) (what should i do|help)",
  "my neck's (tight|stiff|sore) as hell( after training|)( help|)",
  "(ok |okay |)(it's|my neck's) still (sore|stiff|tight) what do i do( right now|)",
  "(i |)woke up and (i |)(can't|couldn't) turn my head( after yesterday's session| after training|)",
  "i need something for a (stiff|sore|tight) neck",
  "i think i (tweaked|strained|pulled) my neck (benching|squatting|deadlifting|lifting) what do i do( now|)",
  "my traps are (fried|so sore|really tight)",
  "my neck is (wrecked|aching|all tight) after (the gym|leg day|training)",
  "i slept funny and now my neck is (sore|stiff)",
  "how do i (loosen up|ease) a stiff neck",
  "how do i get rid of (a|this) (kink|crick) in my neck",
  "my neck hurts a (little|bit) what should i do",
  "my neck muscles are (sore|tight|screaming)",
  "my neck has been (stiff|sore) since (this morning|yesterday)",
  "i've got (a lot of |)tension in my neck and shoulders",
  "my neck feels (tight|sore|heavy and sore)",
  "i just want my neck to stop feeling so tight",
  "what can i do for a stiff neck right now",
]);

/** When it started hurting, said after how it feels: a session, a time of day. */
const SINCE_SESSION =
  "(after the gym|since the gym|after training|after my workout|after my session|since yesterday's session|after leg day|since chest day|after lifting|after my run|since this morning|since yesterday|this morning|this afternoon|all day|after work|every morning)";

/**
 * A neck that has been sore since a session, said without a question or with
 * what to do now, each in a covering of its ways (grammar.ts): how it feels
 * with when it started is the commonest report there is.
 */
const SORE_SINCE = [
  `(my neck is|my neck's|my neck feels|my neck has been|my neck's been) ${SORE} ${SINCE_SESSION}`,
  `(my neck is|my neck's|my neck has been|my neck's been) (so|really|super|pretty|very|a bit) (stiff|sore|tight|achy) ${SINCE_SESSION} ${WHAT_NOW}`,
].flatMap((t) => cover(t, 1));

/**
 * The commonest report there is, said whole: how sore, since which session,
 * and what to do now, every combination written out (expandAll). One sentence
 * per template left most of them unheard ("my neck is sore what should i do").
 */
const SORE_REPORT = expandAll([
  "my (neck is|neck's) (so |really |super |)(tight|sore|achy|killing me) (after the gym|after training|after leg day|after my workout|this morning|) (what should i do|what do i do|help|)",
]);

/**
 * Soreness after a named lift or session, told with feeling and what to do now
 * ("my traps and neck are so tight after overhead press what do i do"), and a
 * neck slept on wrong that won't turn: plain self-care, in a covering of its ways.
 */
const SORE_FROM_LIFT = [
  "(ugh |ok so |um |)my (neck is|neck's|traps and neck are|neck and traps are) (so|super|a bit|kinda|really) (sore|stiff|tight|achy|tender) (after|from) (deadlifts|bench|shrugs|squats|sparring|my run|overhead press|rows|yesterday's session|my first day back)( what do i do| what should i do| any tips|)",
  "i slept (weird|funny|wrong|on it funny) and (now |)i can't turn my head( to the left| to the right| properly| very well|)",
  "(the back of my neck|my neck) is (tender|a little achy|a bit achy|kind of tender) (after|from) (bench|my run|yesterday|training|sparring)",
].flatMap((t) => cover(t, 2));

const RELIEF: GrammarIntent = {
  name: "ReliefIntent",
  essential: [
    ...expandAll(["my neck (is|feels) (so |really |super |)(tight|stiff|sore|achy)"]),
    ...SORE_NOW,
    ...SORE_SINCE,
    ...SORE_REPORT,
    ...SORE_FROM_LIFT,
  ],
  samples: samples(
    [],
    [
      "(i have|i've got|i got|i woke up with) (a sore neck|a stiff neck|neck pain|a crick in my neck|a kink in my neck|a tight neck|sore traps|a knot in my neck|a pain in my neck)",
      "(sore|stiff|tight) neck( help| relief| what do i do|)",
      "(relief|help) for (a sore neck|a stiff neck|neck pain|my neck|tight traps)",
      "(help |ugh |ow |man |dude |oh man |)my neck (hurts|aches)( a lot| so much| really bad|)",
      "(help |ugh |ow |man |dude |oh man |)my neck (is sore|is stiff|is killing me|is really sore|is so stiff)",
      `${NECK} (is|feels|has been) ${SORE}`,
      `${NECK_ARE} (are|feel|have been) ${SORE}`,
      `(dude |man |ugh |so |okay |)my neck is (so|really|super|pretty|kind of) (sore|stiff|tight|achy)`,
      `${NECK} (is|feels|has been) ${SORE} ${SINCE}`,
      `${NECK} (is|feels|has been) ${SORE} ${WHAT_NOW}`,
      `${NECK} (is|feels|has been) ${SORE} ${SINCE} ${WHAT_NOW}`,
      `${NECK_ARE} (are|feel) ${SORE} ${WHAT_NOW}`,
      `my neck (hurts|aches) ${SINCE} ${WHAT_NOW}`,
      `i (pulled|strained|tweaked|twisted|hurt|jarred) (a muscle in |)my neck( ${WHAT_NOW}| at the gym| lifting| training| this morning|)`,
      "i think i (pulled a muscle in|strained|tweaked|hurt) my neck",
      "i slept (funny|wrong|badly|on it wrong) (and|after training and) (now |)my neck (is sore|is stiff|hurts)( what do i do| how do i fix it|)",
      "i woke up with a (stiff|sore) neck( after the gym| after training| what do i do|)",
      "what (should|can|do) i do (for|about) (a sore neck|a stiff neck|neck pain|my neck|my sore neck|my stiff neck|tight traps)( right now| now| today|)",
      "what can i do (right now|now|today|at home) (for|about) (neck pain|a sore neck|a stiff neck|my neck)",
      "(what helps|what's good for|what can help|what will help|what works for) (neck pain|a sore neck|a stiff neck|tight traps|a crick in the neck)",
      "how (do|can) i (relieve|ease|get rid of|fix|treat|soothe|loosen|calm down) (neck pain|my neck pain|a stiff neck|a sore neck|my stiff neck|my sore neck|a neck strain|a crick in my neck|tight traps|this stiffness|the soreness)",
      "how (do|can) i make my neck (feel better|less sore|less stiff|stop hurting)",
      "what's the (fastest|best|quickest) way to (fix|get rid of|ease|relieve) (neck pain|a sore neck|a stiff neck)",
      "(anything|something) (for|to help) (a sore neck|a stiff neck|neck pain|my neck)",
      "(can you |)help (me |)(with |)my (sore|stiff|aching) neck",
      `${WONDER} what to do (for|about) (a sore neck|a stiff neck|neck pain|my neck)`,
      "(what to|how to) (do|deal with|handle) (for |)(a sore neck|a stiff neck|neck pain)",
      "should i rest my neck",
      "i can't (turn my head|look over my shoulder|look up|look down|turn to the side)( without pain| without it hurting|)",
      "it hurts to (turn my head|look up|look down|look over my shoulder)",
      "(i'm|i am) (so|really|super) (stiff|sore|tight) (after the gym|after training|today|this morning)",
      "(my traps|my shoulders|my upper traps) (are|feel) (so |really |)(tight|sore|stiff|knotted)( what do i do| what helps| help|)",
      "i have (a crick|a kink|a knot) (in my shoulder|in my upper back|between my shoulder blades)",
      "how do i (loosen up|relax) (my traps|tight traps|my shoulders)",
      "(ugh |ow |man |)i'm so stiff( what do i do| help|)",
      "(ugh|ow|oof|argh|gosh|oh god|man|dude) my neck (hurts|is so sore|is so tight|is killing me|is wrecked|is so stiff)",
      "my neck (is|feels) (wrecked|fried|cooked|trashed|shot|busted|done in) (after|from) (the gym|leg day|training|lifting|my workout)",
      "(what do i do|how do i fix it|what helps) (when|if) my neck (hurts|is sore|is stiff|is tight)( after the gym| after training|)",
      "my neck (hurts|is sore|is aching|is stiff) (after|from) (the gym|leg day|training|lifting|my workout) (what do i do|what should i do|how do i fix it|any tips|what helps)",
      "(how do i|how can i|what can i do to) (loosen|relax|unlock|free up|ease) (my neck|my stiff neck|my tight neck|my traps)",
      "(i need|give me|i want) (some |)(relief|help) for (my neck|my sore neck|this neck pain|my stiff neck)",
      "(my neck is|i'm) in (pain|agony|so much pain)( what do i do| help|)",
      "(i've got|i have|there's|i'm carrying) (so much|a ton of|a lot of|tons of|some) (tension|tightness|stiffness) in my (neck|neck and shoulders|traps|shoulders|upper back)( today| tonight| after work| again|)",
      "(my neck feels|my traps feel|my shoulders feel|my neck and shoulders feel|my upper back feels) (heavy|tired|heavy and tired|heavy and sore|tired and sore|like concrete|like a brick|like rocks|rock hard|like they're made of concrete|like it's in a vice|all bunched up|all knotted up|in knots)",
      "(help|help me|can you help|to help|to help me) with (my |these |this |)(sore traps|stiff neck|tight traps|sore neck|tight shoulders|neck tension|knots|crick in my neck)",
      "my neck is (kinda|kind of|a bit|a little|pretty) (sore|stiff|tight|achy) (what's the move|what's the play|what's the fix|what do you think|any tips|what can i do quick)",
      "(i've got|i have|got) a (bit of a|slight|mild|small|nagging|niggling|dull) (sore neck|stiff neck|neck ache|crick in my neck|ache in my neck)( after my run| after the gym| today|)",
      "my neck (hurts|aches|is sore|is stiff) a (little|bit|tad) (what should i do about it|what can i do|any tips|how do i ease it)",
      "(i've|i have) (jarred|wrenched|messed up|kinked) my neck",
      "my neck is (giving me trouble|acting up|all seized up|seized up|locked up|out of whack)",
      "(what's|what is) (a quick fix|the best remedy|a good home remedy|a remedy|a cure|the go to fix|your go to fix) for (a sore neck|a stiff neck|neck pain|a crick in my neck|tight traps|a neck ache)",
      "my neck is (tight|stiff|sore) and i've got (a meeting|work|a call|class) (soon|in an hour|later) what can i do (quick|quickly|fast|right now)",
      "how do i (get the knots out of|work out the knots in|release the tension in|unwind|decompress) my (neck|traps|shoulders|upper back)",
      "i slept (funny|wrong|awkwardly) (after training |)and (now |)my neck is (sore|stiff|killing me) how do i (fix|ease|sort) it",
      "my (traps|shoulders) were (fried|wrecked|cooked|toast) (before this|already|from yesterday) what else (helps|can i do)",
      "(okay so |so |)my neck's (all tight|all stiff|a bit sore|so achy|aching|all locked up|feeling rough) (after leg day|after my run|after the gym|after yesterday|this morning) (any tips|what do i do now|what should i do|what helps|what can i do)",
      "(i've got|i have) a (bit of a |)(sore|stiff|tight) neck (after my run|after the gym|after my ride|after my swim|from sleeping|from my desk) (what helps|any tips|what can i do|)",
      "(can you|could you) (please |)help me with (some |this |my |)(neck stiffness|neck soreness|sore traps|tight neck)",
      "(neck soreness|neck stiffness|tight traps) what can i do",
      "(what's|what is) good for a (tight|stiff|sore) neck",
      "how (can|do) i relax my (neck muscles|neck|traps)",
      "i can (barely|hardly) turn my head (it's so stiff|it's that stiff|it hurts)",
      "i woke up with a (crick|kink) in my neck (can you help|what do i do|help)",
      "my neck is (sore|stiff|tight) after (training|the gym|lifting)",
      "(is there|what's) anything (else |)i can do for my (neck|sore neck|stiff neck)",
      "my neck's (tight|stiff|sore) after (my run|the gym|training) how do i (loosen|ease|fix) it",
    ],
  ),
};

/* ---------------------------------------------------------------- asking about a topic */

/**
 * A question about one topic (models/content/ask-topics.ts), the topic in the
 * slot: one intent for all of them, told apart by the slot's value, not by
 * their own samples. The carriers stand without a particular value ("what
 * about {topic}", "should i {topic}"): the topic's synonyms carry both what it
 * is called ("ice or heat", "a physio") and what one would do ("take
 * ibuprofen", "see a doctor"). A topic Alexa hears but cannot resolve is
 * searched for (lambda/handlers/answers.ts), so these carriers also take the
 * long tail ("what about yoga").
 */
/**
 * Longer carriers of AskAboutIntent, each said in a few of its ways (a
 * covering, grammar.ts), not all: the neck words said after the topic ("is
 * {topic} any good for a stiff neck", "can i take {topic} for neck pain"), the
 * next topic said after an answer ("okay and what about {topic}", "should i
 * {topic} then"), and the lift said after it ("{topic} when i squat").
 */
const ASK_ABOUT_COVERED: readonly string[] = [
  // Whether it is any good for a sore or stiff neck, and whether one can take or use it for that: the neck words said after the topic (three rounds: these words are the ones a sore neck is reported in).
  ...[
    "is {topic} (alright|okay|any good|fine|helpful) for (a sore neck|a stiff neck|a tight neck|neck pain|neck stiffness)",
    "(can|could|should) i {topic} for (a sore neck|a stiff neck|neck pain|it)",
    "(can|should) i (take|have|use) {topic} for (a sore neck|a stiff neck|neck pain|my neck|it)",
    "is it (okay|alright|safe) to (take|have|use) {topic}( for neck pain| for a sore neck| for it|)",
  ].flatMap((t) => cover(t, 3)),
  // Said after an answer: the next topic with a small word in front, or "then" behind.
  "(okay|yeah|right|alright|so) and (what about|how about) {topic}( then| though|)",
  "(okay|yeah|right|alright|so) (what about|how about) {topic}( then| though|)",
  "(okay |and |so |right |)should i {topic} then",
  "(okay |and |so |)(how often|when) should i (be |){topic} then",
  "(okay |and |so |)(can i use|can i try|can i do|should i use) {topic}( then| too| as well|)",
  "(okay |and |so |){topic} (can i use|can i do|is that okay|any good|then)",
  // Whether it is only soreness or a strain, and where to look, said with the lift after it.
  "is it (just |only |){topic} or (have i|did i) (pulled|strained|hurt|tweaked|done) (something|it|my neck)",
  "{topic} (when i squat|when i'm squatting|when i deadlift|when i'm deadlifting|on deadlifts|on squats|when i bench|when i lift|when i'm lifting|during squats)",
  // Whether the thing one already takes or uses is the cause ("could my pillow be the problem"), whether it helps when said after it, and what it is before the lift.
  "(wait |ok |okay |so |)(could|can|might) my {topic} be (causing this|the problem|making it worse|the reason)",
  "(and |ok |okay |so |){topic} does that (help|make it worse|make a difference)( or not| or nah|)",
  "(and |ok |okay |)what about {topic} (should i (wear|get|use|try) one|can i use it on (my neck|my traps|it)|is that (okay|any good))",
  "should i {topic} (too|as well|after|before i lift)",
  "(is it fine|is it okay|is it ok|can i) (to |)pop {topic} for (my neck|it|neck pain|the soreness)",
  "(can|should) i (take|have|use) {topic} for (neck soreness|the soreness|my stiff neck|my sore neck)",
  "do i need to {topic} before (i lift|lifting|i train|training|overhead press|the gym)",
  "(how do i know|how can i tell) (if |when |)(i'm ready to|i can) {topic}( again|)",
  "(what|which) (lifts|exercises|moves) (are|put) {topic}",
  // Everyday carriers a lifter says around a thing: going to see someone and when, whether it is worth getting, which one to use now, can one still do it or do it again after a word like "ok" or "so", putting or using it on the neck, how to do it before lifting or without making it worse, why it comes on mid-set, the gist said as a recap.
  "should i (go see|go and see) {topic}( then| for my neck| about my neck| for this| for neck pain|)",
  "should i (see|go to) {topic} (then|for neck pain)",
  "is it worth (seeing|getting|trying|going to) {topic}( for my neck| for neck pain|)",
  "is {topic} (any good or a waste of money|a waste of money|a waste of time|worth the money)",
  "(which|what) {topic} is (good|best) for (neck pain|a sore neck|a stiff neck|my neck)",
  "(when|how soon) can i get back to {topic}( again|)",
  "(can|could|should) i use {topic} on (the neck|your neck|my neck)",
  "(can|could) you (sum up|summarise|summarize|recap) {topic}",
  "when should i (actually |)(go see|go and see) {topic}( about my neck| for my neck| about this|)",
  "when should i actually (see|go to) {topic}( about my neck| for my neck| about this|)",
  "(is|are) {topic} worth (getting|buying|trying|doing|it)( for my neck| for a lifter|)",
  "(what kind of|what sort of|which) {topic} should i (use|get|buy) (then|now|instead)",
  "(ok|okay|so|and|alright) when can i {topic}( again|)",
  "(so|and|ok|okay) can i still {topic} (then|though|or not)",
  "(can|should) i take {topic} for (neck soreness|neck pain|a sore neck|my neck|it)",
  "(should|can) i put {topic}( on my neck| on it|)",
  "(is|are) {topic} (ok|okay|safe|fine|alright) to use on (my|your|the) neck",
  "what about (using|trying) {topic}( on it| on my neck|)",
  "how (should|do|can) i {topic} before (i lift|lifting|i train|training|the gym|a workout)",
  "how (do|can|should) i {topic} without making it worse",
  "why do i get {topic} (mid set|during heavy sets|on heavy reps|when i grind out reps|on a heavy single)",
].flatMap((t) => cover(t, 1));

const ASK_ABOUT: IntentLanguage = {
  name: "AskAboutIntent",
  slots: ["topic"],
  samples: expandAll([
    "(what about|how about|and what about|so what about) {topic}",
    "what about {topic} for my neck",
    "(tell me|talk to me|teach me) about {topic}",
    "tell me more about {topic}",
    "(can you tell me|what can you tell me) about {topic}",
    "(i have|i've got) a question about {topic}",
    "(can i ask|i want to ask) about {topic}",
    "(i want to know|i'd like to know|i need to know) about {topic}",
    "(i want to know|tell me|can you tell me) {topic}",
    "(what do you know|what should i know) about {topic}",
    "what do you think (of|about) {topic}",
    "what are your thoughts on {topic}",
    "(what's your advice|any advice|any tips|give me some advice|give me some tips) on {topic}",
    "(what's|what is) the deal with {topic}",
    "(i was wondering|i'm curious) about {topic}",
    "(info|information) (on|about) {topic}",
    "let's talk about {topic}",
    "explain {topic}",
    "help me with {topic}",
    "(does|do|would|will|can) {topic} help",
    "(does|would|will) {topic} help my neck",
    "(does|would) {topic} help with neck pain",
    "(does|would) {topic} help a sore neck",
    "is {topic} good for (my neck|a sore neck|neck pain)",
    "is {topic} (okay|safe|bad) for my neck",
    "(is|are) {topic} a good idea",
    "is {topic} worth it",
    "{topic} or not",
    "{topic} (please|for my neck|for a sore neck|for neck pain)",
    "should i (try|use|do) {topic}",
    "(should|can) i (use|put) {topic} on (my neck|it)",
    "should i {topic}",
    "should i {topic} (for my neck|after training|after the gym|after lifting|now|today)",
    "(can|could) i {topic}",
    "can i {topic} for my neck",
    "(is it okay|is it safe|is it bad|is it a good idea) to {topic}",
    "(when|how often) should i {topic}",
    "do i need to {topic}",
    "do i need {topic}",
    "(how does|how do) {topic} work",
    "how do i {topic}",
    "how should i {topic}",
    "what's the right way to {topic}",
    "how long does {topic} last",
    "how long will {topic} last",
    "how much {topic} (should i have|do i need)",
    "what should i {topic}",
    "(which|what) is better {topic}",
    "(so |)(quick question|one question) about {topic}",
    "(quick question|one more thing|and also) {topic}",
    "about {topic}",
    "(if|whether) (i should|i can|it's okay to) {topic}",
    "i should {topic}",
    "(just |)give me {topic}",
    "i want {topic}",
    "(what are|list|name) {topic}",
    "{topic} which (one|is better)",
    "when do i {topic}",
    // The question with what it is about after it ("should i see a doctor about my neck", "do i need a physio for this").
    "should i {topic} about (my neck|this|it)",
    "do i need {topic} for (this|my neck)",
    // A lifter's questions, as they are asked: whether it is safe or normal to do it, whether it is the thing, what it is like, which one, when it can be done again.
    "(can|should) i still {topic}",
    "(can|should) i {topic} today",
    "is it (fine|normal|dangerous|alright|worth it) to {topic}",
    "is it (okay|safe|bad) to {topic} every day",
    "is {topic} (bad|dangerous|safe|okay) for (you|lifters)",
    "is {topic} (normal|a bad sign|a problem|something to worry about)",
    "{topic} is that (bad|normal|a problem|okay)",
    "how (do i|can i) (know|tell) if (it's |i have |)({topic})",
    "(is it|could it be|do i have|have i got|maybe it's) {topic}",
    "what does {topic} feel like",
    "(what's|what is) the best {topic}",
    "(what kind of|which) {topic} (is best|should i get|should i use)",
    "should i (wear|get|buy|book) {topic}",
    "what's a good {topic}",
    "when can i {topic}",
    "how (long|soon) (before|until) i can {topic}",
    // The question carriers lifters use, standing without a particular topic.
    "(is it okay|is it alright|is it safe|is it a bad idea) to {topic} (on my neck|before i lift|while it heals|anyway)",
    "(is it bad|is it normal) that i {topic}( all the time|)",
    "should i (wear|try|get|use) {topic}( while it heals|)",
    "how (do i|can i) fix {topic}",
    "(would|will|could) {topic} help (with that|my neck|or make it worse)",
    "(can|could) i take {topic} (before i lift|and still train)",
    "what about {topic} (then|though|would that help)",
    "(does|could) {topic} (mess up|make) my neck( tight| worse|)",
    "is {topic} messing up my neck",
    "(does|could) {topic} have anything to do with it",
    "how (do i|can i) (know|tell) if (it's|i have) {topic}( or just a tight neck|)",
    "(could this be|is this|maybe it's) {topic}( or not|)",
    "(when|how soon) can i {topic} again",
    "(when's|when is) it safe to {topic}( again|)",
    "(what kind of|which) {topic} (is good|do you recommend)",
    "should i (be |start )({topic}|using {topic})",
    "(is|are) {topic} (dangerous|risky|worth trying)",
    "is {topic} good for a (stiff|sore|tight) neck( after the gym|)",
    "why do i get {topic}( when i lift|)",
    "is it normal to get {topic}( when i lift|)",
    "(so|okay|alright|and|um) (should i|can i|is it okay to) {topic}",
    // Everyday carriers people use with any topic: "ok" as often as "okay", the best or kind of a thing for a sore neck, going to see someone, using a thing on the neck, whether it is wrecking the neck, what is up with it, how long until one can do it.
    "(ok|ok so|ok and) (what about|how about|should i|can i|is it ok to) {topic}",
    "is it ok to {topic}( for a sore neck| for my neck| for neck pain|)",
    "is {topic} ok( for my neck| on my neck| for a sore neck|)",
    "(what kind of|what sort of|what type of) {topic} is (best|good) for (neck pain|a sore neck|a stiff neck|my neck)",
    "(what kind of|what sort of|what type of) {topic} should i (use|get) (for neck pain|for my neck|if my neck hurts|if my neck is stiff)",
    "(what's|what is) the best {topic} for (neck pain|a sore neck|a stiff neck|my neck)",
    "(what's|what is) a good {topic} for (neck pain|a sore neck|a stiff neck|my neck)",
    "should i (go to|go and see) {topic}( for my neck| about my neck| for this|)",
    "(is it okay|is it ok|is it safe|can i) (to |)use {topic} on (my neck|my traps|my upper back|it)",
    "is {topic} (wrecking|ruining|messing up|killing) my neck",
    "(what's up with|what's the story with|what's going on with) {topic}",
    "{topic} (what's up with that|why is that|what does that mean)",
    "how (do i|can i) (fix|deal with) (my |){topic}",
    "(when|how soon) can i {topic} (after tweaking my neck|after a neck tweak|after hurting my neck)",
    "how long (before|till|until) i can {topic}( again| after a neck tweak| after tweaking my neck|)",
    "should i {topic} (while it heals|for a while|this week|until it feels better)",
    "are there (any |)({topic}|{topic} that help)( for a sore neck| for neck pain| for my neck|)",
    "how (can|do) i (tell|know) if my neck is {topic}",
    "is (this|it) {topic} or (did i|have i) (strain|strained|pull|pulled|hurt) something",
    // Asking about a thing with no topic word in the carrier: whether it is bad, whether it can make the neck tight, whether to do it or rest, how to work back up to it, whether it is why the neck hurts.
    "is it bad (if i|that i) {topic}( so much| all the time| every day| a lot|)",
    "is it bad to {topic} (so much|all the time|a lot)",
    "(can|could|does) {topic} make my neck (tight|stiff|worse)",
    "(can|could) {topic} give me a (stiff|tight) neck",
    "should i {topic} or (not|just rest|skip it|rest it|take it easy)",
    "how (do i|should i|can i) (work|build|get) back up to {topic}",
    "how (do i|should i) ease back into {topic}",
    "how long should i (skip|avoid|stay off|lay off|hold off on) {topic}( for|)",
    "what if it's {topic}( though|)",
    "(could|might) {topic} be why my neck hurts",
    "is (my |){topic} (giving me|causing) (neck pain|a stiff neck)",
    "(what's|what is) the (best|right|proper|safest) way to {topic}",
    "(what's|what is) the best {topic} (to get|to use|for lifters|for me)",
    // A topic said alone ("ice or heat", "which lifts strain the neck"): no spoken form of TOPIC_NAME names anything else.
    "{topic}",
  ]).concat(ASK_ABOUT_COVERED),
};

const START =
  "(start|begin|do|run|play|launch|give me|lead me through|guide me through|take me through|walk me through|coach me through|put on|kick off|fire up|get going with|let's do|let's start|let's go with|i want to do|i'd like to do|i want|can we do|can you start|can you do|can you run)";
/** A routine in general, without a name. */
const A_ROUTINE =
  "(a routine|the routine|my routine|a guided routine|a stretching routine|the stretching routine|a neck routine|a stretching session|my stretching session|a session|a guided session|my usual routine)";

const START_ROUTINE: IntentLanguage = {
  name: "StartRoutineIntent",
  slots: ["routine"],
  samples: samples(
    [
      `${START} (the|a|my|that) {routine}`,
      `${START} (the|a|my) {routine} (please|now|for me|routine|stretches|version|session)`,
      "(let's|let me|i want to|i'd like to) (do|start|try|begin) the {routine}",
      "i (just finished|finished|am done) (lifting|training|working out|my workout) (start|do|give me) the {routine}",
      "(the|a) {routine} (please|sounds good|today|now|version)",
      "(go with|i'll take|i'll go with|i choose|pick|let's go with|i pick|i'll do|make it) the {routine}",
      "(i'm in a rush|i'm in a hurry|i'm short on time|no time today) (let's do|start|just do) the {routine}",
      "(start|begin|do) (my|a|the) (routine|neck routine|stretching routine|stretches|workout|guided routine|stretching session|session)",
      "(begin|start|open|commence) the (stretching|guided|neck|stretch) (routine|session)( now| please|)",
      "(let's|i want to|i'd like to) (stretch|start stretching|get started|do a routine|do my stretches|do a guided routine|get stretching)",
      "(start|let's start|time to start|ready to start) stretching( with a routine|)",
      "(stretch|do a routine) with me",
      "(give me|i want|i need) a (routine|workout for my neck|stretching routine|guided routine|neck routine)",
      "(coach|guide|take|put) me through a (routine|session)",
      "i've got (five|two|ten) minutes (let's stretch|let's do a routine|give me a routine)",
      `(fire up|kick off|get going with|get started on|jump into|begin|start up) ${A_ROUTINE}`,
      "(time to|let's) (begin|start) (the|my) (routine|session|stretching session)",
    ],
    [`(okay |so |alright |)(let's do|start|begin|fire up|kick off|i want|let's get) ${A_ROUTINE} (please|now|today|)`],
    3,
  ).concat(
    // Asked as a suggestion, or after saying the workout is done.
    expandAll([
      "(can we|could we|shall we) (do|start|run|crack on with|get into) the {routine}( one|)",
      "(i just got done lifting|i've just finished at the gym|i just finished training|i'm done at the gym) (can we do|let's do|start) the {routine}( one|)",
      "(i wanna|i want to|i'd like to) (do|start|try) the {routine}",
      "(ok |okay |right |so |)(begin|start) the {routine}",
    ]),
  ),
};

const CONTINUOUS =
  "(without stopping|straight through|nonstop|non stop|without pauses|without pausing|without breaks|without waiting|back to back|in one go|in a row|all the way through|continuously|without interruption|uninterrupted|automatically|on autopilot|on auto play|without asking me|without waiting for me|without me saying next|hands free|on its own|on your own|all at once)";

const CONTINUOUS_ROUTINE: IntentLanguage = {
  name: "ContinuousRoutineIntent",
  slots: ["routine"],
  samples: samples(
    [
      `(play|run|do|go through|start|give me) (the|my) {routine} ${CONTINUOUS}`,
      `(play|run|do|go through|start) (it|the whole thing|the whole routine|the routine|everything|all the stretches|the stretches) ${CONTINUOUS}`,
      "(don't|do not) (stop|wait for me|ask me|pause|check with me) between (stretches|each stretch|the stretches)",
      "(i don't want to|don't make me|i shouldn't have to) (say next|talk|keep saying next|prompt you)",
      "(continuous|hands free|nonstop|automatic|auto|autoplay|auto play) (mode|routine|session|playback)( for the routine| please| on|)",
      "(start|switch to|turn on|use) (a|the) {routine} in (continuous|automatic|hands free) mode",
      "(autoplay|auto play|auto run) (the|my) (routine|stretches|{routine})",
      "(just |)(keep going|play it|let it run|keep it running) (on your own|without me|without asking|by itself|till the end)",
      "(no|without) (breaks|stopping|pauses|prompts|interruptions) (please|between stretches|)",
      "(go|move) (straight|right) on to the next (stretch|one) (automatically|each time|without asking)",
    ],
    [
      `(can you |just |)(play|run|do) (it|the routine|the {routine}|everything|the stretches) ${CONTINUOUS}( i don't want to talk| please|)`,
    ],
    3,
  ),
};

/** When a routine was left. */
const EARLIER =
  "(from earlier|from before|from last time|from yesterday|from this morning|from last night|i started|i didn't finish|i paused|i stopped|i was doing|i left|that got interrupted|that i never finished)";

const RESUME_ROUTINE: IntentLanguage = {
  name: "ResumeRoutineIntent",
  samples: spoken(
    [
      "(resume|continue|finish|pick up|carry on with|keep going with|get back to|go back to|back to|jump back into|return to|finish off|get back into) (my|the) (routine|stretches|workout|session|routine from earlier|routine from last time|last routine|previous routine|last session|previous session|unfinished routine)",
      "(pick up|continue|carry on|resume|start again|jump back in|get going again) (from |)where (i|we) (left off|stopped|left it|paused|got to)( yesterday| last time| earlier|)",
      "(pick up|continue|carry on|resume) where we were",
      `(let's |can we |i want to |can i |)(finish|resume|continue|pick up|complete|get back to|go back to|return to) (my|the|that) (routine|stretches|session) ${EARLIER}`,
      "(where was i|where were we|where did i leave off|where did we stop|where did i get to)",
      "pick (my|the) (routine|session|stretches) back up",
      "(can i|let me) carry on with the (stretches|routine) i didn't finish",
      "(finish|complete) the (rest of the |rest of my |)(routine|stretches|session) i (started|didn't finish|paused)",
      "(i got interrupted|i was interrupted|i had to stop|i got cut off|i had to leave) (earlier |yesterday |last time |)(let's finish|finish|resume|continue) (that|the|my) routine",
      "(resume|continue|restore|reload) (my|the) (previous|last|paused|unfinished|old|saved) (routine|session|place|progress)",
      "(take me|bring me) back to where i (was|left off|stopped)",
    ],
    [
      `(let's |can we |i'd like to |could you please |)(resume|continue|finish|pick up) (my|the) (routine|stretches|session) (from earlier|from before|from last time|where i left off|)`,
    ],
    3,
  ),
};

const WHATS_NEXT: IntentLanguage = {
  name: "WhatsNextIntent",
  samples: spoken(
    [
      "(what's|what is|which is|which one is|which one's|which stretch is|which stretch's) (next|up next|coming up|coming up next|after this|after this one)",
      "what (comes|stretch comes|is coming|are we doing|am i doing|do we do|do i do|will we do|will i do) (next|after this|after this one)",
      "(what's|what is|tell me|name) the (next|following|upcoming) (stretch|one|move|exercise)",
      "(what's|what is) the (stretch|one|move) after (this|this one|that)",
      "what follows (this|this stretch|this one)",
      "(preview|give me a preview of) the next (stretch|one)",
      "what will the next (stretch|one) be",
      "(tell me|say) what's (next|coming)",
      "what's the next (move|stretch|exercise|one) (going to be|gonna be)",
      "what (will|are) we (be |going to be |)doing (next|after this|after this one|after that)",
      "(so |and |um |okay |hey |)what's (coming |)after (this|this one|that|that one)",
      "what (comes|happens|do we do) after (that|this stretch|this one is done|we finish this one)",
      "what's (on deck|coming next|lined up next|the plan after this)",
      "(give me|can i get|can i have) a heads up (on|about) (the next stretch|what's next|what's coming)",
      "(any idea|do you know) what's (next|coming up)",
      "what (are we|am i) (moving on to|doing after this)",
      "(which|what) (stretch|move|exercise|one) (are we doing|do we do|comes|am i doing) (next|after this)",
      "(i want to know|i'd like to know|can you tell me|tell me) (what the next stretch is|what comes next|what we're doing next|which stretch is next|what's coming up)",
      "(what|which) the next (stretch|one|move) (is|will be)",
      "about the next stretch",
      "what's the next thing (we're doing|i'm doing|on the list)",
      "(and |so |)what's the upcoming (stretch|one|move)",
      "what do you have (next|after this|lined up next) for me",
    ],
    [
      `${FILLER}(what's|what is|which stretch is|which one's) (next|after this|coming up|up next)`,
      `${FILLER}(what comes|what are we doing|what will we be doing|what do i do) (next|after this)`,
    ],
    3,
  ),
};

const HOW_MANY_LEFT: IntentLanguage = {
  name: "HowManyLeftIntent",
  samples: samples(
    [
      "how many (stretches |more stretches |more |)(are left|are there left|remain|are remaining|left|to go)( in this routine|)",
      "how many (stretches |)do (i|we) have (left|to go)( in this routine|)",
      "how much (longer|more|is left|time is left|time do i have left|more is there|longer is there)",
      "how many (more|minutes are left|minutes left|more of these|more of these are there|of these are left)",
      "how (long|much longer) (until i'm done|until we finish|until we're done|is left|do i have|is this|does this go on for|will this take|is this going to take|till the end|until the end)",
      "how far (along|through|in) (am i|are we)",
      "(am i|are we) (almost|nearly) (done|finished|there|through)( then| yet|)",
      "(am i|are we) (close to|getting close to|near) (the end|finishing|being done)( then| yet|)",
      "how many (have i done|stretches have i done|are done|have we done|have we got through)( so far|)",
      "(what's|what is) (left|remaining|left to do|still to come)",
      "where am i in the routine",
      "when will (this|the routine|it) be over",
      "is (this|that|it) the (last|final) (one|stretch|move|exercise)( then|)",
      "(are we|am i) (on|at) the (last|final) (one|stretch)( yet|)",
      "is there (a lot|much|lots|a lot more) (left|to go|still to do)",
      "are there (many|lots|heaps|many more) (left|to go|remaining)",
      "how (close|near) (am i|are we) to (the end|finishing|being done)",
      "(what|which) (number|stretch number) (am i|are we) on",
      "(is it|is this) (nearly|almost) over( yet|)",
      "(are we|am i) (halfway|half way|past halfway) (there|through|done)( yet|)",
      "how much is left (of the routine|in the session|of this)",
      "what's left (of the routine|in the session|after this)",
      "when (does|will) (this|it|the routine|the session) (end|finish|be done|wrap up)",
      "how many more (have i got|have we got|are there to go)",
      "how much longer (have i got|have we got|is there to go)",
      "(tell me|i want to know|i'd like to know|can you tell me) how many (stretches |)(are left|remain|i have left|we have to go)",
      "(any|how many) more after this (one|stretch)",
      "(is that|is this one) the last (one|stretch) (or are there more|or is there more)",
      "how long (is left in|is left of|remains in) (the routine|the session|this)",
      "whether this is the last (one|stretch)",
      "(last one|final one|the last stretch) (or what|right|is it)",
    ],
    [
      `${FILLER}how many (stretches |more |)(are left|left|to go|are remaining|remain)( in this routine|)`,
      `${FILLER}(is this the last one|are we nearly done|how much longer|how many more)( then|)`,
    ],
    3,
  ),
};

const ROUTINE_INFO: IntentLanguage = {
  name: "RoutineInfoIntent",
  slots: ["routine"],
  samples: spoken(
    [
      "(what|which) (routines|guided routines|stretching routines|routine options|sessions) (do you have|are there|can i do|do you know|do you offer|can you run|can you do|can i pick from|can i choose from|are on offer)",
      "(tell me|what can you tell me|give me a rundown|give me an overview|give me the details) (about|of|on) (the|your) (routines|guided routines|routine options)",
      "(tell me|what can you tell me) about the {routine}",
      "(describe|outline) (the|your) ({routine}|routines|different routines)",
      "how long (is|does|will) the {routine} (take|last|run)",
      "how (many minutes|much time|many stretches) (does|will|is there in) the {routine} (take|have|)",
      "(what's|what is|what stretches are|which stretches are|what's involved|what happens) in the {routine}",
      "what (does|do) the {routine} (include|have in it|cover|involve|consist of)",
      "how long (are|is) (the|your|each|every) (routines|routine)",
      "(what's|what is) the difference between the (routines|{routine} and the others|quick and the full routine)",
      "how do the routines (differ|compare)",
      "(compare|list|name) (the|your) routines",
      "what (kind|kinds|sort|sorts|types) of routines (do you have|are there|can you run)",
      "(what are|tell me) (the|my|your) (routine options|options for routines|routine choices)",
      "what routines there are",
      "which (routine|one) (should i do|is best|is the shortest|is the longest|should i pick|do you recommend)",
      "before i (pick|choose) (one |)(what's in|how long is|tell me about) the {routine}",
    ],
    [
      `${WONDER} (how long the {routine} (is|takes)|what's in the {routine}|what routines (you have|there are)|what the routines are|how the routines differ)`,
      "(what|which) routines (do you have|are there|can i do|could i try)",
    ],
  ),
};

/* ---------------------------------------------------------------- mid-routine */

const TELL_ME_MORE: IntentLanguage = {
  name: "TellMeMoreIntent",
  samples: spoken(
    [
      "(tell me|say|give me|i want to hear) more( about (that|this|it|this stretch|this one)| please|)",
      "(tell me|tell us|say) a (bit|little) more( about (that|this|it)| please|)",
      "tell more( please| about it| about that|)",
      "(can you |could you |)(explain|expand on) (that|this|it|this one)",
      "(and |so |)why (is that|does that happen|does that matter|is it|that)",
      "(and |so |okay |huh |)(how come|how so|why)",
      "(what else|anything else)( should i know| is there| can you tell me| i should know| worth knowing|)",
      "(go on|keep going with that|more please|more info|more information)",
      "(i want to|i'd like to) (know|hear|learn) more( about that| about this one|)",
      "what do you mean( by that|)",
      "(tell me|explain) (why|how come)",
      "(can you |could you |)(go into more detail|elaborate|go deeper|dig deeper)( on that| on this one|)",
      "(and |)then what",
      "(really|is that right|seriously) (why|how come)",
      "why (are we doing|am i doing|do we do|do i do|bother with) (this|this one|this stretch|that)",
      "(how|why) does (this|this one|this stretch|that|it) help( my neck| at all|)",
      "(what's|what is) (the point of|the purpose of|the benefit of|the idea behind|the reasoning behind|the science behind) (this|this one|this stretch|that)",
      "what (is this|is this one|is this stretch|does this|does this one|does this stretch) (for|good for|do|do for me|actually do)",
      "(why|how) is (this|this one|that) (good|useful|helpful) for (me|my neck)",
    ],
    [`(okay |so |hmm |)(tell me more|explain that|go on|say more|explain why)( about that| about this one| please|)`],
    3,
  ),
};

const WAIT: IntentLanguage = {
  name: "WaitIntent",
  samples: spoken(
    [
      "(wait|hang on|hold on|hold up)( a second| a sec| a moment| a minute| one second| just a second|)",
      "(wait|hold on|hang on) (wait|hold on|hang on)",
      "give me a (second|sec|moment|minute|few seconds)",
      "one (sec|second|moment|minute)",
      "just a (second|sec|moment|minute)",
      "wait for me",
      "(wait|hold on|hang on) (i'm not ready|let me get ready|let me get in position|i need a second)",
      "not yet (wait|hold on)",
      "(i need|let me have) a (second|moment|minute)",
      "(wait up|hang about|hang fire|bear with me|hold your horses|wait a tick|just a tick|just a mo|half a sec|two secs|one tick)",
      "(wait|hang on|hold on|hang about|wait up) (i'm not there yet|i'm still getting into position|i'm still getting ready|i'm not in position yet|i'm still setting up|let me get comfortable|i'm getting there|i'm not set yet)",
      "(i'm|i am) (not there yet|still getting into position|not ready yet|still getting ready|not in position yet|still getting set up|not set up yet|still setting up|getting into position|almost ready)",
      "(let me|i need to|i have to|i've got to) (get into position|get in position|get ready|get set|get comfortable|sit down first|find my spot|get my balance|get set up|catch up)( first|)",
      "(give me|i just need|let me have|i need) (a tick|a mo|two secs|a few moments|a moment to get ready|a second to get set|some time to get ready)",
      "(can you |could you |please |)(wait|hold on|hang on) (until i'm ready|till i'm ready|for me please|one moment)",
      "(don't start yet|don't start without me|don't go yet|don't go on yet|don't begin yet|not ready|not ready yet)",
      "(just |)(a|one|half a) (sec|second|moment|mo|tick) (please|i'm not ready|i'm getting there)",
      "(oh |um |uh |oops |)(wait|hang on|hold on|hold up) (please|a mo|a tick)",
      "(i'm|i am) (still|not quite) (there|ready|in position)( yet|)",
      "hold up( please| a sec| wait|)",
    ],
    [
      `${FILLER}(wait|hang on|hold on|hold up|hang about|wait up) (a sec|a second|a moment|one sec|i'm not ready|i'm not there yet|just a moment|)`,
    ],
    3,
  ),
};

const PACE: IntentLanguage = {
  name: "PaceIntent",
  slots: ["pace"],
  samples: spoken(
    [
      "(can you |can we |could you |let's |please |)go {pace}",
      "(can you |could you |please |)(make it|do it|do them|make them|take it) {pace}",
      "{pace} (please|for me|from now on|this time|next time|for the next one|than that)",
      "(a bit|a little|a little bit|much|way) {pace}",
      "(i want|i'd like|i need|give me|let's have|let's do) {pace}",
      "you're (going|talking|counting) {pace}",
      "(switch to|back to|go back to|change to|return to|set it to) {pace}",
      "(can you |could you |)(be|count|talk) {pace}",
      "(change|set) the (pace|speed) to {pace}",
      "(just |)(give me|do|keep it) {pace} (please|from now on)",
      "these (holds|stretches) are {pace}( make them (shorter|longer)|)",
      "i need {pace} on (these|each one|each stretch|each hold)",
      "(can you |)(explain|describe) each (one|stretch) (in |with |){pace}",
      "(please |)give me {pace} on each (hold|stretch)",
      "{pace} on each (hold|stretch)",
      "(can i have|can i get|could i get|could i have|i'd prefer|i prefer|we need|we want) {pace}( please| from now on| for the rest|)",
      "(you're|you are) (moving|explaining|going|talking) (a bit |a little |way |far |){pace}",
      "(try|try to be|try going) {pace} (this time|on the next one|for the rest|going forward)",
      "(let's |can we |)(keep it|make it|try) {pace} (for the rest|from here on|going forward|from now on)",
      "(a touch|slightly|a tad|just a bit|a wee bit) {pace}( please|)",
      "{pace} (would be better|would be nice|would be good|works better|is better for me)",
      "(i|we) (could use|could do with|would like|would prefer) {pace}( please| now|)",
      "(switch|change|set|put|turn) (it|the pace|the speed|the tempo|the coaching|the instructions) (to|back to) {pace}",
      "(can you |could you |please |)(talk|explain|coach|count|speak) {pace} (please|this time|from now on|on the next one)",
      "(ask |tell |)(you |it |)to (go|be|make it) {pace}",
      // A pace said alone ("slower", "just count"): no spoken form of PACE_NAME names anything else.
      "{pace}",
      "(put|set|turn|bring) (it|things|the pace|everything) back to {pace}",
      "(honestly |actually |hmm |)(it's|this is) (a bit |way |far |)(too |){pace}",
    ],
    [
      `${FILLER}(can you |could you |please |)(go|be|count|talk|make it) {pace} (please|a bit|now|)`,
      `${FILLER}{pace} (please|from now on|for me|this time)`,
      `${FILLER}(i want|i need|give me) {pace} (on each hold|on these|please|)`,
    ],
  ),
};

const END_ROUTINE: IntentLanguage = {
  name: "EndRoutineIntent",
  samples: spoken(
    [
      "i'm (done|finished|all done|done stretching|through)( for today| for now| with this| with the routine|)",
      "that's (enough|it|all)( for today| for now|)",
      "that's enough stretching( for today|)",
      "(end|stop|quit|cancel) the (routine|workout|session|stretches|stretching)",
      "let's (call it there|call it a day|stop here|wrap up|end it here|finish here)",
      "(okay |)i've had enough( for today|)",
      "i want to (stop|end|quit) (the routine|stretching|the session)",
      "(i'm|we're) (done|finished) with the (routine|stretches|session)",
      "no more (stretches|stretching)( today| for now|)",
      "(end|stop) (here|it here|the session here)",
      "(i'm|i am) (out|tapping out|calling it)",
      "(i'm going to|i want to|let's) stop (here|now|for today|stretching)",
      "(i'm|we're) done (with stretching|stretching for now|for the day)",
      "(finish|end) (the session|my stretches|stretching) (now|here|for today)",
      "(okay |alright |right |)(that'll do|that will do|that's plenty|that's me done|that's it for me|that's good for today|i'm good for today)( for today| for now|)",
      "(let's|can we|i want to) (leave it there|stop there|leave it at that|wrap it up|wrap things up|call it quits|finish up)( for today|)",
      "(okay |alright |so |)(let's|we can|i'll|i'd like to) (wrap it up|end it there|end it here|call it there|stop there|leave it there|finish early|finish here|call it a day|end early|stop early)",
      "(okay |so |well |)(that's|that is) (it|all|plenty|enough|about all) (for me|i can do|i can manage|i've got in me)",
      "(okay |right |well |)i think (i'm|i am|we're) (done|finished|done now|finished now|spent)",
      "(i think |okay |)(i'm|i am) (done|done for today|done for now|finished for today|good for today|ready to stop|all stretched out)",
      "(okay |)(enough|enough for now|enough for today|enough stretching)( thanks|)",
      "(i'm|i am) (too tired|tired|worn out) (let's stop|to keep going|to continue)",
      // Done said with a small word in front or the routine after it.
      "(ok|okay|right|enough|that'll do|alright) (i'm|i am) (done|finished)( for today| now|)",
      "(i'm|i am) (done|finished) with (this|the) (routine|stretching|session)( now| for today|)",
      "(ok|okay) (i'm|i am) done",
      "(i'm|i am) done with this routine",
      "(i don't want to|i can't) (keep going|do any more|do more)( today|)",
      "(that's it|that'll do|that's enough|that's all|that's plenty) for me( today| thanks| for now|)",
      "(i'll|i will|i think i'll|i'm going to) (finish|stop|end|leave it|call it|wrap up) (here|there|now|for today|at that)",
      "(i've|i have) done enough (stretching|for today|for now|for one day|for one session)",
      "(end|stop|close out|wrap up) (my|this) (routine|workout|session|stretching session)( now| early| here|)",
      "(let's|can we|i'd like to) (end|stop|wrap up|cut short) (this|the) (routine|session|workout) (early|now|here)",
      "(skip|cut) the rest (of the routine|of the stretches|of the session)",
      "(i'm|i am) (knackered|exhausted|spent|beat|wiped out|shattered|cooked) (let's stop|that's enough|let's call it|let's end it)",
      "(let's |)(call it|we'll call it) (a day|quits|there|a session)",
      "(i'm|i am) (bowing out|calling it a day|checking out|clocking off|stopping here|finishing early|ending early)( for today|)",
      "(my neck feels better|i feel better|that feels good|that feels better) (i'll|let's|i'm going to) (stop|finish|end it) (here|there|now)",
      "(end|finish|stop) (early|the routine early|the stretching early|this routine)",
      "(i'm|we're) (wrapping up|finishing up|stopping) (now|here|for the day)",
      "finish (here|there)( please| thanks|)",
      "(i'm gonna|i'm going to|gonna|i'll|i think i'll) (stop|finish|end|wrap up|leave it) (here|there|now|for today)",
      "(finish|complete|end) the (routine|session|workout|stretches)( now| here| for today| please|)",
      "(okay |alright |right |)i think (i'm|we're|that's me) (done|finished|done here|finished here)( now| for today|)",
      "(that's|that is) (plenty|enough|me) (thanks|thank you|for me|for today|cheers)",
      "(my neck feels|i feel|it feels) (better|loose|good) (now |)(i'll|i will|let's|i'm going to) (finish|stop|end it|wrap up) (here|there|now)",
      "(i'm|i am) (all |)(stretched out|loosened up|sorted) (let's stop|that's enough|i'll stop there)",
    ],
    [
      `${FILLER}(i'm done|i'm finished|that's enough|let's call it there|i've had enough|that's it for me|i'll stop here)( for today| for now|)`,
    ],
    3,
  ),
};

const FORGET_ME: IntentLanguage = {
  name: "ForgetMeIntent",
  samples: samples(
    [
      "(delete|erase|clear|remove|wipe|get rid of|purge|scrub|reset) (my|all my|my saved|all of my) (data|information|info|history|stored data|stored history|stored information|progress|saved progress|records|details|profile|account|settings|stats)",
      "(delete|erase|clear|wipe|get rid of) everything( you know about me| you have on me| about me| you've saved| you've stored|)",
      "forget (me|about me|everything about me|my data|who i am|my progress|where i was|my place|my saved routine)",
      "(i want you to|please|can you) forget (me|everything about me|my progress|what you've saved)",
      "reset (my data|my progress|everything|my history|my account)( to zero| and start fresh|)",
      "(don't|do not|stop) (keep|keeping|store|storing|remember|remembering|track|tracking|saving) my (data|information|progress|history)",
      "(how do i|can you|i want to|can i) (delete|erase|remove) my (data|information|history|account|profile)",
      "(clear|wipe|lose) my (saved place|place|routine progress|saved routine|routine history|bookmark)",
      "(i don't want|i'd rather you didn't have) (you to keep|you to store|you keeping) (my data|anything about me|my progress)",
      "(remove|delete) (whatever|anything|what) you (have saved|have stored|know|remember) about me",
      "(can you |please |)(stop remembering|don't remember|not remember|no longer remember) me( anymore| from now on|)",
    ],
    [
      `(please |)(delete|erase|clear|remove|wipe|get rid of) (my|all my) (data|information|history|stored information|saved progress)`,
    ],
    3,
  ),
};

/**
 * The long tail, in free text: carriers of their own, apart from AskAboutIntent's
 * ("what about {topic}", "does {topic} help"), which take an unknown topic too
 * and send it to the same search (lambda/handlers/answers.ts).
 */
const SEARCH: GrammarIntent = {
  name: "SearchIntent",
  slots: ["query"],
  samples: samples([
    "(search|look up|search for|find info on|look into|find something on) {query}",
    "(what's your take|what's your opinion|what's your view|what's the verdict|what's your verdict) on {query}",
    "(have you got|do you have|got) (any tips|any advice|any info|anything) on {query}",
    "(i heard|someone told me|my friend says|i read) {query} (is bad for your neck|is good for your neck|helps neck pain|is bad for you)",
    "(what does|how does) {query} (do for|affect) (my|your|the) neck",
    "(do|would) you recommend {query}( for my neck| for neck pain|)",
    "(what are|tell me) the (pros and cons|benefits|risks|downsides) of {query}",
    "(could|might) {query} be (making it worse|the problem|making my neck worse|to blame)",
    "(i've been|i was) (thinking about|reading about|looking into) {query}",
    "(is|are) {query} (overrated|a waste of time|worth trying|harmful|healthy)",
    "(is|are) {query} (bad|good|any good|okay)",
    "(is|are) {query} (a bad idea|bad for you)",
    "(is|are) {query} (bad|harmful|risky) for (me|my back|my shoulders)",
    "(does|do) {query} (mess up|damage|strain|ruin) (my|the) neck",
    "should i (avoid|stop|quit|give up|cut down on|buy|invest in|bother with) {query}",
    "what (happens|would happen) if i (try|do|use) {query}",
    "(does|do) {query} (really work|make a difference|do anything) for (my neck|neck pain)",
  ]),
};

/* ---------------------------------------------------------------- built-ins */

const BUILT_INS: readonly IntentLanguage[] = [
  {
    name: "AMAZON.HelpIntent",
    samples: spoken([
      "(what can you do|what can i ask you|what can i say|how does this work|how do i use this|what do i say|what should i say|what am i supposed to say|what can you help with|what can you help me with|what do you know)",
      "(help me out|i need help|i need some help|i'm confused|i'm lost|i'm stuck|help please|can i get some help|give me a hand)",
      "(i'm confused|i don't know|i'm not sure|no idea) what (to say|to do|i can say|i can ask|i'm doing)",
      "(uh |um |)help what do i do( here| now|)",
      "(what are|tell me|list|give me) (my options|the options|the commands|some examples|your commands|the things i can say|the voice commands)",
      "what are the (commands|controls|things i can say) (while stretching|during a routine|in a routine|for this)",
      "what (does this skill do|is this skill|does this do|are you for|kind of things can you do|sort of things can you do|are you able to do|is this app)",
      "(so |)(what's this|what is this) (thing|skill|app)",
      "(how do i|how can i) (get started|start|use you|use this skill|use this app|work this|control this|control the routine|talk to you|navigate this)",
      "(tell me|explain) (what you can do|how this works|how to use this|what i can say|the commands)",
      "(can you|could you) help me( out| please|)",
      "(instructions|directions|how to use this|user guide|a tutorial|help menu)( please|)",
      "(what|which) (words|commands|phrases) (do you understand|work here|can i use)",
      "what (features|functions|skills) (do you have|does this have|are there)",
      "(how does this skill work|how do you work|how does it work)( exactly|)",
    ]),
  },
  {
    name: "AMAZON.StopIntent",
    samples: spoken([
      "(quit|exit|goodbye|bye|bye bye|i'm leaving|that's all thanks|good night|see you later|see ya|talk to you later|later)",
      "(okay |alright |)stop( now| it| talking| right now| please| everything|)",
      "please stop( now| talking|)",
      "(exit|quit|close|leave|end|shut down) (the skill|this skill|the app|this app)",
      "(be quiet|shut up|quiet please|enough talking|stop talking now)",
      "(goodbye|bye|okay bye|alright bye) (for now|coach|thanks|thank you)",
      "(i'm|we're) (leaving now|going now|out of here)",
      "(turn|switch|shut) (it|this|yourself|this thing|the skill) off",
      "(turn|switch|shut) off( now| please| the skill| this skill|)",
      "(i want to|i'd like to|i wanna|let me|i need to|time to) (quit|exit|leave|close this|get out of here|turn this off|shut this off)",
      "(stop|quit|exit) (stop|right now|immediately|already|the app|all of it)",
      "(stop stop|stop stop stop|quit quit|off|shush|hush|silence|pipe down|zip it|shut it|cut it out)",
      "(just |please just |okay just |)(stop|quit|exit|be quiet|shut up)",
      "(cheerio|ta ta|catch you later|peace out|i'm off|see you tomorrow|see you next time|goodbye for now|night night|bye for now)",
      "(i'm|we're) (signing off|logging off|heading off|off now|all done here bye)",
      "(stop|quit|exit|close) (this|the program|everything now)",
      "(i want|i'd like) (you to stop|to stop the skill|to close the app|out)",
      "(please |can you |could you |)(stop|quit|exit|close) (the skill|the app|now please|talking please)",
    ]),
  },
  {
    name: "AMAZON.CancelIntent",
    samples: spoken([
      "cancel( that| it| this| please| everything|)",
      "no cancel",
      "never mind( that| cancel|)",
      "forget it",
      "(forget about it|scratch that|cancel the request|don't do that|no don't)",
      "cancel (that request|my request|the last request|that command|cancel|that please|it please)",
      "(nevermind|never mind then|never mind it|disregard that|ignore that|ignore me|undo that|my mistake|i didn't mean that|didn't mean that|i didn't mean to say that|not that)",
      "(oh|ah|um|oops|whoops|sorry|actually|no wait) (cancel|never mind|cancel that|scratch that|ignore that|forget it|cancel it)",
      "(forget|ignore|disregard) (i said anything|what i said|what i just said|that request|my last request|the last thing i said)",
      "(sorry |oops |whoops |)(wrong button|wrong one|i pressed the wrong thing|i said the wrong thing|i didn't mean to|that was a mistake|that was an accident|said that by accident|pressed that by accident) (cancel|cancel that|never mind|ignore that|)",
      "(that's not what i meant|that's not what i wanted|that's not what i asked for|not what i meant|i changed my mind|changed my mind)( cancel|)",
      "(abort|drop it|cancel that one|no scratch that|undo)",
      "(please |can you |could you |)(cancel|undo|ignore) (that|the last thing|what i just asked)",
    ]),
  },
  {
    name: "AMAZON.FallbackIntent",
    samples: samples([
      "my (knee|knees|lower back|back|shoulder|wrist|elbow|hip|ankle|foot|hamstring|calf|stomach|rotator cuff|groin|shin|toe|thumb) (hurts|clicks|aches|is sore|is killing me|hurts when i throw)( after (squats|running|lifting|training)|)",
      "how do i (fix|treat|stretch|heal|strengthen) my (lower back|knee|shoulder|wrist|hip|hamstrings|ankle|rotator cuff|calves|hip flexors)( pain|)",
      "(give me|make me|what's|what is|write me|plan) a (good |)(diet plan|meal plan|keto diet|workout plan|leg workout|chest workout|cardio plan|training split|marathon plan)",
      "how do i (lose weight|lose belly fat|get abs|build muscle|get bigger arms|get bigger biceps|grow my glutes|run faster|bulk up|gain weight|jump higher|cut weight)",
      "my (wrist|elbow|knee|lower back) (hurts|gets stiff|aches) when i (do push ups|do curls|do lunges|sit all day|type)",
      "(write me|make me|build me) a (gym schedule|workout schedule|training program|running plan) for the (week|month)",
      "how many (calories|grams of protein|carbs) (are in an egg|should i eat|do i burn running)",
      "(order|buy|add) (more |)(protein powder|creatine|supplements|paper towels|dog food|eggs)( to my cart| to my online cart| to my shopping list|)",
      "(what's|what is) the (weather|forecast|temperature|news|score|traffic) (today|tomorrow|tonight|like|)",
      "(play|put on|shuffle) (some |my |)(music|jazz|workout playlist|podcast|the radio|audiobook)",
      "(set|start|cancel) (a|an|my) (timer|alarm|countdown) (for (five|ten|twenty) minutes|for six am|)",
      "(wake me up|set an alarm) (at seven|in an hour|tomorrow morning)",
      "(remind me to|add a reminder to) (call my mom|buy milk|go to the gym at six|take out the trash)",
      "(turn|switch) (on|off) the (lights|tv|fan|heater|kitchen lights)",
      "(who|what team) (won|is winning) the (game|match|super bowl|world cup) (last night|today|)",
      "(what's|what is) the score in the (cricket|football|hockey|baseball|rugby)",
      "(how tall|how old|who) is (the president|mount everest|taylor swift)",
      "(what's|what is) (two plus two|the capital of france|the time in london|seven times eight)",
      "(convert|how many) (fifty kilos to pounds|miles in a kilometre|cups in a litre|ounces in a pound)",
      "(tell me|read me) (a story|the news|a fun fact|a riddle|a joke)",
      "(call|text|message|ring|phone) (mom|my mum|my wife|my boss|john|the doctor's office)",
      "(book|reserve|find) a (table for two|taxi|cab|flight|hotel room|uber)( at eight| tonight|)",
      "(what movies|what restaurants|which shops|what gym classes) are (open|playing|nearby|on)( tonight|)",
      "(what's for dinner|what should i cook|what's on tv)( tonight|)",
      "(flip a coin|roll a die|roll the dice|pick a number|spin the wheel|heads or tails)",
      "(i have|i've got) (a headache|a toothache|a cold|the flu|a stomach ache|a blister|a rash|a sore throat|shin splints|a sprained ankle|tennis elbow)",
      "(how do i|what's the best way to) (treat|get rid of|cure) (a headache|a cold|a toothache|shin splints|a blister|a sore throat|a sprained ankle)",
      "i (stubbed my toe|cut my finger|sprained my ankle|twisted my knee|hurt my back|burned my hand)( what do i do|)",
      "(sing me a song|what's your name|who made you|how are you|are you a robot|what's the meaning of life|do you like me|good morning|what day is it|i like turtles|i'm bored)",
      "(recommend|suggest|find me) (a good book|a movie|a recipe|a restaurant|a gym near me|running shoes)",
      "how (long|far) (should i run|is a marathon|does it take to build muscle|does it take to lose ten pounds)",
      "(what's the best|which is the best) (protein powder|running shoe|treadmill|yoga mat|gym membership|knee brace|pre workout)( for basketball| for running|)",
      "(is it|will it) (going to rain|be sunny|snow) (today|tomorrow|this weekend)",
      "(translate|how do you say|how do you spell) (hello|thank you|necessary) (in spanish|in french|)",
      "(what's my|check my) (bank balance|calendar|schedule|next meeting|step count|heart rate)",
      "(how do i|how can i) (increase|improve|boost) my (bench press|squat|deadlift) (max|one rep max|numbers)",
      "(play|put on|resume) the (latest|newest|last) episode of (my podcast|the podcast|my show|that series)",
      "(do you know|can you recommend) any good (podcasts|books|movies|songs|shows)",
      "(what's|what is) the (capital|population|currency|biggest city) of (australia|canada|japan|brazil|germany)",
      "(i love|i like|i hate|i'm craving) (pizza|tacos|cats|dogs|the beach|mondays|my job)",
      "did i (leave the (oven|stove|iron|lights) on|lock the (door|car)|feed the cat|take my vitamins)",
    ]),
  },
  {
    name: "AMAZON.NavigateHomeIntent",
    samples: spoken([
      "(main menu|home menu|the main menu|start menu|home screen|the home screen|home page|the home page|top menu|main screen)( please|)",
      "(go|take me|back|bring me|return|get me|head|jump) (back |)to the (main menu|home menu|home screen|home page|main screen|top menu|welcome screen|menu)",
      "(go|take me|bring me|head|get me) (back |)home( please| now|)",
      "(i want|show me|open|give me|i need) the (main menu|menu|home screen|home page|home menu)",
      "(can you |could you |please |)(take me|bring me|send me|get me) (home|to the menu|back to the main menu|to the home screen)",
      "(menu|home|main menu|the menu) (please|thanks|now)",
      "(um |uh |okay |so |)(menu please|main menu please|home please|back to the menu|to the menu)",
      "(let's go|i want to go|i'd like to go|let me go) (home|back home|to the main menu|back to the menu|to the home screen)",
      "(exit to|leave this and go to|out to) the (main menu|menu|home screen)",
      "(where's|where is|open up) the (main menu|menu|home screen)",
    ]),
  },
  {
    name: "AMAZON.YesIntent",
    samples: spoken([
      "(yeah|yep|yup|sure|okay|ok|sounds good|let's do it|go for it|absolutely|of course|uh huh|definitely)",
      "(yes|yeah|okay|sure) please",
      "(yeah|yep|okay|yes) sure",
      "(sure|okay|yes) thanks",
      "(yes|yeah|okay|alright) (let's do it|let's go|sounds good|definitely|go ahead)",
      "(sure thing|alright|yes definitely|why not|i'd like that|i would)",
      "(yeah|yes|yep) go on( then|)",
      "(yeah|yes|sure|okay|yep) (why not|that'd be great|that would be great|that sounds great|i'd love that|do it|i do|i am|please do|that's right|that's fine|i guess)",
      "(yes|yeah|yep) (i want that|i'd like that|that one)",
      "(sounds great|that works|works for me|fine by me|i'm in|i'm down|count me in|that's right|correct|right|you bet|i think so|i guess so|why not then|yes that's it)",
      "(okay|alright|fine|sure) (then|i'm in|if you like|that works)",
      "(yeah|yes) (definitely|absolutely|for sure|of course|totally)",
      "(aye|yea|ya|yah|yes sir|yes ma'am|mhm|mm hmm|affirmative|certainly|indeed|totally|gladly|righto|right oh|rather|sweet|cool|perfect|lovely|great|yes yes|yeah yeah|yep yep|ok then|okie dokie|okey dokey|alrighty)",
      "(aye|yup|yep|ya|yeah|yes|sure|okay|ok|absolutely|definitely) (please|go on|let's do it|do it|for sure|that's right|i'd like that|i do|sounds good|thanks|cheers|one more|another one|why not)",
      "(why not|sure|okay|yes|yeah|go on) (one more|another|another one|one more stretch|let's do one more|let's do another|i'd love another|another please)",
      "(uh|um|oh|well|so|hmm) (yeah|yes|okay|sure|yep|yup|aye) (okay|sure|yeah|alright|fine|then|i guess|why not|please|)",
      "(i'd love that|i would like that|that would be nice|that'd be nice|that sounds good|sounds like a plan|let's do that|i'm up for it|i'm up for that|i'm game|yes i would|i believe so|i suppose so|yes i do|please do|sure go ahead|by all means|you got it|go for it then|if you don't mind)",
      "(correct|that's correct|exactly|yes exactly|yes that's right|confirmed|yes i'm sure|i'm sure|yes i am|yes please do|yes do that|yes go for it|that's what i want)",
      "(yes|yeah|sure|okay) (i'm sure|i'm ready|i want to|i'd like to|i want one|let's have another)",
      "(sure|okay|yeah|go on|oh|well) why not",
      "why not (then|let's do it|go on|sure|let's do another)",
    ]),
  },
  {
    name: "AMAZON.NoIntent",
    samples: spoken([
      "(nah|nope|no thanks|no thank you|not now|not right now|not yet|i'm good|no not yet|no way|not today)",
      "(nah|no|nope) (i'm good|i'm fine|i'm okay|i'm all good|thanks|thank you|not really|not right now|not today|not this time|that's okay|that's fine|i'll pass|maybe later|i'm alright)",
      "(i'm okay|i'm fine|i'm alright|i'm all good) (thanks|thank you|for now)",
      "(not really|i'll pass|maybe later|maybe another time|not at the moment|no need|definitely not|not interested)",
      "(i'm|i am) (good|fine|okay) (no thanks|thanks|for now)",
      "(negative|naw|nah mate|no no|no no no|nope nope|nay|no sir|probably not|i don't think so|don't think so|i'd rather not|rather not|not for me|no chance|no siree|not likely|hard pass|pass|no ta|no cheers|nah thanks|no thanks though)",
      "(no|nah|nope|um no|uh no|well no|actually no|sorry no) (thanks|cheers|ta|i'm all set|i'm set|i'd rather not|i don't think so|not really|not interested|not another one|i don't want to|i'm okay thanks|maybe next time|another time|some other time|not now thanks|i'm fine thanks)",
      "(i'm|i am) (all set|set|good thanks|fine thanks|okay thanks|alright thanks)",
      "(i don't|i do not) (think so|want to|want that|want another|want another one|need that|need another one|want any more)",
      "(no|nah) (more for me|more thanks|more for me thanks|more for now)",
      "(not another one|not another|no more of those|none for me|none thanks|nothing for me|nothing else thanks|no i'm alright)",
      "(um |uh |hmm |well |ah |actually |so |)(no|nope|nah|no thanks)( thank you| sorry|)",
      "(i'd|i would) rather (not|not do that|not do another|not thanks|pass)",
      "(nope|nah|oh|um|hmm|no) (no way|not really)",
      "(no way|not really) (thanks|sorry|not today|i'm good|no)",
      "(no|nope|nah) (that's wrong|that's not right|incorrect|wrong|that's not it|not quite)",
    ]),
  },
  {
    name: "AMAZON.NextIntent",
    samples: spoken([
      "(next|next one|next stretch|next please|skip|skip this one|skip it|skip this stretch|skip please)",
      "(okay |)(done|finished|got it|ready) (next|next one|what's next)",
      "(i'm ready|ready)( for the next one|)",
      "done",
      "(move on|let's move on|on to the next one|go to the next stretch|next stretch please|done with this one|skip ahead)",
      "(finished|completed|done|did|nailed) (that one|this one|it|that|that stretch|this stretch)( next|)",
      "(onward|onwards|forward|moving on|next up|skip forward|fast forward|keep moving|advance|carry on to the next)",
      "(go|skip|move|jump|advance) (on |ahead |forward |)to the (next|following) (one|stretch|move|exercise)",
      "(can we|can you|let's|please|could you|can i) (go|move|skip|jump) (on |ahead |forward |)to the (next|following) (one|stretch|move)( please|)",
      "(that one's|that's|this one's|that stretch is) (done|sorted|finished|complete|over|done now)( next| mate next| move on|)",
      "(next|skip|pass) (please|thanks|then|one please|stretch then|one then)",
      "(okay |alright |right |good |got it |yep |cool |)(next|next one|move on|onward|onwards|moving on)",
      "(i'm |i am |)ready for the (next|next one|next stretch|next move|following one)",
      "(skip|pass on|pass|skip past|jump past) (this|that) (one|stretch|move|exercise)( please|)",
      "(i've|i have) (done|finished|completed) (that|this|it|that one|this one|that stretch)( already|)",
      "(i'm |i am |)(done|finished|through) with (that one|this one|that stretch|this stretch)",
      "(go|carry on|move on|keep going) to the next (one|stretch)",
      "(let's |can we |)(get|keep) (on|moving) (to|with) the next (one|stretch)",
      "(on to|onto|onwards to) the (next|following) (one|stretch|move)",
      "(um |okay |right |so |yep |)(next one please|next stretch please|on we go|let's go on|what else you got)",
      "(um |)(yeah |)(i'm good|all good|i'm fine|fine) (go ahead|next|next one|move on)",
      "(okay |)let's keep (it|things) moving( next| on to the next|)",
      "(i don't like this one|this one doesn't work for me|i'm not a fan of this one|not this one|i don't want this one|i'd rather not do this one) (skip it|can we skip it|let's skip it|next|move on)",
      "(ready when you are|i'm ready when you are|whenever you're ready) (go|next|next one)",
      "(can we |let's |)skip (this one|it|this stretch) (i don't like it|it doesn't work for me|not for me)",
    ]),
  },
  {
    name: "AMAZON.PreviousIntent",
    samples: spoken([
      "(go back|back up)( one| a stretch| to the last stretch| to the last one| please|)",
      "previous( one| stretch| please|)",
      "(the|go to the) (previous|last) (one|stretch)",
      "back to the last one",
      "the one before",
      "(take me|bring me|jump|skip|step|move) back (one|a stretch|to the last one|to the previous one|to the previous stretch|a step|to the one before)( please|)",
      "(rewind|backtrack|reverse|back)( one| a stretch| to the last one| please|)",
      "(redo|do) the (last|previous|earlier) (stretch|one|move|exercise)( again|)",
      "(i want to|can i|can we|let me|let's|i'd like to) (redo|go back to|return to|do) the (last|previous|prior) (stretch|one)( again|)",
      "(the one|the stretch) before (this|that|this one)( again| please|)",
      "(the one before|the stretch before) (again|please)",
      "(return to|go to|back to|jump to) the (previous|prior|earlier) (stretch|one|exercise|move)",
      "(oops|sorry|wait|whoops|um) (go back|back up|rewind|go back one)( i missed it| i missed that| i wasn't ready| i wasn't paying attention|)",
      "(previous|last) (one|stretch) (please|again)",
      "one (back|step back|stretch back)",
      "(go|take me) back (a step|one step|to where we were a minute ago)",
      "(redo|rewind) the last (stretch|one)",
      "(can we |could we |let's |)(go|jump|skip) back to the (earlier|previous|last|other) (one|stretch)",
      "(go|take me) back to the (shoulder|chin|side|neck) one",
      "(can we|could we|let's) (go|skip|jump) back (one|a stretch|to the one before)",
    ]),
  },
  {
    name: "AMAZON.RepeatIntent",
    samples: spoken([
      "(repeat|say|do) (that|it) again",
      "(do|show me) (this one|that one) again",
      "(repeat|repeat that|repeat the stretch|repeat this stretch|repeat the instructions)( please|)",
      "(what did you say|come again|pardon|sorry what|i missed that|i didn't catch that|what was that)",
      "(can you|could you) repeat (that|the instructions|the last part)",
      "(once more|one more time|let's do that again)",
      "(say|read|run|tell me) (that|it) (again|one more time|once more|back to me|out again)",
      "(could you|can you|would you|please) (say that|say it|read that|run that by me) (again|one more time|once more)( please|)",
      "(run that by me|read that out|go over that|explain that step) again",
      "(pardon me|sorry|excuse me|what) (could you repeat that|can you repeat yourself|come again|what was that|say again)",
      "(i didn't hear you|i didn't hear that|i couldn't hear you|i missed what you said|i didn't get that|i didn't catch what you said)( say it again| repeat that| please|)",
      "(repeat yourself|repeat the steps|repeat what you said|repeat the directions)( please|)",
      "(what do i do again|what was i supposed to do|what were the instructions|what was the instruction)",
      "(um |uh |sorry |huh |eh |)(what was that|what did you say|say again|come again|repeat that)",
      "(once more|again) (please|from the start of the stretch|with the instructions)",
    ]),
  },
  {
    name: "AMAZON.StartOverIntent",
    samples: spoken([
      "(start|begin) (over|again|from the beginning|from the top)",
      "(restart|restart the routine|restart from the beginning|from the top|start the routine over|go back to the beginning)",
      "let's start (that |it |)(again|over) (from the beginning|from the top|)",
      "(start|begin|do|run) (it|the whole thing|the whole session|everything|this|the session) (over|again|from the beginning|from the top|from scratch|from the start)",
      "(take it|let's take it|go|we'll take it) from the (top|start|beginning|very beginning)",
      "(start|begin|restart|go|do it) (all over|over|all over again) (from scratch|from the top|from the beginning|from stretch one|from the first stretch|)",
      "(let's|can we|i want to|i'd like to|please) (start over|restart|start from scratch|start afresh|start fresh|begin again|do it all over again|do it all again|reset|reset it|rewind to the beginning)",
      "(from scratch|all over again|from the very beginning|from the first one|from stretch one|back to square one|square one)",
      "(i messed up|i got lost|i lost track|i got confused|i lost my place|i messed it up) (let's|can we|i want to) (start over|restart|start again|begin again|start from the top)",
      "(restart|reset|reboot) (the whole thing|it|the session|the whole session)",
      "(back|go back|take me back|take it back) to (the first stretch|stretch one|square one|the very start|the start)",
      "(start|restart|begin) (from the first stretch|from stretch one|from square one|again from the top|the whole thing over)",
      "(can you |could you |)(restart|start over) (the whole thing|everything|from the beginning)( please|)",
    ]),
  },
  {
    name: "AMAZON.PauseIntent",
    samples: spoken([
      "pause( it| that| the routine| my routine| the stretches| here| a moment| for a bit|)",
      "(can you|could you|please) pause",
      "(take|let me take|i need) a break",
      "(pause|freeze|suspend|halt) (it|this|the session|the workout|the timer|the clock|everything|the countdown)( for a bit| for a minute| for a moment| for a while| please| for now|)",
      "(freeze|time out|timeout|halt|brb|be right back|pause button|pause pause)",
      "(hit|press|push|click) pause",
      "put (it|this|the session|things|everything) on (hold|pause)",
      "(let's take|can we take|i want|i need|i'll take|time for) a (break|quick break|short break|breather|pause|time out|five minute break|little break)",
      "(pause|freeze|pause it) (the phone's ringing|someone's here|phone call|back in five|bathroom break|one sec i'll be back)",
      "(pause it|pause) (i'll be|i will be) (right back|back in a bit|back in a minute|back soon)",
      "(can you|could you|can we|let's|please|just) (pause|freeze) (it|here|for a bit|for now|the session|the workout)( for me|)",
      "(just |um |okay |oh |)pause (it|that|for a minute|for a second|please|now)",
      "stop the (timer|clock|countdown)( for a minute|)",
      "pause (i need to|i have to|i've got to|i gotta|let me) (get the door|answer the phone|take this call|grab something|check on the kids|go to the bathroom|grab a drink|deal with something)",
      "pause (it |)(a moment|a second|a sec|a minute|a bit)",
    ]),
  },
  {
    name: "AMAZON.ResumeIntent",
    samples: spoken([
      "(resume|continue|keep going|go ahead|carry on|unpause|let's continue|i'm ready to continue)( please|)",
      "i'm back",
      "okay (carry on|continue|keep going|resume)",
      "(okay|alright|right|sorry about that|back now|i'm back) (let's|you can|we can) (resume|continue|carry on|keep going|get going again|press on)",
      "(resume|continue|unpause|unfreeze|restart) (it|the timer|the countdown|the stretch|the hold|from here|where you paused)",
      "(let's|we can|can we) (get going|go|get moving) again",
      "(keep it|keep things) (going|rolling|moving)",
      "(let's|okay) (keep|get) (going|moving|rolling)( again|)",
      "(play|resume|continue|unpause) (please|again|now|from here)",
      "(i'm|i am) (back|ready again|here again|good to go again|ready to keep going|ready to resume|ready to go on|back now)( let's go| let's keep going| carry on| continue|)",
      "(sorry for the interruption|sorry about that|okay i'm back|back again|that's sorted|done with the call|okay we're back) (carry on|let's continue|resume|keep going|you can continue|let's carry on)",
      "(you can |)(start|get) (it|things) (going again|back up|up again|moving again)",
      "(press on|un pause|unfreeze|keep rolling|roll on|play on|end the pause|stop pausing)",
      "(okay |alright |)(you can|please|go on and) (carry on|continue|resume|unpause)( now|)",
      "(carry on|continue|keep going|resume) (where you paused|from the pause|after the break|from where you stopped)",
    ]),
  },
];

export const EN_US: LocaleLanguage = {
  invocationName: "neck coach",
  synonyms: EN_SYNONYMS,
  intents: [
    TEACH_STRETCH,
    LIST_STRETCHES,
    NECK_PAIN_CAUSE,
    PREVENTION,
    RELIEF,
    ASK_ABOUT,
    ...SAFETY.slice(0, 2),
    START_ROUTINE,
    CONTINUOUS_ROUTINE,
    RESUME_ROUTINE,
    WHATS_NEXT,
    HOW_MANY_LEFT,
    ROUTINE_INFO,
    TELL_ME_MORE,
    ...SAFETY.slice(2),
    WAIT,
    PACE,
    END_ROUTINE,
    FORGET_ME,
    SEARCH,
    ...EN_US_REMINDERS,
    ...BUILT_INS,
  ].map(
    ({ essential = [], ...intent }: GrammarIntent): IntentLanguage => ({
      ...intent,
      samples: [...new Set([...(EN_US_CORE[intent.name] ?? []), ...essential, ...intent.samples])],
    }),
  ),
};
