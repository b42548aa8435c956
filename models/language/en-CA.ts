/**
 * English (Canada): on top of the US's words, how Canadians say it: a physio
 * or physiotherapist, a chiro, an RMT (registered massage therapist), the
 * family doctor, a walk-in clinic, "emerg", eight one one; Tylenol, Advil,
 * Robaxacet; a Magic Bag; hockey, ball hockey, shinny and getting checked
 * into the boards; "eh". Samples and synonyms added to its parent's (en-US).
 */
import { everyday, withEveryday } from "./en-everyday";
import { variantSamples } from "./grammar";
import type { LanguageVariant } from "./types";

/** Sport and training, as Canadians say it. */
const CA_SPORT = "(hockey|ball hockey|shinny|a hockey game|beer league|curling|the gym|my workout|training)";

export const EN_CA_LANGUAGE: LanguageVariant = {
  samples: withEveryday(everyday("(okay |alright |so |)", "( eh| please| thanks|)"), {
    AskAboutIntent: variantSamples([
      "is it worth going to {topic}",
      "should i book {topic}",
      "(can|should) i still {topic} eh",
      "is it (alright|okay) to {topic} eh",
      // Asked the Canadian way: go see someone, take this or that, what should i be using, how long it's gonna last.
      "should i (go see|go to) {topic}",
      "would (seeing|going to) {topic} help( my neck|)",
      "should i take {topic}( for my neck| eh|)",
      "(okay |so |)and what {topic} should i be using",
      "(okay |so |)and should i use {topic}",
      "how long is {topic} (supposed to|gonna|going to) last",
      "is it bad to (sit in|use|go in) {topic} with a (stiff|sore) neck",
      "how do i fix {topic} from my phone",
      "(is it okay|is it alright) to {topic} with a (stiff|sore) neck( eh|)",
      // Taken after the gym, used on it, the strain told from soreness, where to look on a lift.
      "(can|should) i take {topic} for (neck soreness|a sore neck|my neck|neck pain)( after the gym| after hockey| after my workout| eh|)",
      "(and |okay |so |)(can|should) i use my {topic} on (it|my neck)( eh|)",
      "is my neck (stiff|sore) from {topic} or did i (tweak|pull|strain|hurt) (it|something)( eh|)",
      "should i {topic} when i (deadlift|squat|bench|lift)( eh|)",
      "(would|will|could) {topic} help (build my neck up|my neck)( for hockey| eh|)",
      "what about {topic} does that make it (worse|better)",
      "(okay |so |okay so |)how soon can i {topic}( again| eh|)",
      "is {topic} (okay|ok|alright) to use on my neck( eh|)",
      "(can|should) i take {topic} for neck pain after (lifting|the gym|hockey)( eh|)",
      "(can you|could you) sum up {topic}( eh|)",
    ]),
    WarningSignsIntent: variantSamples([
      "(should i go|do i need to go|when should i go) to emerg( for my neck| for neck pain| with this|)",
      "when is (neck pain|a sore neck) an emerg thing",
    ]),
    // Mild discomfort in a stretch, in local words (self-care: the stretch stops).
    DiscomfortIntent: variantSamples([
      "(sorry |)that's kinda hurting",
      "that (one |)pinches a bit",
      "that's a bit much( eh|)",
      "this stretch is kinda uncomfortable( eh|)",
    ]),
    EmergencyNumberIntent: variantSamples([
      "(should|when should|when do) i call (eight one one|nine one one)( about my neck| for neck pain|)",
      "(what's|what is) the number for (a nurse|health link|the nurse line)",
      "is it nine one one or eight one one",
    ]),
    ReliefIntent: variantSamples([
      "my neck is (so|super|really) (sore|stiff) after (hockey|ball hockey)",
      `my neck is (so|super|pretty|really) (sore|stiff) (after|from) ${CA_SPORT}`,
      `i (tweaked|wrenched|hurt) my neck (at|playing) (hockey|ball hockey|shinny|beer league)`,
      "my neck's (killing me|so stiff|super sore) eh",
      "my neck's pretty sore eh what should i do",
      "my neck's (super|pretty|really|so) (stiff|sore) after (my workout|practice|the gym|the rink|shovelling|shoveling the driveway) (what should i do|what do i do|eh)",
      "my neck's been (really stiff|brutal|super sore|pretty stiff) since (practice|chest day|leg day|my workout|the game)",
      `my neck's (pretty|super|really|so) (stiff|sore) after ${CA_SPORT} and (lifting|the gym|training) (what should i do|what do i do|eh)`,
      "my neck's (pretty|super|really) (stiff|sore) after (shovelling|shoveling) (snow|the driveway)( what should i do|)",
    ]),
    NeckPainCauseIntent: variantSamples([
      `(why is my neck|why's my neck|how come my neck's|how come my neck is) (so sore|so stiff|always sore) after ${CA_SPORT}`,
      "why does my neck hurt after (hockey|ball hockey|shinny|curling)( eh|)",
      "why does {exercise} (wreck|kill) my neck eh",
      "(why's|how come) my neck('s| is) (sore|stiff) after {exercise}( eh|)",
      "why is my neck sore after using {exercise}",
      "why does my neck get (sore|stiff|tight) after {exercise}( eh|)",
    ]),
    PreventionIntent: variantSamples([
      "how do i protect my neck (playing|at) (hockey|ball hockey|shinny)",
      "how do i (keep|stop) my neck from (getting sore|hurting) (at|after) hockey",
      "how do i keep from (tweaking|hurting|wrecking) my neck (on|doing) {exercise}",
      "how do i keep my neck safe (on|doing) {exercise}",
      "how do i not hurt my neck (doing|on) {exercise}",
      "how do i keep from (tweaking|hurting|wrecking) my neck (on|doing) the {exercise}( eh|)",
    ]),
    StartRoutineIntent: variantSamples([
      "(let's|can we) (do|start) the {routine} eh",
      "(start|do) a (routine|stretching routine) after hockey",
      "(i wanna|i want to|i'm gonna|gonna) (do|start|try) the {routine}( eh| now|)",
    ]),
    "AMAZON.YesIntent": variantSamples([
      "(for sure|yeah for sure|you bet|sure thing)",
      "(oh for sure|yeah for sure eh|beauty|that's a beauty|sure eh|yeah eh|right on|sounds good eh|yup for sure)( let's do it| thanks|)",
    ]),
    "AMAZON.NoIntent": variantSamples([
      "(nope|nah|no) (i'm good|i'm good thanks|i'm okay eh|i'm all set|not right now eh|i'm good eh)",
      "(i'm good|i'm all good|all set) (thanks|eh|for now)",
    ]),
    "AMAZON.StopIntent": variantSamples([
      "(okay |)(see ya|take care|later eh)",
      "(okay |thanks |)(see ya later|catch you later|take care now|later|bye for now)( eh| bud| buddy|)",
    ]),
    "AMAZON.RepeatIntent": variantSamples([
      "(sorry|sorry eh|pardon) (what was that|say that again|come again|could you repeat that|what)",
      "sorry (can|could) you (say|repeat) that( again| eh|)",
    ]),
    "AMAZON.ResumeIntent": variantSamples([
      "(ok |okay |alright |)i'm (ready|back|good to go) (keep going|carry on|let's keep going|continue)( eh|)",
    ]),
    "AMAZON.NextIntent": variantSamples([
      "(next|next one|on to the next one) (eh|bud|buddy|please)",
      "(okay |)(let's |)(move on|keep it moving) eh",
    ]),
    PaceIntent: variantSamples([
      "(could you |can you |)(go|take it) a (bit|little) {pace}( eh| please|)",
      "{pace} (eh|please eh)",
    ]),
    WaitIntent: variantSamples(["(hang on|hold on|gimme a sec|give me a sec|just a sec) (eh|bud|buddy)"]),
    TellMeMoreIntent: variantSamples([
      "(go on|keep going) (tell me more|explain that|why)",
      "(how come|why's that) eh",
    ]),
    ContinuousRoutineIntent: variantSamples([
      "(play|run|do) the {routine} (all the way through|without stopping|straight through)( eh| please|)",
    ]),
  }),
  synonyms: {
    topic: {
      professional: [
        "my family doctor",
        "the family doctor",
        "an r m t",
        "a registered massage therapist",
        "a walk in clinic",
        "the walk in clinic",
        "the walk in",
        "go to the walk in",
        "go to a walk in clinic",
        "see my family doctor",
        "book a massage with an r m t",
        "get a referral for physio",
      ],
      "pain-medicine": [
        "extra strength tylenol",
        "some tylenol",
        "some advil",
        "an advil",
        "robaxacet",
        "robax",
        "take robaxacet",
        "tylenol or advil",
      ],
      "ice-or-heat": ["ice or a magic bag", "use a magic bag"],
      "chiro-physio": [
        "go see a chiro",
        "a physio appointment",
        "book a physio appointment",
        "go to a physio or a chiro",
        "a physio or a chiro",
      ],
    },
    exercise: {
      cycling: ["a bike ride on the trail", "spin at the gym"],
      running: ["a run on the trail", "trail running"],
    },
    symptom: {
      injury: [
        "i got checked into the boards",
        "checked into the boards",
        "i got boarded",
        "i got boarded hard",
        "i got checked hard",
        "i hit the boards",
        "i went into the boards",
        "i got hit at hockey",
        "i fell on the ice",
        "i slipped on the ice",
        "wiped out on the ski hill",
        "i wiped out on the ski hill",
      ],
      "bladder-bowel": ["i couldn't make it to the washroom", "couldn't make it to the washroom"],
      confusion: ["i'm all mixed up", "all mixed up", "i'm all mixed up and foggy"],
      "walking-balance": ["i'm super unsteady", "super unsteady on my feet"],
      fever: ["feeling feverish", "i'm feeling feverish"],
      "weight-loss": ["lost like ten pounds and i don't know why", "lost like fifteen pounds and i don't know why"],
    },
    routine: {
      "after-lifting": ["after hockey routine", "post game stretches", "after the game stretches"],
    },
    habit: {
      form: ["a personal trainer at the gym"],
    },
  },
};
