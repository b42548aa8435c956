/**
 * English (US) language of Neck Coach: the invocation name and, per intent, a
 * grammar of its samples: carrier phrases (every common verb and sentence
 * form: commands, questions, "i want ..." statements, and the forms that follow
 * a one-shot's connecting word: "ask neck coach [if] i should ice my neck")
 * times the objects they take, written as templates (grammar.ts). Short
 * templates are expanded whole; long carriers are covered (every word of
 * every alternative in some sample) rather than multiplied out.
 *
 * Rules (tested): lower case; letters, spaces, apostrophes, periods in
 * abbreviations and hyphens only; numbers spelled out; no sample in two
 * intents; no sample that is only a slot; no sample containing the invocation
 * name. Slot values and synonyms come from models/content and en-synonyms.ts.
 */
import { EN_US_CORE } from "./en-US-core";
import { EN_SYNONYMS } from "./en-synonyms";
import { countExpansions, cover, expandAll } from "./grammar";
import { LEFT_OUT } from "./left-out";
import type { IntentLanguage, LocaleLanguage } from "./types";

/** Words people put in front of a request. */
const FILLER = "(um |uh |so |okay |ok |hey |well |like |alright |)";
/** Polite openers of a request. */
const ASK = "(can you |could you |would you |will you |please |can you please |)";
/** Polite closers. */
const PLEASE = "( please| for me| now| right now|)";
/** "i want to know ...": the statement forms of a question, also what a one-shot leaves after "tell neck coach". */
const WONDER = "(i want to know|i'd like to know|i was wondering|i wonder|tell me|can you tell me|do you know|i need to know|explain)";

/** Up to this many sentences a template is expanded whole; past it, covered (grammar.ts). */
const WHOLE = 6;

/**
 * Samples from templates (expanded whole when small, covered four times over
 * when large) and from long carriers covered `times` over.
 */
function samples(templates: readonly string[], covered: readonly string[] = [], times = 2): string[] {
  const written = templates.flatMap((t) => (countExpansions(t) <= WHOLE ? expandAll([t]) : cover(t, 2)));
  return [...new Set([...written, ...covered.flatMap((template) => cover(template, times))])];
}

/**
 * Samples as `samples` writes them, less those left out of every model
 * (left-out.ts): a sample that is dropped after the budget is chosen would
 * spend a place, and stand for its words, without reaching the model.
 */
function fresh(templates: readonly string[], covered: readonly string[] = [], times = 2): string[] {
  return samples(templates, covered, times).filter((s) => !LEFT_OUT.has(s));
}

/**
 * How many samples an intent holds at most, counting the hand-written ones
 * (en-US-core.ts) and the essential ones (`keep`), which all stay. A statistical understanding learns an
 * intent from the variety of its carrier phrases, not from their number:
 * thousands of near-repeats of a few frames drown the frames other intents
 * share words with, and an intent with six hundred samples beside one with
 * forty is taken for far more than it is. The grammar writes more; the most
 * varied of what it writes are kept (see `varied`).
 */
const BUDGET = 110;
/**
 * The budget of an intent with a slot of listed values (a custom slot type):
 * the classifier learns each of its samples filled with the slot's values in
 * turn, so it already sees every carrier two or more times over, and its words
 * outweigh those of the slotless intents they share ("my neck is so tight"
 * with "why is my neck so tight after {exercise}").
 */
const SLOT_BUDGET = 85;

/**
 * Samples that always stay, whatever the budget: the short frames the skill's
 * safety depends on ("so {symptom}") and the ones its tests and store examples speak.
 */
const ESSENTIAL = new Set<string>();

/** Every sentence of the templates, each kept in the model whatever the budget. */
function keep(templates: readonly string[]): string[] {
  const all = expandAll(templates);
  for (const sample of all) ESSENTIAL.add(sample);
  return all;
}

/** The words and word pairs of a sample: what a classifier can learn from it. */
function features(sample: string): string[] {
  const words = sample.split(" ");
  return [...words, ...words.slice(1).map((w, i) => `${words[i] ?? ""} ${w}`)];
}

/**
 * `count` of `samples`, chosen for variety: each pick is the sample with the
 * largest share of words and word pairs not yet in `kept` or an earlier pick
 * (the earliest such sample on a tie), so that the budget goes to different
 * carrier phrases rather than to near-repeats of one.
 */
