/**
 * The safety intents of en-US: a warning sign said (RedFlagIntent, with up to
 * three signs: "my neck is stiff and i have a fever"), a question about the
 * signs (WarningSignsIntent), the emergency number (EmergencyNumberIntent), and
 * pain in a stretch (DiscomfortIntent). Written with en-US.ts's helpers, passed
 * in (`safetyIntents`), and budgeted there like every other intent. The
 * words for each sign are the SYMPTOM_NAME synonyms (en-symptoms.ts); carriers
 * here never depend on one sign's words.
 */
import { expandAll } from "./grammar";
import { SIGN_SLOTS, type IntentLanguage } from "./types";

/** en-US.ts's `samples`: templates expanded or covered, and long carriers covered `times` over. */
type Samples = (templates: readonly string[], covered?: readonly string[], times?: number) => string[];

/** An intent as the grammar writes it, with the essential samples that always stay (en-US.ts). */
interface GrammarIntent extends IntentLanguage {
  readonly essential?: readonly string[];
}

/** Two signs in one sentence: carriers whose words are not those of one sign. */
const TWO_SIGNS = [
  "(i have|i've got) {symptom} and {symptomTwo}",
  "i have {symptom} (with|and i also have) {symptomTwo}",
  "{symptom} and (i have|i feel|now) {symptomTwo}",
  "{symptom} (with|and also) {symptomTwo}",
  "{symptom} and {symptomTwo} what should i do",
  "my neck hurts and i have {symptom} and {symptomTwo}",
  // One sign then the next, as a story runs on: "i had cancer and now the pain wakes me up at night".
  "{symptom} and {symptomTwo}",
  "{symptom} and (then|now|also|i just|i've been|i keep|then i) {symptomTwo}",
  "{symptom} (yesterday|last week|this morning|a few years ago|years ago|before) and (now |)(i have |i've got |){symptomTwo}",
  "{symptom} and {symptomTwo} (too|as well|also|and my neck hurts)",
];

/** Three signs in one sentence, as a list runs: "a fever and a stiff neck and i feel confused" (never two slots side by side). */
const THREE_SIGNS = [
  "(i have |i've got |){symptom} and {symptomTwo} and {symptomThree}",
  "{symptom} (with|and) {symptomTwo} and (now |also |)(i have |i've got |){symptomThree}",
  "my neck hurts and i have {symptom} and {symptomTwo} and {symptomThree}",
];

/** "What's the emergency number", "when do i ring triple zero": the number, said in every locale's own words. */
const NUMBERS =
  "(nine one one|nine nine nine|triple zero|one one two|one zero eight|one one one|eight one one|an ambulance|the emergency number|emergency services|the ambulance)";

const emergencyNumber = (samples: Samples, FILLER: string, WONDER: string): GrammarIntent => ({
  name: "EmergencyNumberIntent",
  essential: expandAll([
    "(what's|what is) the emergency number",
    "when (do|should) i (call|ring) (nine nine nine|triple zero|nine one one|one one two)",
    "what number do i (call|ring|dial)",
    "(can you|could you|please) call (nine one one|an ambulance|for help|emergency services)",
  ]),
  samples: samples(
    [
      "(what's|what is) the (emergency number|number for emergencies|number for an ambulance|ambulance number)( here| in my country| in the us| in the uk| in australia| in india| in canada|)",
      `when (do|should|would) i (call|ring|dial|phone) ${NUMBERS}`,
      "what number (do|should) i (call|ring|dial)( in an emergency| for an ambulance| for help| if it's serious|)",
      `(how do i|how can i|can i) (call|ring|get|reach) ${NUMBERS}`,
      `(should i|do i need to|do i) (call|ring|dial) ${NUMBERS}( for this| for my neck| now|)`,
      `(can you|could you|will you|please) (call|ring|dial|phone) ${NUMBERS}( for me| now|)`,
      `(call|ring|dial) ${NUMBERS}( for me| now| please|)`,
      "(which|what) (number|emergency number) (is it|is it here|do people call|should i use)",
    ],
    [
      `${FILLER}${WONDER} (the emergency number|what number to call|when to call ${NUMBERS}|what the emergency number is)`,
      `${FILLER}(is it|is the emergency number) ${NUMBERS}( or ${NUMBERS}| here|)`,
    ],
    2,
  ),
});

const SERIOUS =
  "(serious|dangerous|a bad sign|a warning sign|an emergency|something to worry about|a red flag|bad|worrying|concerning|normal)";

