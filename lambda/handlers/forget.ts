/** "Forget me": after a yes, everything stored about the user is deleted (the turn does the deleting). */
import { ask, tell } from "../speech/reply";
import { says } from "../speech/ssml";
import { isIntent } from "../turn/request";
import { buildOutcome, type TurnInput, type Handler, type Outcome } from "../turn/outcome";

export const ForgetMeHandler: Handler = {
  canHandle: ({ request }) => isIntent(request, "ForgetMeIntent"),
  handle(context) {
    const talk = context.content.words.forget;
    return buildOutcome(context, ask(says(talk.confirm), says(talk.reprompt)), {
      offered: { kind: "forget" },
      disclaimer: "not-now",
    });
  },
};

/** The yes: delete, and say so only once it is done. */
export function forgetNow(context: TurnInput): Outcome {
  const talk = context.content.words.forget;
  return {
    ...buildOutcome(context, tell(says(talk.done)), { disclaimer: "not-now", ifUnsaved: tell(says(talk.failed)) }),
    forget: true,
  };
}

/** The no: nothing changes. */
export function forgetDeclined(context: TurnInput): Outcome {
  const talk = context.content.words.forget;
  return buildOutcome(context, ask(says(talk.kept), says(context.content.words.help.reprompt)));
}
