import type { SkillHandler } from "./router";
import { respond } from "../conversation/respond";
import { turnOf } from "../conversation/turn";
import { welcomeReply } from "../speech/replies/welcome";
import { isRequestType } from "./matchers";

export const LaunchHandler: SkillHandler = {
  canHandle: (input) => isRequestType(input, "LaunchRequest"),
  handle(input) {
    const turn = turnOf(input);
    const { reply, offer } = welcomeReply(turn.record, turn.localeSupported);
    turn.record = { ...turn.record, disclaimerHeard: true };
    return respond(input, reply, offer ? { offer } : {});
  },
};
