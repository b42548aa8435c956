/**
 * The everyday requests of a routine and a conversation (next, wait, slower,
 * yes, no, bye, what's next ...) in their plainest words, for the regional
 * variants to say with their own words around them: "righto next", "longer
 * holds mate", "next eh", "kindly repeat". A word a region puts in front of or
 * after any request ("mate", "eh", "cheers", "kindly") is then heard with
 * every request, not with the one or two its regional samples happen to
 * mention, so it says nothing about which request it is: the request's own
 * words decide.
 */
import { variantSamples } from "./grammar";
import type { IntentName } from "./types";

/** Each request, in a few of its plainest forms. */
const EVERYDAY: Readonly<Partial<Record<IntentName, readonly string[]>>> = {
  "AMAZON.NextIntent": ["(next|next one|next stretch|move on|skip this one|on to the next one)"],
  "AMAZON.PreviousIntent": ["(go back|go back one|back one|previous one|the last one again)"],
  "AMAZON.RepeatIntent": ["(say that again|repeat that|what was that|come again|say again)"],
  "AMAZON.StartOverIntent": ["(start again|start over|from the top|back to the start|restart)"],
  "AMAZON.PauseIntent": ["(pause|pause it|pause for a sec|pause for a minute|take a break)"],
  "AMAZON.ResumeIntent": ["(resume|keep going|continue|carry on|i'm back)"],
  "AMAZON.StopIntent": ["(bye|goodbye|see you|see you later|thanks bye)"],
  "AMAZON.CancelIntent": ["(cancel|cancel that|never mind|forget it)"],
  "AMAZON.YesIntent": ["(yes|yeah|sure|okay|alright)"],
  "AMAZON.NoIntent": ["(no|nah|no thanks|not now|nope)"],
  "AMAZON.HelpIntent": ["(help|what can i say|what can you do|what do i say)"],
  WaitIntent: ["(hang on|hold on|wait|one sec|give me a sec)"],
  PaceIntent: ["(go |a bit |){pace}"],
  EndRoutineIntent: ["(that's enough|i'm done|that'll do|i'm finished|let's stop there)"],
  WhatsNextIntent: ["(what's next|what's after this one|what's coming up|what's the next one)"],
  HowManyLeftIntent: ["(how many left|how many more|are we nearly done|how much longer)"],
  TellMeMoreIntent: ["(tell me more|why's that|how come|what's this one for)"],
  StartRoutineIntent: ["(start the {routine}|let's do the {routine}|start a routine|let's do a routine)"],
  ResumeRoutineIntent: ["(pick up where i left off|resume my routine|finish the routine from earlier)"],
  TeachStretchIntent: ["(teach me a stretch|show me the {stretch}|how do i do the {stretch})"],
  ListStretchesIntent: ["(what stretches have you got|what stretches do you know|list the stretches)"],
  RoutineInfoIntent: ["(what routines have you got|how long is the {routine}|what's in the {routine})"],
  ForgetMeIntent: ["(delete my data|forget me|wipe my data)"],
};

/** A request with the region's words on one side is said in every way (up to this many); on both sides, a covering sample of them. */
const WHOLE = 40;

/**
 * The everyday requests with a region's words before (`before`, each ending
 * in a space, with an empty branch) and after them (`after`, each starting
 * with a space, with an empty branch), as samples per intent.
 */
export function everyday(before: string, after: string): Partial<Record<IntentName, string[]>> {
  return Object.fromEntries(
    Object.entries(EVERYDAY).map(([intent, templates]) => [
      intent,
      variantSamples(
        templates.flatMap((t) => [`${before}${t}`, `${t}${after}`, `${before}${t}${after}`]),
        WHOLE,
      ),
    ]),
  ) as Partial<Record<IntentName, string[]>>;
}

/** A variant's own samples with the everyday ones beside them, per intent. */
export function withEveryday(
  own: Readonly<Partial<Record<IntentName, readonly string[]>>>,
  added: Readonly<Partial<Record<IntentName, readonly string[]>>>,
): Partial<Record<IntentName, readonly string[]>> {
  const merged: Partial<Record<IntentName, readonly string[]>> = { ...own };
  for (const [intent, samples] of Object.entries(added) as [IntentName, readonly string[]][]) {
    merged[intent] = [...new Set([...(merged[intent] ?? []), ...samples])];
  }
  return merged;
}
