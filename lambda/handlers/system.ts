import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { buildOutcome, type TurnInput, type Outcome } from "../turn/outcome";

/** After an error: an apology that keeps the session, with what the user had untouched. */
export function apology(context: TurnInput): Outcome {
  const { errors } = context.content.words;
  return {
    ...buildOutcome(context, ask(says(errors.apology), says(errors.reprompt))),
    dialog: context.dialog,
    disclaimer: "not-now",
  };
}