function varied(samples: readonly string[], kept: readonly string[], count: number): string[] {
  if (samples.length <= count) return [...samples];
  const seen = new Set(kept.flatMap(features));
  const left = samples.map((sample) => ({ sample, features: [...new Set(features(sample))] }));
  const chosen: string[] = [];
  while (chosen.length < count && left.length > 0) {
    let best = 0;
    let bestGain = -1;
    left.forEach((item, i) => {
      const gain = item.features.filter((f) => !seen.has(f)).length / item.features.length;
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    const [pick] = left.splice(best, 1);
    if (!pick) break;
    chosen.push(pick.sample);
    for (const f of pick.features) seen.add(f);
  }
  return chosen;
}


/* ---------------------------------------------------------------- stretches */

const STRETCH_VERB =
  "(teach me|show me|walk me through|guide me through|take me through|talk me through|coach me through|run me through|lead me through|explain|describe|demonstrate|help me do|help me with|remind me how to do)";
const WANT = "(i want to do|i want to learn|i want to try|i'd like to do|i'd like to learn|i'd like to try|i need to learn|let's do|let's try|can we do|can i do|can we try|can i learn|i want|i need|give me)";
const ARTICLE = "(a |the |that |)";
/** A stretch in general, with the article it takes: "a stretch", "a good stretch for my neck". */
const A_STRETCH =
  "(a stretch|a neck stretch|a good stretch|a good neck stretch|a new stretch|a stretch for my neck|a stretch for a stiff neck|a stretch for a sore neck|a stretch for neck pain|an easy stretch|a quick stretch|a stretch i can do at my desk|any stretch|any neck stretch|one stretch|one good stretch|another stretch|some stretches for my neck)";

const TEACH_STRETCH: IntentLanguage = {
  name: "TeachStretchIntent",
  slots: ["stretch"],
  samples: keep(["{stretch} (please|for me|for my neck|for the neck|with me|next|time|now)", "how (do i|to|do you) do (a|the) neck stretch"]).concat(
    samples(
      [],
      [
        `${ASK}${STRETCH_VERB} ${ARTICLE}{stretch}${PLEASE}`,
        `${WANT} ${ARTICLE}{stretch}${PLEASE}`,
        "how (do i|do you|to|can i|should i|would i|does one) (do|perform) (a |the |)({stretch}|{stretch} stretch)( properly| correctly| right| again|)",
        "how (do i|do you|to|can i|should i) {stretch}",
        "(what is|what's) (a |the |)({stretch}|{stretch} stretch)",
        "(tell me|show me|teach me|explain|remind me) how to do (a |the |){stretch}",
        "(teach|show) me (how |)to {stretch}",
        "(what's|show me|teach me|do|i want|give me) the one where you {stretch}",
        "(the one|that one|the stretch) where you {stretch}",
        "(a |the |)({stretch}|{stretch} stretch) (please|for my neck)",
        "(let's|let me) (do|try|learn) (a |the |){stretch}",
        "how does (a |the |){stretch} work",
        "(i forgot|i don't remember) how to do (a |the |){stretch}",
        "(show|teach|tell) me the {stretch} (for my neck|stretch|one|again|)",
        "(can you |could you |)(walk|take|talk) me through (a |the |){stretch} (step by step|slowly|again|please)",
        "(okay |so |um |alright |)(teach me|show me|walk me through|how do i do) (a |the |){stretch}",
        "(what's|what is) the (right|proper|correct|best) way to do (a |the |){stretch}",
        "(how is|how's) (a |the |){stretch} (done|supposed to be done|performed)",
        "(give me|i need|read me) (the |)(steps|instructions|directions) for (a |the |){stretch}",
        "(can you |)show me how (a |the |){stretch} (goes|is done|works)",
        "how (would|do) i go about (doing |)(a |the |){stretch}",
        "(i'd like|i want|i need) (some help|help) with (a |the |){stretch}",
        "(coach|guide|help) me (through|with) (a |the |){stretch}( please| now|)",
        "(what are|tell me) the steps (for|of) (a |the |){stretch}",
        "(explain|describe) how to do (a |the |){stretch}( for me| step by step|)",
        "how do i do (one of those|those) {stretch}",
        "(i've heard of|someone told me about) (a |the |){stretch} how do i do (it|that)",
      ],
      1,
    ),
    samples(
      [],
      [
        `${ASK}(teach me|show me|give me|find me|suggest|recommend|pick|pick me|choose) ${A_STRETCH}${PLEASE}`,
        `(i want|i'd like|i need|let's do|can we do|can i get|how about) ${A_STRETCH}( please| now| right now|)`,
        `(i want to|i'd like to|i need to|can i|let me) (learn|do|try) ${A_STRETCH}`,
        `(what's|what is|tell me) ${A_STRETCH} (i can do|to do|for my neck|for today|)`,
        "(teach|show|give) me something (to stretch my neck|for my neck|for a stiff neck|for neck pain|to loosen my neck)",
        "(which|what) stretch should i (do|try|start with)( for my neck| first| today|)",
        "(help me|i need to) (stretch|loosen up) my neck",
        "(teach me how to|help me|how do i) loosen (up |)my (neck|traps)",
        "(surprise me|hit me) with a stretch",
        "just (one|a) (stretch|neck stretch)( please|)",
        "(like |okay |so |)just (teach|show) me (something|anything) to stretch my neck",
        "(can you |)(teach|show) me (how |)to stretch my neck",
        "(what's|what is) (one|a) stretch (i can do|that helps|that's good) for (my neck|a stiff neck|neck pain)",
        "(got|have you got|do you have) (a|any|one) (stretch|neck stretch|good stretch) (for me|for my neck|i can try)",
        "(i'd like|i want|i need) to (learn|try) (a new|one|a) stretch( for my neck| today|)",
        "(show|teach) me (a move|an exercise|something) (to loosen|to stretch|that stretches) my neck",
        "(what|which) stretch (helps|is good for|works for) (a stiff neck|a tight neck|neck pain|my neck)",
      ],
      1,
    ),
  ),
};

const LIST_STRETCHES: IntentLanguage = {
  name: "ListStretchesIntent",
  samples: samples(
    [
      "(what|which) (stretches|neck stretches|neck exercises|exercises|moves) (do you know|do you have|have you got|can you teach me|can you teach|can i do|are there|are available|do you offer)",
      "(list|name|read me|tell me|give me|show me|read out|go through) (all |)(the|your) (stretches|neck stretches)",
      "(read me|give me|show me|read out|go through) (the|your) (stretch list|list of stretches)",
      "(list|name|tell me) (all |)the stretches you know",
      "(what are|what're) (my|the) options for (stretches|stretching|neck stretches)",
      "(what are|what're|tell me) (all |)(the|your) (stretches|stretch options|neck stretches)",
      "how many stretches (do you know|are there|do you have|can you teach)",
      "(what|which) stretches (you know|there are|you have|i can do|you can teach)",
      "what (else|other stretches) can you teach me",
      "what kinds of stretches (do you have|are there|can you teach)",
      "(give me|read me|i want) (a|the) (list of|full list of) stretches",
      "(stretch list|stretch menu|stretch options|list of stretches)",
    ],
    [`${FILLER}${ASK}(list|name|tell me|read me|go over) (all |)the (stretches|neck stretches|stretches you know|stretches you've got)${PLEASE}`],
  ),
};

/* ---------------------------------------------------------------- answers */

/*
 * Question words agree with the verb that follows them: "why does my neck
 * hurt", "how come my neck hurts", "why is my neck sore". Each frame carries
 * its own verb forms, so that no combination is ungrammatical.
 */
/** "why does my neck ...": bare verb phrases. */
const HURT_VERB = "(hurt|ache|get sore|get stiff|get so stiff|get tight|feel sore|feel tight|feel stiff|kill me|bother me|feel wrecked)";
/** "how come my neck ...", "i want to know why my neck ...": third person verb phrases. */
const HURTS_VERB = "(hurts|aches|gets sore|gets stiff|gets so stiff|gets tight|feels sore|feels tight|kills me|is sore|is stiff|is so sore|is always sore|is killing me|is wrecked|is tight)";
/** "why is my neck ...": adjectives. */
const SORE_ADJ = "(sore|stiff|tight|achy|so sore|so stiff|always sore|always stiff|killing me|wrecked|aching|hurting|fried)";
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

const NECK_PAIN_CAUSE: IntentLanguage = {
  name: "NeckPainCauseIntent",
  slots: ["exercise", "cause"],
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
      ],
      1,
    ),
  ),
};

const HOW_TO = "(how do i|how can i|how should i|how to|what's the best way to|what can i do to|how would i|how do you)";
/** Before an exercise, each introducing word fitting "{exercise}" named as a noun or an -ing word. */
const DURING = "(during|on|when doing|while doing|in|with|for|when i do|when i'm doing)";
/** A verb phrase someone does at the gym, for "when i ..." frames. */
const I_LIFT = "(i lift|i train|i work out|i bench|i squat|i deadlift|i run|i swim|i press overhead|i do pull ups|i spar|i'm lifting|i'm training)";

