/** "Forget me": after a yes, everything stored about the user is deleted (the turn does the deleting), and the daily reminder turned off. */
import { ask, tell } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { buildOutcome, type TurnInput, type Handler, type Outcome, type ReminderResult } from "../turn/outcome";

export const ForgetMeHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "ForgetMeIntent"),
  handle(context) {
    const talk = context.content.words.forget;
    const confirm = context.record.reminder ? talk.confirmWithReminder : talk.confirm;
    return buildOutcome(context, ask(says(confirm), says(talk.reprompt)), {
      offered: { kind: "forget" },
      disclaimer: "not-now",
    });
  },
};

/** The record deleted, saying `done` only once it is. */
function forgotten(context: TurnInput, done: string): Outcome {
  const talk = context.content.words.forget;
  return {
    ...buildOutcome(context, tell(says(done)), { disclaimer: "not-now", ifUnsaved: tell(says(talk.failed)) }),
    forget: true,
  };
}

/**
 * The yes: delete, and say so only once it is done. With API access the edge
 * first turns off the skill's reminders (forgetReported says how that went);
 * without it, a reminder the record knows of is left on, and the reply says where to stop it.
 */
export function forgetNow(context: TurnInput): Outcome {
  const talk = context.content.words.forget;
  if (context.request.api) return { ...forgotten(context, talk.done), reminder: { kind: "cancel", forgetting: true } };
  return forgotten(context, context.record.reminder ? talk.doneReminderLeft : talk.done);
}

/** The yes, once the edge has tried to turn the reminders off. */
export function forgetReported(context: TurnInput, result: ReminderResult): Outcome {
  const talk = context.content.words.forget;
  if (result.kind === "cancelled" && result.count > 0) return forgotten(context, talk.doneWithReminder);
  if (result.kind === "failed" && context.record.reminder) return forgotten(context, talk.doneReminderLeft);
  return forgotten(context, talk.done);
}

/** The no: nothing changes. */
export function forgetDeclined(context: TurnInput): Outcome {
  const talk = context.content.words.forget;
  return buildOutcome(context, ask(says(talk.kept), says(context.content.words.help.reprompt)));
}
