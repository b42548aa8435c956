/**
 * English (Canada): on top of the US's words, how Canadians say it: a physio
 * or physiotherapist, a chiro, an RMT (registered massage therapist), the
 * family doctor, a walk-in clinic, "emerg", eight one one; Tylenol, Advil,
 * Robaxacet; a Magic Bag; hockey, ball hockey, shinny and getting checked
 * into the boards; "eh". Samples and synonyms added to its parent's (en-US).
 */
import { variantSamples } from "./grammar";
import type { LanguageVariant } from "./types";

/** Who Canadians see about a sore neck. */
const CA_PRO = "(a physio|a physiotherapist|my family doctor|the family doctor|a chiro|an r m t|a registered massage therapist)";
/** Where Canadians go without an appointment. */
const CA_WALK_IN = "(a walk in clinic|the walk in clinic|the walk in|a walk in)";
/** Sport and training, as Canadians say it. */
const CA_SPORT = "(hockey|ball hockey|shinny|a hockey game|beer league|curling|the gym|my workout|training)";

export const EN_CA_LANGUAGE: LanguageVariant = {
  samples: {
    ProfessionalHelpIntent: variantSamples([
      "should i see a physio",
      "should i see a physiotherapist",
      "when should i see a physiotherapist",
      "do i need a physio",
      `(should i|do i need to) (see|go to|book an appointment with) ${CA_PRO}( about my neck| for this|)`,
      `should i go to ${CA_WALK_IN}`,
      `(should i|do i need to|when should i) go to ${CA_WALK_IN}( about my neck| for this|)`,
      `when should i see ${CA_PRO}( about my neck|)`,
      "(should i|can i) (book|get) a massage with an r m t( for my neck|)",
      "(do i need|should i get) a referral (for physio|to a physio|from my family doctor)",
      "is it worth going to the walk in (for my neck|for this|)",
    ]),
    WarningSignsIntent: variantSamples([
      "(should i go|do i need to go|when should i go) to emerg( for my neck| for neck pain| with this|)",
      "when is (neck pain|a sore neck) an emerg thing",
    ]),
    EmergencyNumberIntent: variantSamples([
      "(should|when should|when do) i call (eight one one|nine one one)( about my neck| for neck pain|)",
      "(what's|what is) the number for (a nurse|health link|the nurse line)",
      "is it nine one one or eight one one",
    ]),
    PainMedicineIntent: variantSamples([
      "(can|should) i take (tylenol|some tylenol|extra strength tylenol|advil|some advil|an advil|robaxacet|robax)( for my neck| for a stiff neck|)",
      "(tylenol|robaxacet) or advil (for my neck|for neck pain|which is better)",
      "is (robaxacet|tylenol|advil) (okay|safe) for (my neck|neck pain)",
    ]),
    IceOrHeatIntent: variantSamples([
      "(should i|can i) (use|put) a magic bag on my neck",
      "(ice or a magic bag|a magic bag or ice) for (my neck|a stiff neck)",
      "(will|would|does) a magic bag help (my neck|a stiff neck)",
    ]),
    ReliefIntent: variantSamples([
      "my neck is (so|super|really) (sore|stiff) after (hockey|ball hockey)",
      `my neck is (so|super|pretty|really) (sore|stiff) (after|from) ${CA_SPORT}`,
      `i (tweaked|wrenched|hurt) my neck (at|playing) (hockey|ball hockey|shinny|beer league)`,
      "my neck's (killing me|so stiff|super sore) eh",
      "my neck's pretty sore eh what should i do",
    ]),
    NeckPainCauseIntent: variantSamples([
      `(why is my neck|why's my neck|how come my neck's|how come my neck is) (so sore|so stiff|always sore) after ${CA_SPORT}`,
      "why does my neck hurt after (hockey|ball hockey|shinny|curling)( eh|)",
      "why does {exercise} (wreck|kill) my neck eh",
    ]),
    PreventionIntent: variantSamples([
      "how do i protect my neck (playing|at) (hockey|ball hockey|shinny)",
      "how do i (keep|stop) my neck from (getting sore|hurting) (at|after) hockey",
    ]),
    StartRoutineIntent: variantSamples(["(let's|can we) (do|start) the {routine} eh", "(start|do) a (routine|stretching routine) after hockey"]),
    "AMAZON.YesIntent": variantSamples(["(for sure|yeah for sure|you bet|sure thing)"]),
    "AMAZON.StopIntent": variantSamples(["(okay |)(see ya|take care|later eh)"]),
  },
  synonyms: {
    exercise: {
      "cycling": ["a bike ride on the trail", "spin at the gym"],
      "running": ["a run on the trail", "trail running"],
    },
    symptom: {
      "injury": ["i got checked into the boards", "checked into the boards", "i got boarded", "i hit the boards", "i went into the boards", "i got hit at hockey", "i fell on the ice", "i slipped on the ice"],
    },
    routine: {
      "after-lifting": ["after hockey", "post game", "after the game"],
    },
    habit: {
      "form": ["a personal trainer at the gym"],
    },
  },
};
