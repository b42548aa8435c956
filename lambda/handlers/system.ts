import { ask } from "../speech/reply";
import { says } from "../speech/ssml";
import { outcome, type Context, type Outcome } from "../turn/outcome";

/** After an error: an apology that keeps the session, with what the user had untouched. */
export function apology(context: Context): Outcome {
  const { errors } = context.content.words;
  return { ...outcome(context, ask(says(errors.apology), says(errors.reprompt))), dialog: context.dialog, disclaimer: "not-now" };
}