const PREVENTION: IntentLanguage = {
  name: "PreventionIntent",
  slots: ["exercise", "habit"],
  samples: keep(["(does|do|will|would) {habit} help"]).concat(samples(
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
      ],
      1,
    ),
  )),
};

const NECK = "(my neck|my upper back|the back of my neck)";
const NECK_ARE = "(my traps|my neck and shoulders|my neck muscles|my shoulders|my neck and traps)";
const SORE =
  "(sore|stiff|tight|achy|aching|killing me|wrecked|fried|locked up|all locked up|tense|knotted|really sore|so stiff|super tight|so tight|really stiff|really tight|messed up|tweaked|hurting|toast|cooked|jacked up|stiff as a board|so sore|super stiff)";
const WHAT_NOW = "(what (should|do|can) i do( now| about it|)|what now|help|help me|how do i fix it|how do i fix this|any ideas|what helps|what do you suggest|what do i do now)";
const SINCE = "(after the gym|after training|after lifting|after my workout|after leg day|since yesterday|since yesterday's workout|since last night|since this morning|from working out|today|this morning|all day)";

const RELIEF: IntentLanguage = {
  name: "ReliefIntent",
  samples: keep(["my neck (is|feels) (so |really |super |)(tight|stiff|sore|achy)"]).concat(samples(
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
      "should i (rest my neck|keep training with a sore neck|work out with a sore neck|train through a sore neck)",
      "can i (work out|train|lift) with a (sore|stiff) neck",
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
    ],
    1,
  )),
};

const PROFESSIONAL = "(a doctor|the doctor|a physical therapist|a p t|a physio|a chiropractor|a specialist|a massage therapist|someone|a professional|a medical professional|an expert|a sports doctor|my doctor)";

const PROFESSIONAL_HELP: IntentLanguage = {
  name: "ProfessionalHelpIntent",
  samples: samples(
    [
      `(when|at what point) (should|do) i (see|go to|visit|call|talk to) ${PROFESSIONAL}( about (my neck|this|neck pain)| for (this|my neck|neck pain)|)`,
      `(should|do) i (see|go to|visit|call|talk to) ${PROFESSIONAL}( about (my neck|this|it)| for (this|my neck|neck pain)|)`,
      `do i need (to see |)${PROFESSIONAL}( for (this|my neck)|)`,
      "(do i need|should i get) physical therapy( for my neck|)",
      "(when should i|should i) get my neck (checked|checked out|looked at)",
      "(when do i need to|should i) get (this|it) (checked|checked out|looked at)",
      "is it time to see (a doctor|a professional|someone|a physio)",
      "when (do i need|should i get|is it time for) (professional|medical) help",
      "(should i get|do i need) (professional|medical) help",
      "(who|what kind of doctor) (should i see|treats neck pain|should i see about neck pain)",
      "how long should i wait (before|to) (seeing|see) a doctor",
      "(do i need|should i get) (a scan|an x ray|an m r i)( of my neck|)",
      "is this something (a doctor|a professional) should (look at|check)",
      "(can|could) a (physical therapist|physio|chiropractor|doctor) help (my neck|with this)",
      "should i see a (chiropractor|physio|physical therapist) or a doctor( for this|)",
    ],
    [
      `${FILLER}${WONDER} (when|if|whether) i should (see|go to|visit) ${PROFESSIONAL}( about my neck| for this|)`,
      `${FILLER}(should|do) i (see|go to) ${PROFESSIONAL} (about my neck|for this|for my neck|)`,
      `(i need|i should see|i should go to) ${PROFESSIONAL}( for this| about my neck|)`,
    ],
    3,
  ),
};

const KEY_TAKEAWAYS: IntentLanguage = {
  name: "KeyTakeawaysIntent",
  samples: samples(
    [
      "(what are|what're|give me|tell me|just) the (key|main|most important) (points|takeaways|things|things to remember|ideas)",
      "(give me|i want|just) the (short version|summary|quick summary|recap|rundown|overview|tl dr|highlights|gist|nutshell version|cliff notes)",
      "(give me|i want|just) a (short version|summary|quick summary|recap|rundown|quick overview)",
      "(sum it up|summarize|summarize it|recap)( for me| please|)",
      "(what's|what is) (the|your) (bottom line|gist|takeaway|main takeaway|main point|main thing to remember|best advice)",
      "(what should i|what do i need to) (remember|know)( about neck pain|)",
      "(in a nutshell|in short|long story short|cut to the chase)",
      "(tell me|give me) the basics",
      "what are the most important things( to know|)",
      "(key|main) (takeaways|points)",
      "the (main points|short version|key takeaways|bottom line|gist)",
    ],
    [`${FILLER}(so |)(what's the|give me the|just the|i want the) (bottom line|short version|main point|key takeaway|gist|summary)${PLEASE}`],
    3,
  ),
};

const SERIOUS = "(serious|dangerous|a bad sign|a warning sign|an emergency|something to worry about|a red flag|bad|worrying|concerning|normal)";

const WARNING_SIGNS: IntentLanguage = {
  name: "WarningSignsIntent",
  slots: ["symptom"],
  samples: samples(
    [
      "(what are|what're|tell me|list|name) the (warning signs|red flags|danger signs|serious symptoms|symptoms to watch for)",
      "what (warning signs|red flags|symptoms|signs) should i (watch out for|look out for|worry about|watch for)",
      "(which|what) (neck |)symptoms (are serious|are dangerous|mean something's wrong|mean something is really wrong|need a doctor|are an emergency)",
      "when is (neck pain|a sore neck|a stiff neck) (serious|an emergency|dangerous|something to worry about)",
      "how (do i|would i|can i) know if (it's|my neck pain is|this is|it is) (serious|an emergency|something serious)",
      "when should i (worry|be worried|be concerned|panic) about (my neck|neck pain|a sore neck)",
      "(is|could) my neck pain (be |)(serious|dangerous)",
      "what (signs|symptoms) mean (i need a doctor|it's serious|something's wrong)",
      `is {symptom} ${SERIOUS}( with neck pain| after training| after a workout|)`,
      "(should i|do i need to|would you) (worry|be worried|be concerned) (about|if i have|if i feel|if i get) {symptom}",
      `(is it|is that) ${SERIOUS} if (i have|i feel|i get|i've got|i had) {symptom}( after stretching| after training|)`,
      "should i (worry|be worried) if {symptom}",
      "is it serious if {symptom}",
      "what does {symptom} mean",
      "what does it mean if i have {symptom}",
      "what if i (have|get|feel) {symptom}",
      "can i (stretch|train|work out|keep training) with {symptom}",
      "when is {symptom} (serious|an emergency|dangerous)( with neck pain|)",
      "when should i (worry|be worried) about (feeling |having |){symptom}",
      "(does|do) {symptom} mean (something's wrong|it's serious|i need a doctor)",
    ],
    [
      `${FILLER}${WONDER} (if|whether) {symptom} is ${SERIOUS}`,
      `${FILLER}is {symptom} ${SERIOUS}`,
      `${FILLER}should i (be worried|worry|be concerned) about {symptom}`,
      `${FILLER}${WONDER} what the (warning signs|red flags|danger signs) are`,
      `${FILLER}(what are|which are) the (warning signs|red flags) (to watch for|i should know|for neck pain|)`,
    ],
    3,
  ),
};