const warningSigns = (samples: Samples, FILLER: string, WONDER: string): GrammarIntent => ({
  name: "WarningSignsIntent",
  slots: ["symptom"],
  essential: [
    // Hand-written (formerly en-US-core.ts): the phrasings the tests and store examples speak.
    "what are the warning signs",
    "how do i know if it's something serious",
    "what are the red flags",
    "what are the danger signs",
    "tell me the warning signs",
    "tell me the red flags",
    "tell me the danger signs",
    "list the warning signs",
    "list the red flags",
    "list the danger signs",
    "what warning signs should i watch out for",
    "what warning signs should i look out for",
    "what warning signs should i worry about",
    "what red flags should i watch out for",
    "what red flags should i look out for",
    "what red flags should i worry about",
    "what symptoms should i watch out for",
    "what symptoms should i look out for",
    "what symptoms should i worry about",
    "which neck symptoms are serious",
    "which neck symptoms are dangerous",
    "which neck symptoms mean something is wrong",
    "which symptoms are serious",
    "which symptoms are dangerous",
    "which symptoms mean something is wrong",
    "what neck symptoms are serious",
    "what neck symptoms are dangerous",
    "what neck symptoms mean something is wrong",
    "what symptoms are serious",
    "what symptoms are dangerous",
    "what symptoms mean something is wrong",
    "when is neck pain serious",
    "when is neck pain an emergency",
    "when is neck pain dangerous",
    "how do i know if it's serious",
    "how do i know if my neck pain is serious",
    "when should i worry about my neck",
    "when should i worry about neck pain",
    "when should i be worried about my neck",
    "when should i be worried about neck pain",
    "is my neck pain serious",
    "is {symptom} serious",
    "is {symptom} dangerous",
    "is {symptom} a bad sign",
    "is {symptom} a warning sign",
    "is {symptom} an emergency",
    "is {symptom} normal",
    "should i worry about {symptom}",
    "should i be worried about {symptom}",
    "do i need to worry about {symptom}",
    "do i need to be worried about {symptom}",
    "is it serious if i have {symptom}",
    "is it bad if i have {symptom}",
    "is that serious if i have {symptom}",
    "should i worry if i have {symptom}",
    "what does {symptom} mean",
    "what if i have {symptom}",
    "can i stretch with {symptom}",
    "can i train with {symptom}",
    "when is {symptom} serious",
    "when is {symptom} an emergency",
    ...expandAll([
      "what should i (watch out for|keep an eye out for)",
      "how (do|can) i (know|tell) (if|when) it's not (just |)normal soreness",
    ]),
  ],
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
      // "is it normal to feel zaps when i bend my neck", "is it bad that half my face feels numb".
      "is it normal to feel {symptom}",
      "is it bad that {symptom}",
      "is it an emergency that {symptom}",
      "should i be worried after {symptom}",
      "what does {symptom} mean",
      "what does it mean if i have {symptom}",
      "what if i (have|get|feel) {symptom}",
      "can i (stretch|train) with {symptom}",
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
      "(what|which things) should i (be watching for|keep an eye out for|be aware of|watch for)( with my neck| after training|)",
      "(what signs|what symptoms) should i (be looking out for|be watching for|keep an eye out for|be aware of|be on the lookout for|watch for)( with my neck| after training|)",
      "how (do|can|would|will) i (know|tell) (when|if) (it's|this is|my neck is) (not normal soreness|more than normal soreness|not just soreness|more than muscle soreness|something worse|an actual injury|a real injury|a real problem) (anymore|)",
      "how do i tell the difference between (normal soreness|muscle soreness|regular soreness|ordinary stiffness) and (something serious|an injury|a real problem|something worse)",
      "(so |like |)is there (anything|something|any sign|any symptom) that (means|would mean|could mean|tells me) (this is|it's|my neck pain is) (serious|dangerous|an emergency|not normal)",
      "(are there|what are) (any |the |)(signs|symptoms|clues) (that|which) (mean|show|tell me) (it's|my neck is|this is) (serious|not normal|more than soreness|an injury)",
      `(how bad is it|is it a big deal|is it serious|how worried should i be|is it a concern) (if|when|that) (i have|i've got|i get|there's) {symptom}`,
      `is {symptom} (a big deal|cause for concern|something to panic about|a sign of something serious|a medical emergency|ok|fine)`,
      `is (neck pain|pain|a stiff neck|a sore neck) (with|after|from|and) {symptom} (serious|a big deal|dangerous|a warning sign|bad)`,
      `(should i be worried|is it dangerous|is it a bad sign|is it serious|should i be concerned) (that|if|when) {symptom}`,
      "(when|at what point) does (soreness|neck soreness|neck pain|a sore neck|stiffness) (become|turn into|count as) (serious|dangerous|a problem|an emergency|a red flag)",
      "(i want to know|tell me|teach me|remind me of|go over|run through) the (warning signs|red flags|danger signs|symptoms to watch for)( for my neck| for neck pain|)",
      "(what|which) (red flags|warning signs|danger signs) (go with|come with|are there for) (neck pain|a sore neck|neck injuries)",
    ],
    3,
  ),
});

