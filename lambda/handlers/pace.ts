/** "Slower", "hold it longer", "just count": the pace changes from the current stretch on, and is remembered. */
import { PACE_CHANGES } from "../../models/content/pacing";
import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { outcome, type Handler } from "../turn/outcome";
import { narrate } from "./routine-actions";

export const PaceHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "PaceIntent"),
  handle(context) {
    const talk = context.content.words.pace;
    const choice = context.request.slots["pace"]?.id;
    const change = choice === undefined ? undefined : PACE_CHANGES[choice];
    const confirm = choice === undefined ? undefined : talk.confirm[choice];
    if (!change || !confirm) {
      const reprompt = context.record.routine ? context.content.words.routine.nextReprompt : talk.reprompt;
      return outcome(context, ask(says(talk.unknown), says(reprompt)));
    }
    const record = { ...context.record, pace: { ...context.record.pace, ...change } };
    const paced = { ...context, record };
    // In a routine: the current stretch again, at the new pace.
    if (record.routine) return narrate(paced, says(confirm), { ...record.routine, continuous: false }, context.content.words.routine.repeatLead);
    return outcome(paced, ask(says(confirm, talk.fromNext), says(talk.reprompt)));
  },
};