const RED_FLAG: IntentLanguage = {
  name: "RedFlagIntent",
  slots: ["symptom"],
  samples: keep([
    "(so |okay |um |uh |also |and |)(i just|i) {symptom}",
    "(so|okay|um|uh|oh no|and|also|hey|well|oh) {symptom}",
    "(i think|i'm worried|i'm scared|it feels like) {symptom}",
    "i feel {symptom}",
  ]).concat(samples(
    [
      "(i have|i've got|i have got|i'm having|i am having|i also have|i'm getting|i get|i've had|i've been having|i keep getting|i noticed|i'm experiencing|i think i have) {symptom}",
      "i have {symptom} (and|with) (neck pain|a sore neck|my neck hurts)",
      "(my neck hurts|my neck is sore|my neck is stiff|i have neck pain) (and|with) {symptom}",
      "(my neck hurts|my neck is stiff|i have neck pain) and i (have|feel|got|have got) {symptom}",
      "{symptom} and (my neck hurts|now my neck hurts|my neck is sore|it hurts|my neck really hurts|now my neck really hurts)",
      "{symptom} and (hurt|injured|tweaked) my neck",
      "{symptom} (yesterday|today|last night|this morning) and (now |)my neck (hurts|really hurts|is sore)",
      "{symptom} (after|since) (my workout|training|lifting|the gym|stretching)",
      "(since|after) (my workout|lifting|training) (i have|i've had|i've got) {symptom}",
      "(help|please help|what do i do|what should i do) {symptom}",
      "{symptom} (what do i do|what should i do|help|is that bad|and it still hurts|and it hurts a lot|and it's getting worse)",
      "my neck hurts (since|after) {symptom}",
      "i (was|got) {symptom} (and|so) my neck hurts",
    ],
    [
      `${FILLER}(i have|i've got|i'm having|i think i have|i've been getting) {symptom} (and my neck hurts|after training|since my workout|today|)`,
      `${FILLER}{symptom} (and my neck hurts|and now my neck hurts|and it still hurts|what do i do|help|all of a sudden|out of nowhere|since yesterday)`,
      `${FILLER}(my neck hurts|my neck is really sore|my neck is stiff) and {symptom}`,
      `${FILLER}(i think |)(i |)(just |)(really |){symptom}( and i still am| and now my neck hurts|)`,
    ],
    3,
  )),
};

const STRAINING_LIFTS: IntentLanguage = {
  name: "StrainingLiftsIntent",
  samples: samples(
    [
      "(which|what) (lifts|exercises|moves|workouts|movements|exercises at the gym) (strain|hurt|are bad for|are hard on|put pressure on|put strain on|load|stress) (the|my|your) neck",
      "(list|name|tell me|give me) the (lifts|exercises|moves) that (strain|hurt|are bad for|load) (the|my|your) neck",
      "(which|what) (lifts|exercises|moves) (are worst|are the worst|are riskiest|are risky) for (the|my|your) neck",
      "(which|what) (lifts|exercises|workouts|moves) should i (avoid|watch out for|be careful with|be careful of|skip) (for|with|because of) my neck",
      "(what|which) (exercises|lifts) (can|might) (cause|lead to) neck pain",
      "(what|which) lifts (should i|do i need to) be careful (with|of)( for my neck|)",
      "(are there|what are) (lifts|exercises) that (strain|hurt) (the|my) neck",
    ],
    [
      `${FILLER}${WONDER} (which|what) (lifts|exercises) (strain|hurt|are bad for) (the|my|your) neck`,
      `${FILLER}(so |)(which|what) (lifts|exercises|moves) are (worst|bad|hardest) (for|on) (the|my|your) neck`,
    ],
    3,
  ),
};

const ICE_OR_HEAT: IntentLanguage = {
  name: "IceOrHeatIntent",
  samples: samples(
    [
      "(should i use|do i use|is it better to use|should i try|do i want) (ice or heat|heat or ice|ice or a heating pad|hot or cold)",
      "(ice or heat|heat or ice|hot or cold|ice vs heat|cold or hot) (for|on) (a sore neck|my neck|neck pain|a stiff neck|sore traps)",
      "(ice or heat|heat or ice)( for this|)",
      "should i (put|use) (ice|heat|an ice pack|a heat pack|a heating pad|a hot pack|a cold pack|a hot towel|a bag of frozen peas) on (my neck|it)",
      "(should i|can i|do i) (ice|heat) (my neck|it)",
      "(should i|do i) (ice it or heat it|heat it or ice it|ice my neck or heat it|heat my neck or ice it)",
      "(is|would) (ice|heat|a heating pad|an ice pack) (be |)(good|better|best) for (a sore neck|neck pain|my neck|a stiff neck)",
      "is (heat|a heating pad) better than (ice|an ice pack)",
      "is (ice|an ice pack) better than (heat|a heating pad)",
      "(does|will|would) (ice|heat|a hot shower|a warm shower|a heating pad|an ice pack) help (a sore neck|neck pain|my neck|a stiff neck)",
      "(how long|how often) should i (ice|heat) my neck",
      "(i should|whether i should|if i should) (use ice|use heat|ice my neck|heat my neck|use ice or heat)",
    ],
    [
      `${FILLER}should i (ice it or heat it|heat it or ice it)`,
      `${FILLER}${WONDER} (if|whether) i should (use|put) (ice|heat|an ice pack|a heating pad)( on my neck|)`,
      `${FILLER}(is it |)(ice or heat|heat or ice|hot or cold|cold or hot|ice vs heat) (for|with) (a sore neck|neck pain|my neck)`,
    ],
    3,
  ),
};