const redFlag = (samples: Samples, FILLER: string): GrammarIntent => ({
  name: "RedFlagIntent",
  slots: SIGN_SLOTS,
  essential: [
    // Hand-written (formerly en-US-core.ts).
    "so i think i have {symptom}",
    "um i think i have {symptom}",
    "i think i have {symptom}",
    "help i have {symptom}",
    "{symptom} after my workout",
    "{symptom} after training",
    "{symptom} after lifting",
    "i have {symptom}",
    "i have a {symptom}",
    "my neck hurts and i have {symptom}",
    "my neck hurts and i have a {symptom}",
    "i've got {symptom}",
    "i've got a {symptom}",
    "i have got {symptom}",
    "i'm having {symptom}",
    "i am having {symptom}",
    "i also have {symptom}",
    "i feel {symptom}",
    "i'm getting {symptom}",
    "i get {symptom}",
    "i have neck pain and {symptom}",
    "i have neck pain with {symptom}",
    "my neck hurts with {symptom}",
    "and {symptom}",
    "i noticed {symptom}",
    "i've been having {symptom}",
    "i keep getting {symptom}",
    "since my workout i have {symptom}",
    "after lifting i have {symptom}",
    "i've had {symptom}",
    "{symptom} and hurt my neck",
    "{symptom} and my neck hurts",
    "{symptom} and now my neck hurts",
    "{symptom} and my neck is sore",
    "my neck hurts after {symptom}",
    "my neck has hurt since {symptom}",
    ...expandAll([
      "(so |okay |um |uh |also |and |)(i just|i) {symptom}",
      "(so|okay|um|uh|oh no|and|also|hey|well|oh) {symptom}",
      "(i think|i'm worried|i'm scared|it feels like) {symptom}",
      "i feel {symptom}",
      // Asking what to do first, then the sign in one breath: "what should i do my arm has gone weak".
      "(what do i do|what should i do|what to do) {symptom}",
    ]),
    // Two signs in one sentence, heard as two: "my neck is stiff and i have a fever".
    ...expandAll(TWO_SIGNS),
    ...expandAll(THREE_SIGNS),
  ],
  samples: samples(
    [
      "(i have|i've got|i have got|i'm having|i am having|i also have|i'm getting|i get|i've had|i've been having|i keep getting|i noticed|i'm experiencing|i think i have) {symptom}",
      "i have {symptom} (and|with) (neck pain|a sore neck|my neck hurts)",
      "(my neck hurts|my neck is sore|i have neck pain) (and|with) {symptom}",
      "(my neck hurts|i have neck pain) and i (have|feel|got|have got) {symptom}",
      "{symptom} and (my neck hurts|now my neck hurts|my neck is sore|it hurts|my neck really hurts|now my neck really hurts)",
      "{symptom} and (hurt|injured|tweaked) my neck",
      "{symptom} (yesterday|today|last night|this morning) and (now |)my neck (hurts|really hurts|is sore)",
      "{symptom} (after|since) (my workout|training|lifting|the gym|stretching)",
      "(since|after) (my workout|lifting|training) (i have|i've had|i've got) {symptom}",
      "(help|please help|what do i do|what should i do) {symptom}",
      "{symptom} (what do i do|what should i do|help|is that bad|and it still hurts|and it hurts a lot|and it's getting worse)",
      "my neck hurts (since|after) {symptom}",
      "i (was|got) {symptom} (and|so) my neck hurts",
      // Where it happened and how the neck is now: "i fainted at the rink after practice".
      "{symptom} (at the gym|in the gym|at the rink|in the changing rooms|in the locker room|at work|at practice|after practice|on the way home)( and (now |)my neck('s| is) (sore|killing me|really bad)|)",
      "{symptom} and (now |)(my|his|her) neck('s| is) (sore|aching|in bits|agony|paining|killing me|wrecked|really bad|really sore)",
      "{symptom} and my (neck and back|back and neck) (are|is) (killing me|paining|really sore)",
      "{symptom} (and |now |)(he|she) says (his|her) neck (hurts|is sore)",
      "{symptom} (since this morning|since last night|since yesterday|all day|since morning|for an hour|on and off)",
    ],
    [
      `${FILLER}(i have|i've got|i'm having|i think i have|i've been getting) {symptom} (and my neck hurts|after training|since my workout|today|)`,
      `${FILLER}{symptom} (and my neck hurts|and now my neck hurts|and it still hurts|what do i do|help|all of a sudden|out of nowhere|since yesterday)`,
      `${FILLER}(my neck hurts|my neck is really sore) and {symptom}`,
      `${FILLER}(i think |)(i |)(just |)(really |){symptom}( and i still am| and now my neck hurts|)`,
      "(i can't|i cannot|i can not|i suddenly can't|now i can't) {symptom}( anymore| properly| at all|)",
      "(there's|there is|there was|i had|there's been|i've got this|i have this) {symptom}( and then sharp pain| and it hurts| in my neck|)",
      "{symptom} (yesterday|last week|on the weekend|this morning|earlier) and (now |)my neck (is killing me|really hurts|is wrecked|won't stop hurting|is in agony)",
      "{symptom} (playing hockey|playing football|playing rugby|playing soccer|at practice|during the game|during my set|at training) and (now |)my neck (hurts|is killing me|aches)",
      "{symptom} (when i turned my head|on my last rep|mid set|during my set|while lifting|as i stood up) (and it's been hurting since|and now it hurts|and now i can't move it|)",
      "(what do i do|what should i do|what to do|for help|help me) {symptom}( all of a sudden| out of nowhere|)",
      "{symptom} (since|ever since) my neck started hurting",
      "(every night|most nights|last night) {symptom}( because of my neck|)",
      // The neck or the pain as the subject: "my neck pain wakes me up at night", "the pain is getting worse every day".
      "(my neck pain|the pain in my neck|the pain|this neck pain|my neck) {symptom}( every night| every day| now| and it's getting worse|)",
      // What someone else noticed: "my wife says i'm slurring my words".
      "(my wife|my husband|my partner|my friend|my coach|someone|people) (says|said|told me|thinks|noticed) {symptom}",
      "{symptom} (on the bench|during deadlifts|when i was squatting|while squatting|sparring|boxing|at football|at the gym) and (now |)(it|my neck) (hurts|kills|still hurts|is really painful|hurts a lot|is sore|has been hurting since)",
      "{symptom} (doing this|during this stretch|right now|after my workout|after my set)( and i still am|)",
    ],
    3,
  ).concat(
    // Last in the list, so the carriers above keep the sign words they are trained with.
    expandAll([
      // A sign said as it breaks into a stretch: "hold on i can't catch my breath", "stop my vision just went blurry".
      "(wait|hang on|hold on|hold up|stop|whoa|stop stop|sorry) {symptom}",
      // The movement first, then what it brings on: "when i look down i get this zap down my back".
      "(when|every time) i (look down|bend my neck) i get {symptom}",
      // The sign and the emergency number in one breath: "my chest hurts and it's going into my jaw should i call nine one one".
      "{symptom} should i (call|ring) (nine one one|nine nine nine|triple zero|an ambulance)",
    ]),
  ),
});

