import { buildOutcome, type Handler } from "../turn/outcome";
import { welcomeReply } from "../speech/replies/welcome";

export const LaunchHandler: Handler = {
  canHandle: ({ request }) => request.kind === "launch",
  handle(context) {
    const { reply, offer, spokeDisclaimer } = welcomeReply(
      context.record,
      context.request.localeSupported,
      context.content,
      context.request.hour,
    );
    return buildOutcome(context, reply, {
      ...(offer ? { offered: offer } : {}),
      disclaimer: spokeDisclaimer ? "spoken" : "prepend",
    });
  },
};