const MEDICINE = "(ibuprofen|painkillers|pain killers|a painkiller|advil|tylenol|aspirin|anti inflammatories|an anti inflammatory|motrin|aleve|naproxen|acetaminophen|paracetamol|something for the pain|pain meds|pain medication|pain relievers|a pain reliever|muscle relaxers)";
/** One medicine, taking "is" and "does". */
const MEDICINE_ONE = "(ibuprofen|a painkiller|advil|tylenol|aspirin|an anti inflammatory|motrin|aleve|naproxen|acetaminophen|paracetamol|pain medication|a pain reliever)";
/** Medicines, taking "are" and "do". */
const MEDICINES = "(painkillers|pain killers|anti inflammatories|pain meds|pain relievers|muscle relaxers)";

const PAIN_MEDICINE: IntentLanguage = {
  name: "PainMedicineIntent",
  samples: samples(
    [
      `(can|should|could) i take ${MEDICINE}( for my neck| for neck pain| for this|)`,
      `is ${MEDICINE_ONE} (okay|good|safe|fine|a good idea) (for|with) (neck pain|a sore neck|my neck)`,
      `are ${MEDICINES} (okay|good|safe|fine|a good idea) (for|with) (neck pain|a sore neck|my neck)`,
      `(will|would|can) ${MEDICINE} help( neck pain| my neck| with the pain| a sore neck|)`,
      `does ${MEDICINE_ONE} help( neck pain| my neck| with the pain|)`,
      `do ${MEDICINES} help( neck pain| my neck| with the pain|)`,
      "what (painkillers|pain relievers|medicine|medication|pills) (can|should) i take( for my neck|)",
      `(what about|how about) ${MEDICINE}`,
      `(i can|i should|whether i can|if i can|if i should) take ${MEDICINE}`,
      `(is it okay|is it safe) to take ${MEDICINE}`,
      `(tell me|i want to know) about ${MEDICINE}`,
    ],
    [`${FILLER}${WONDER} (if|whether) (i can|i should) take ${MEDICINE}( for my neck|)`, `${FILLER}is ${MEDICINE_ONE} (okay|safe|good) (for neck pain|for my neck)`],
    3,
  ),
};

const SORENESS_DURATION: IntentLanguage = {
  name: "SorenessDurationIntent",
  samples: samples(
    [
      "how long (will|does|should) (the soreness|neck soreness|a sore neck|the stiffness|this|it|neck pain|my sore neck|the pain) (last|take to heal|take to go away|take to get better)",
      "how long (will|does|should) my neck (stay sore|be sore|take to heal|take to get better|hurt)",
      "how long is (this|it|the soreness|the pain|my neck) (going to last|gonna last|going to hurt|going to be sore)",
      "how long (will my neck be sore|until my neck feels better|until the soreness goes away|should neck pain last|before my neck feels better|is this gonna last|is this going to last)",
      "when (will|does) (the soreness|my neck pain|my sore neck|the stiffness|the pain|it) (go away|stop|ease|ease up|get better|settle down)",
      "how many days (until|before) (my neck|it) (feels better|stops hurting)",
      "how many days will (my neck|it) (be sore|hurt)",
      "(is it normal|is it okay) (for my neck |)to (be sore|stay sore|hurt) for (a few days|days|two days|this long)",
      "how long (does|do) (soreness|neck soreness|muscle soreness|a stiff neck) (usually |normally |)last",
      "(how long|when) will (i|my neck) feel (normal|better) again",
      "how long (till|until) (i feel|my neck feels) (normal|better) again",
    ],
    [
      `${FILLER}(my neck's|my neck has) been sore for (a day|two days|a few days|three days) how long (is this gonna|will it|is it going to) last`,
      `${FILLER}${WONDER} how long (my neck will be sore|neck soreness lasts|the soreness will last|my sore neck will last|this will last)`,
    ],
    3,
  ),
};

const NUTRITION: IntentLanguage = {
  name: "NutritionIntent",
  samples: samples(
    [
      "what should i (eat|drink|eat and drink|have) (for recovery|to recover|after training|after a workout|so my neck recovers|for my muscles)",
      "(does|will|would|can) (drinking water|water|hydration|staying hydrated|diet|protein|food|eating well|nutrition) help (my neck|neck pain|recovery|sore muscles|my neck recover|me recover)",
      "(what|which) (foods|drinks) (help with recovery|help muscle recovery|help sore muscles|are good for recovery|are good for my neck)",
      "what food (helps with recovery|helps sore muscles|is good for recovery)",
      "how much water should i (drink|have)( after training| after a workout| for recovery| a day|)",
      "how much protein should i (eat|have|get)( after training| after a workout| for recovery| a day|)",
      "(should i|do i need to) (drink more water|eat more protein|stay hydrated|take supplements)",
      "is (hydration|water|protein|diet|nutrition) important for (recovery|sore muscles|neck pain)",
      "does (hydration|water|protein|diet|nutrition) matter for (recovery|sore muscles|neck pain)",
      "(what to|how to) (eat|drink) (for recovery|to recover|after training)",
      "(nutrition|food|diet|hydration) (for|and) recovery",
      "(can|does) (dehydration|not drinking enough water) (cause neck pain|cause cramps|make my neck sore)",
    ],
    [
      `${FILLER}${WONDER} (what to eat|what to drink|how much water i should drink|what i should eat) (for recovery|after training|to recover|)`,
      `${FILLER}what should i (eat|drink) (after training|after the gym|to recover) (so my neck recovers|for my neck|)`,
    ],
    3,
  ),
};

const STRETCH_SAFELY: IntentLanguage = {
  name: "StretchSafelyIntent",
  samples: samples(
    [
      "how (do i|can i|should i|to) stretch (safely|without hurting myself|the right way|properly|correctly|my neck safely|my neck properly)",
      "how (far|hard|often|long|much|many times a day|many times a week) should i stretch( my neck|)",
      "how (far|hard|often) (to|do i) stretch( my neck|)",
      "how do i know if i'm (overstretching|stretching too far|stretching too hard|pushing too far)",
      "(can|could) i stretch (too much|too often|too hard|too far)",
      "is it (safe|okay|fine) to stretch (every day|my neck every day|when it hurts|when i'm sore|twice a day)",
      "(what's|what is) the (safe|right|best) way to stretch",
      "should stretching (hurt|be painful)",
      "does stretching (hurt|have to hurt)",
      "(any |give me |)(tips|rules|advice) (for|on) (stretching safely|safe stretching|stretching my neck)",
      "is (overstretching|stretching too much) (bad|dangerous)",
      "can (overstretching|stretching too much) hurt my neck",
    ],
    [
      `${FILLER}${WONDER} (how to stretch safely|how often i should stretch|how far to stretch|how far i should stretch|how hard to stretch)`,
      `${FILLER}how long should i hold (a stretch|each stretch)`,
      `${FILLER}how (often|many times a day) should i do (my stretches|the stretches)`,
    ],
    3,
  ),
};