const discomfort = (samples: Samples, FILLER: string): GrammarIntent => ({
  name: "DiscomfortIntent",
  // Pain said during a stretch must stop it, never be taken for a question about a sore neck (ReliefIntent).
  essential: [
    // Hand-written (formerly en-US-core.ts).
    "ouch",
    "ouch that hurts",
    "that pinches",
    "it feels off",
    "that's too far",
    "this doesn't feel right",
    "ow",
    "owie",
    "that hurts",
    "that doesn't feel right",
    "that feels wrong",
    "that feels off",
    "this hurts",
    "this is too much",
    "this feels wrong",
    "it hurts",
    "that stretch hurts",
    "this stretch hurts",
    "it's pinching",
    "it's pulling too much",
    "it's too much",
    "it's painful",
    "i feel a pinch in my neck",
    "i feel a sharp pain in my neck",
    "something feels off",
    "something feels wrong",
    "that's too much for me",
    "that's too much",
    "that's pulling too hard",
    "that's too intense",
    "that kind of hurts",
    ...expandAll([
      "(this|that) hurts my neck( a lot|)",
      "i feel (a strain|a pinch|a twinge|a pull) in my neck",
      "(argh|ow|ouch) that's sore",
      "my neck (doesn't|does not) like this( one|)",
      // Mild discomfort in plain words: uncomfortable, not comfy, a bit tender, pulling on one side, sore when i tilt.
      "(that's|this is|this one's|that stretch is|this stretch is) (a bit |kind of |kinda |really |)uncomfortable",
      "(that's|this one's|it's) not (comfortable|comfy|very comfortable)",
      "(ooh |hmm |)that's a bit (sore|tender|painful)",
      "(it's|that's) (pulling|tight|a bit sore) on the (right|left)",
      "it (hurts|burns|pinches) a (little|bit) when i tilt",
      "(this|that) one pinches a (little|bit)",
    ]),
  ],
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
    [
      `${FILLER}(ow|ouch|uh|hmm|) (that|this|it) (kinda|kind of|really|) (hurts|doesn't feel right|pinches|feels off)`,
      `${FILLER}(ow|ouch|uh|hmm|) (that|this|it) is (really |kind of |)(too much|pinching)`,
      "(this|that|it) is (pulling|tugging|straining|pressing|yanking|pinching) on my (shoulder|neck|back|arm|collarbone|jaw)",
      "there's a (sharp |little |weird |)(pinch|twinge|zing|stabbing pain|shooting pain|burning feeling|sharp pain) (when i turn|when i tilt|when i lean|when i move|on this side|at the top|in this position)",
      "(that's|that is|this is|it's) (a bit|a little|way|just|kind of) (much|too much|too intense|too strong|too deep) (for my neck|for me|on my neck|right now|)",
      "(this|that|it) (isn't|is not|doesn't feel|does not feel) (comfortable|good|okay|nice) (at all|on my neck|for me|)",
      "(this|that|it) (hurts|is hurting|is straining|is killing) my (neck|shoulder|back|ear|jaw) (a lot|a bit|quite a bit|too much|)",
      "(this|the|that) (stretch|move|position|one|exercise|pose) is (hurting|hurting me|hurting my neck|too painful|aggravating my neck|giving me a twinge)",
      "(my neck doesn't like this|my neck does not like this one|i'm feeling it too much|i feel it way too much|i'm getting a sharp pain|i've got a twinge|too much pressure|i don't like how this feels|this feels like too much strain)",
      "(that|this|it) (stings|burns|twinges|smarts|tugs|bites|strains my neck|pulls on my neck|tweaks my neck)",
      "(my body|my shoulder|this side) (doesn't like|does not like|hates|isn't happy with|is not happy with|can't handle|is complaining about) (this|this one|that|this stretch|that one|this move|this position)",
      "(that's|this is|it's|this one is|this one's) not (comfortable|nice|okay|right|good|working for me)( at all| on my neck| today|)",
      "(it |that |this |)(hurts|stings|aches) (a bit|a little|a lot|quite a bit|a fair bit|now)",
      "(i think |i feel like |)i'm (straining|pulling|tweaking|hurting|overdoing) (something|it|my neck|a muscle)",
      "(it feels like|i think|i feel like) i'm (overstretching|overdoing it|pushing too far|going too far|stretching too far)",
      "i'm getting a (pinch|twinge|sharp pain|pain|pulling feeling|strain|cramp) (on the right side|on the left side|in my neck|on one side|when i turn|here)",
      "(hey |ow |ouch |)(that's|that is|this is|it's) (hurting|hurting me|hurting my neck)( more than it should| a lot| now|)",
      "(this|that|it) (is hurting|hurts|is pulling) (more than it should|more than it's supposed to|way more than before)",
      "(that|this) (stretch|one|move) is (way |far |much |just |)too (intense|hard|strong|much|deep|painful)",
      "(that's|this is) a (bit|little) (much|rough|sore|sharp) (for my neck|on my neck|for me)",
    ],
    3,
  ),
});

/** The safety intents, in the order they take in the model; `samples`, `FILLER` and `WONDER` are en-US.ts's. */
export function safetyIntents({
  samples,
  FILLER,
  WONDER,
}: {
  samples: Samples;
  FILLER: string;
  WONDER: string;
}): readonly GrammarIntent[] {
  return [
    warningSigns(samples, FILLER, WONDER),
    redFlag(samples, FILLER),
    emergencyNumber(samples, FILLER, WONDER),
    discomfort(samples, FILLER),
  ];
}