/* ---------------------------------------------------------------- routines */

const START = "(start|begin|do|run|play|launch|give me|lead me through|guide me through|take me through|walk me through|coach me through|put on|kick off|let's do|let's start|i want to do|i'd like to do|i want|can we do|can you start|can you do)";

const START_ROUTINE: IntentLanguage = {
  name: "StartRoutineIntent",
  slots: ["routine"],
  samples: samples(
    [
      `${START} (the|a|my|that) {routine}`,
      `${START} (the|a|my) {routine} (please|now|for me|routine|stretches)`,
      "(let's|let me|i want to|i'd like to) (do|start|try) the {routine}",
      "i (just finished|finished|am done) (lifting|training|working out|my workout) (start|do|give me) the {routine}",
      "(the|a) {routine} (please|sounds good|today|now)",
      "(go with|i'll take|i'll go with|i choose|pick|let's go with) the {routine}",
      "(start|begin|do) (my|a|the) (routine|neck routine|stretching routine|stretches|workout|guided routine|stretching session|session)",
      "(let's|i want to|i'd like to) (stretch|start stretching|get started|do a routine|do my stretches|do a guided routine)",
      "(start|let's start) stretching( with a routine|)",
      "(stretch|do a routine) with me",
      "(give me|i want|i need) a (routine|workout for my neck|stretching routine|guided routine|neck routine)",
      "(coach|guide|take) me through a routine",
      "i've got (five|two|ten) minutes (let's stretch|let's do a routine|give me a routine)",
    ],
    [
      `${FILLER}${START} the {routine} (please|now|)`,
      `${FILLER}(let's|can we|i want to) (do|start) (the|a) {routine} (today|now|please|)`,
      `${FILLER}(okay |)(let's do|start|begin|i want) a (routine|guided routine|stretching routine|neck routine) (please|now|)`,
    ],
    3,
  ),
};

const CONTINUOUS = "(without stopping|straight through|nonstop|non stop|without pauses|without pausing|without breaks|without waiting|back to back|in one go|all the way through|continuously|without asking me|without waiting for me|hands free|on its own|on your own)";

const CONTINUOUS_ROUTINE: IntentLanguage = {
  name: "ContinuousRoutineIntent",
  slots: ["routine"],
  samples: samples(
    [
      `(play|run|do|go through|start|give me) (the|my) {routine} ${CONTINUOUS}`,
      `(play|run|do|go through|start) (it|the whole thing|the whole routine|the routine|everything|all the stretches|the stretches) ${CONTINUOUS}`,
      "(don't|do not) (stop|wait for me|ask me|pause) between (stretches|each stretch|the stretches)",
      "(i don't want to|don't make me) (say next|talk|keep saying next)",
      "(continuous|hands free|nonstop) (mode|routine|session)",
      "start (a|the) {routine} in continuous mode",
      "(just |)(keep going|play it) (on your own|without me|without asking)",
      "(no|without) (breaks|stopping|pauses) (please|between stretches|)",
    ],
    [
      `${FILLER}(can you |just |)(play|run|do) (it|the routine|the {routine}|everything) ${CONTINUOUS}( i don't want to talk| please|)`,
      `${FILLER}(play|run|do) the {routine} ${CONTINUOUS}`,
    ],
    3,
  ),
};

const RESUME_ROUTINE: IntentLanguage = {
  name: "ResumeRoutineIntent",
  samples: samples(
    [
      "(resume|continue|finish|pick up|carry on with|keep going with|get back to|go back to|back to|jump back into|return to) (my|the) (routine|stretches|workout|session|routine from earlier|routine from last time|last routine)",
      "(pick up|continue|carry on|resume|start again) (from |)where (i|we) (left off|stopped)",
      "(pick up|continue|carry on|resume) where we were",
      "(let's |can we |i want to |can i )(finish|resume|continue|pick up) (my|the) (routine|stretches)( from earlier| from last time| i didn't finish|)",
      "(where was i|where were we|where did i leave off|where did we stop)",
      "pick my routine back up",
      "(can i|let me) carry on with the (stretches|routine) i didn't finish",
      "(finish|complete) the (routine|stretches) i (started|didn't finish)",
    ],
    [`${FILLER}(let's |can we |i'd like to |)(resume|continue|finish|pick up) (my|the) (routine|stretches) (from earlier|from before|from last time|where i left off|)`],
    3,
  ),
};

const WHATS_NEXT: IntentLanguage = {
  name: "WhatsNextIntent",
  samples: fresh(
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
    [`${FILLER}(what's|what is|which stretch is|which one's) (next|after this|coming up|up next)`, `${FILLER}(what comes|what are we doing|what will we be doing|what do i do) (next|after this)`],
    3,
  ),
};

const HOW_MANY_LEFT: IntentLanguage = {
  name: "HowManyLeftIntent",
  samples: fresh(
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
    [`${FILLER}how many (stretches |more |)(are left|left|to go|are remaining|remain)( in this routine|)`, `${FILLER}(is this the last one|are we nearly done|how much longer|how many more)( then|)`],
    3,
  ),
};

const ROUTINE_INFO: IntentLanguage = {
  name: "RoutineInfoIntent",
  slots: ["routine"],
  samples: samples(
    [
      "(what|which) (routines|guided routines|stretching routines) (do you have|are there|can i do|do you know|do you offer|can you run|can you do)",
      "(tell me|what can you tell me) about (the|your) (routines|guided routines)",
      "tell me about the {routine}",
      "how long is the {routine}",
      "how long (does|will) the {routine} (take|last)",
      "how (many minutes|much time) (does|will) the {routine} take",
      "how many minutes is the {routine}",
      "(what's|what is|what stretches are|which stretches are) in the {routine}",
      "what (does|do) the {routine} (include|have in it|cover)",
      "how long are (the|your) routines",
      "what's the difference between the routines",
      "(list|name) (the|your) routines",
      "what (kind|kinds) of routines (do you have|are there)",
      "(how long|how many minutes) (the|your) {routine} (is|takes|lasts)",
      "what routines there are",
      "which (routine|one) (should i do|is best|is the shortest|is the longest)",
    ],
    [
      `${FILLER}${WONDER} (how long the {routine} (is|takes)|what's in the {routine}|what routines (you have|there are))`,
      `${FILLER}(what|which) routines (do you have|are there|can i do)`,
    ],
    3,
  ),
};

/* ---------------------------------------------------------------- mid-routine */

const TELL_ME_MORE: IntentLanguage = {
  name: "TellMeMoreIntent",
  samples: samples(
    [
      "(tell me|say|give me|i want to hear) more( about (that|this|it)| please|)",
      "(can you |could you |)(explain|expand on) (that|that more|this|it|more)",
      "(and |so |)why (is that|does that happen|does that matter|is it)",
      "(and |so |okay |)(how come|how so|why)",
      "what else( should i know| is there| can you tell me|)",
      "(go on|keep going with that|more please|more info|more information)",
      "(i want to|i'd like to) (know|hear|learn) more( about that|)",
      "what do you mean( by that|)",
      "(tell me|explain) (why|how come)",
      "(can you |could you |)(go into more detail|elaborate)( on that|)",
      "(and |)then what",
      "(really|is that right) (why|how come)",
    ],
    [`${FILLER}(okay |)(tell me more|explain that|go on)( about that| please|)`, `${FILLER}(okay |)(what else|and why is that)( please|)`],
    3,
  ),
};

const DISCOMFORT: IntentLanguage = {
  name: "DiscomfortIntent",
  samples: samples(
    [
      "(ouch|ow|owie|ow ow|ow ow ow|ouch ouch|yikes|oof)( that hurts| that's sore|)",
      "(that|this|it) (hurts|is painful|is too much|doesn't feel right|feels wrong|feels off|is pinching|pinches|is pulling too much|stings|kills)",
      "(that|this) stretch (hurts|is too much|is painful|doesn't feel right)",
      "it's (pinching|pulling too much|too much|painful|too intense|hurting)",
      "i feel a (pinch|sharp pain|pulling|twinge|strain|pain) (in my neck|there|)",
      "something (feels|is) (off|wrong|not right)",
      "(that's|that is) (too much|pulling too hard|too intense|too far|too hard|uncomfortable)( for me|)",
      "(that|it) (kind of|kinda|really|sort of) hurts",
      "i can't do (this|that) (one|stretch|)( it hurts|)",
      "(this|that) (is|feels) (uncomfortable|painful|too much)",
    ],
    [`${FILLER}(ow|ouch|uh|hmm|) (that|this|it) (kinda|kind of|really|) (hurts|doesn't feel right|pinches|feels off)`, `${FILLER}(ow|ouch|uh|hmm|) (that|this|it) is (really |kind of |)(too much|pinching)`],
    3,
  ),
};

const WAIT: IntentLanguage = {
  name: "WaitIntent",
  samples: fresh(
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
    [`${FILLER}(wait|hang on|hold on|hold up|hang about|wait up) (a sec|a second|a moment|one sec|i'm not ready|i'm not there yet|just a moment|)`],
    3,
  ),
};

const PACE: IntentLanguage = {
  name: "PaceIntent",
  slots: ["pace"],
  samples: fresh(
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
      "(put|set|turn|bring) (it|things|the pace|everything) back to {pace}",
      "(honestly |actually |hmm |)(it's|this is) (a bit |way |far |)(too |){pace}",
    ],
    [
      `${FILLER}(can you |could you |please |)(go|be|count|talk|make it) {pace} (please|a bit|now|)`,
      `${FILLER}{pace} (please|from now on|for me|this time)`,
      `${FILLER}(i want|i need|give me) {pace} (on each hold|on these|please|)`,
    ],
    3,
  ),
};

const END_ROUTINE: IntentLanguage = {
  name: "EndRoutineIntent",
  samples: fresh(
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
      "(i think |okay |)(i'm|i am) (done|done for today|done for now|finished for today|good for today|ready to stop|all stretched out)",
      "(okay |)(enough|enough for now|enough for today|enough stretching)( thanks|)",
      "(i'm|i am) (too tired|tired|worn out) (let's stop|to keep going|to continue)",
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
    ],
    [`${FILLER}(i'm done|i'm finished|that's enough|let's call it there|i've had enough|that's it for me|i'll stop here)( for today| for now|)`],
    3,
  ),
};

const FORGET_ME: IntentLanguage = {
  name: "ForgetMeIntent",
  samples: samples(
    [
      "(delete|erase|clear|remove|wipe) (my|all my) (data|information|info|history|stored data|stored history|stored information|progress|saved progress|records|details)",
      "(delete|erase|clear|wipe) everything( you know about me| you have on me| about me|)",
      "forget (me|about me|everything about me|my data|who i am)",
      "(i want you to|please) forget (me|everything about me)",
      "reset (my data|my progress|everything)",
      "(don't|do not) (keep|store|remember) my (data|information|progress)",
      "(how do i|can you|i want to) delete my (data|information|history)",
    ],
    [`${FILLER}(please |)(delete|erase|clear|remove|wipe) (my|all my) (data|information|history|stored information)`],
    3,
  ),
};

const SEARCH: IntentLanguage = {
  name: "SearchIntent",
  slots: ["query"],
  samples: samples([
    "(what about|how about|and what about|so what about|okay what about|what about using|what about trying) {query}",
    "(and what about|so what about|what about|how about) {query} (then|for my neck|for neck pain|for a sore neck)",
    "tell me (about|something about|more about|what you know about) {query}",
    "(what do you think|what do you know|what can you tell me|what's the deal|what's the story|what does the coach say) about {query}",
    "(can you tell me|i want to know|i'd like to know|i want to hear|tell me everything) about {query}",
    "(is|are) {query} (bad|good|okay|safe|healthy|harmful|a problem) for (my neck|your neck|the neck|neck pain)",
    "(is|are) {query} (bad|good|okay|a good idea|a bad idea|worth it|worth trying|harmful|safe)",
    "(is|are) {query} bad for (me|you)",
    "(does|do|would|will|can|could) {query} (help|help my neck|help at all|help with a stiff neck|work|make a difference|do anything)",
    "(does|do|can|could|would) {query} (hurt|mess up|damage|strain|ruin) (my|your|the) neck",
    "should i (try|use|get|buy|avoid|stop|quit|be doing) {query}",
    "(is it okay|is it bad|is it safe|is it good) to (use|try|do|keep) {query}",
    "(have you got|do you have|got) (anything|any tips|tips|advice|any advice|information|info) (on|about) {query}",
    "(what's your take|what's your opinion|what's your view|any thoughts) on {query}",
    "(search|look up|find|search for) {query}",
    "(i heard|someone told me|my friend says) {query} (is bad for your neck|is good for your neck|helps|helps neck pain)",
    "(what does|how does) {query} (do for|affect) (my|your|the) neck",
  ]),
};

/* ---------------------------------------------------------------- built-ins */

const BUILT_INS: readonly IntentLanguage[] = [
  {
    name: "AMAZON.HelpIntent",
    samples: samples([
      "(what can you do|what can i ask you|what can i say|how does this work|how do i use this|what do i say|what should i say|what am i supposed to say|what can you help with|what can you help me with|what do you know)",
      "(help me out|i need help|i need some help|i'm confused|i'm lost|i'm stuck|help please|can i get some help)( here|)",
      "(i'm confused|i don't know|i'm not sure) what (to say|to do|i can say|i can ask)",
      "(uh |um |)help what do i do( here|)",
      "(what are|tell me|list|give me) (my options|the options|the commands|some examples|your commands|the things i can say)",
      "what (does this skill do|is this skill|does this do|are you for|kind of things can you do|sort of things can you do|are you able to do)",
      "(how do i|how can i) (get started|start|use you|use this skill|work this)",
      "(tell me|explain) (what you can do|how this works|how to use this|what i can say)",
      "(can you|could you) help me( out| please|)",
      "(instructions|directions|how to use this)( please|)",
    ]),
  },
  {
    name: "AMAZON.StopIntent",
    samples: fresh([
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
    samples: fresh([
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
      "my (knee|knees|lower back|back|shoulder|wrist|elbow|hip|ankle|foot|hamstring|calf|stomach) (hurts|clicks|aches|is sore|is killing me)( after (squats|running|lifting|training)|)",
      "how do i (fix|treat|stretch|heal) my (lower back|knee|shoulder|wrist|hip|hamstrings|ankle)( pain|)",
      "(give me|make me|what's|what is) a (good |)(diet plan|meal plan|keto diet|workout plan|leg workout|chest workout|cardio plan)",
      "how do i (lose weight|lose belly fat|get abs|build muscle|get bigger arms|run faster|bulk up|gain weight|jump higher)",
      "how many (calories|grams of protein|carbs) (are in an egg|should i eat|do i burn running)",
      "(order|buy|add) (more |)(protein powder|creatine|supplements|paper towels|dog food)( to my cart|)",
      "(what's|what is) the (weather|forecast|temperature|news|score) (today|tomorrow|tonight|)",
      "(play|put on|shuffle) (some |my |)(music|jazz|workout playlist|podcast|the radio)",
      "(set|start) (a|an) (timer|alarm) for (five|ten|twenty) minutes",
      "(remind me to|add a reminder to) (call my mom|buy milk|go to the gym)",
      "(turn|switch) (on|off) the (lights|tv|fan|heater)",
      "(who|what team) (won|is winning) the (game|match|super bowl) (last night|today|)",
      "(how tall|how old|who) is (the president|mount everest|taylor swift)",
      "(what's|what is) (two plus two|the capital of france|the time in london)",
      "(tell me|read me) (a story|the news|a fun fact|a riddle)",
      "(call|text|message) (mom|my wife|my boss|john)",
      "(what movies|what restaurants|which shops) are (open|playing|nearby)( tonight|)",
      "(i have|i've got) (a headache|a toothache|a cold|the flu|a stomach ache|a blister|a rash|a sore throat|shin splints|a sprained ankle|tennis elbow)",
      "(how do i|what's the best way to) (treat|get rid of|cure) (a headache|a cold|a toothache|shin splints|a blister|a sore throat|a sprained ankle)",
      "i (stubbed my toe|cut my finger|sprained my ankle|twisted my knee|hurt my back|burned my hand)( what do i do|)",
      "(sing me a song|what's your name|who made you|how are you|are you a robot|what's the meaning of life|do you like me|good morning|what day is it)",
      "(recommend|suggest|find me) (a good book|a movie|a recipe|a restaurant|a gym near me|running shoes)",
      "how (long|far) (should i run|is a marathon|does it take to build muscle|does it take to lose ten pounds)",
      "(what's the best|which is the best) (protein powder|running shoe|treadmill|yoga mat|gym membership)",
      "(is it|will it) (going to rain|be sunny|snow) (today|tomorrow|this weekend)",
    ]),
  },
  {
    name: "AMAZON.NavigateHomeIntent",
    samples: fresh([
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
    samples: fresh([
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
    samples: fresh([
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
    samples: fresh([
      "(next|next one|next stretch|next please|skip|skip this one|skip it|skip this stretch|skip please)",
      "(okay |)(done|finished|got it|ready) (next|next one|what's next)",
      "(i'm ready|ready)( for the next one|)",
      "done",
      "(move on|let's move on|on to the next one|go to the next stretch|next stretch please|done with this one|skip ahead)",
      "(finished|completed|done|did|nailed) (that one|this one|it|that|that stretch|this stretch)( next|)",
      "(onward|onwards|forward|moving on|next up|skip forward|fast forward|keep moving|advance|let's keep moving|carry on to the next)",
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
    ]),
  },
  {
    name: "AMAZON.PreviousIntent",
    samples: fresh([
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
      "(can we|could we|let's) (go|skip|jump) back (one|a stretch|to the one before)",
    ]),
  },
  {
    name: "AMAZON.RepeatIntent",
    samples: fresh([
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
    samples: fresh([
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
    samples: fresh([
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
    ]),
  },
  {
    name: "AMAZON.ResumeIntent",
    samples: fresh([
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
    PROFESSIONAL_HELP,
    KEY_TAKEAWAYS,
    WARNING_SIGNS,
    RED_FLAG,
    STRAINING_LIFTS,
    ICE_OR_HEAT,
    PAIN_MEDICINE,
    SORENESS_DURATION,
    NUTRITION,
    STRETCH_SAFELY,
    START_ROUTINE,
    CONTINUOUS_ROUTINE,
    RESUME_ROUTINE,
    WHATS_NEXT,
    HOW_MANY_LEFT,
    ROUTINE_INFO,
    TELL_ME_MORE,
    DISCOMFORT,
    WAIT,
    PACE,
    END_ROUTINE,
    FORGET_ME,
    SEARCH,
    ...BUILT_INS,
  ].map((intent) => {
    const kept = [...new Set([...(EN_US_CORE[intent.name] ?? []), ...intent.samples.filter((s) => ESSENTIAL.has(s))])];
    const seen = new Set(kept);
    const written = intent.samples.filter((s) => !seen.has(s));
    const budget = intent.slots?.some((slot) => slot !== "query") ? SLOT_BUDGET : BUDGET;
    return { ...intent, samples: [...kept, ...varied(written, kept, Math.max(0, budget - kept.length))] };
  }),
};
