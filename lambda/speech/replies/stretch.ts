import { pick, STRETCH_TALK } from "../../../models/content/prompts";
import { STRETCHES } from "../../../models/content/stretches";
import type { Stretch } from "../../../models/types";
import type { Offer } from "../../conversation/offer";
import { stretchScreen } from "../../display/screens";
import { narrateStretch } from "../../routine/narration";
import { ask, type Reply } from "../reply";
import { says } from "../ssml";

/** The stretch taught after `stretch`, in the order of the content module. */
export function followingStretch(stretch: Stretch): Stretch {
  const i = STRETCHES.findIndex((s) => s.id === stretch.id);
  const next = STRETCHES[(i + 1) % STRETCHES.length];
  if (!next) throw new Error("No stretches");
  return next;
}

/** One stretch, taught step by step with its timed pauses, then an offer of the next one. */
export function lessonReply(stretch: Stretch, picked: boolean): { reply: Reply; offer: Offer } {
  const following = followingStretch(stretch);
  const offer: Offer = { kind: "teach", stretch: following.id };
  const speech = says(picked ? STRETCH_TALK.picked(stretch.name) : STRETCH_TALK.intro(stretch.name), stretch.summary)
    .append(narrateStretch(stretch, { variant: 0 }))
    .say(stretch.caution, STRETCH_TALK.offerNext(following.name));
  const screen = stretchScreen(stretch, stretch.summary);
  return {
    reply: {
      ...ask(speech, says(STRETCH_TALK.offerReprompt(following.name)), { title: screen.title, text: screen.lines.join(" ") }),
      display: screen,
    },
    offer,
  };
}

/** A name the model did not resolve: say so, name three known ones, keep going. */
export function unknownStretchReply(heard: string | undefined, variant: number): Reply {
  const shown = heard?.trim().slice(0, 60) || undefined;
  const names = [0, 1, 2].map((k) => pick(STRETCHES, variant + k * 3).name);
  return ask(says(STRETCH_TALK.unknown(shown, names)), says(STRETCH_TALK.unknownReprompt(names[0] ?? "chin tuck")));
}

export function listReply(): Reply {
  return ask(says(STRETCH_TALK.list(STRETCHES.map((s) => s.name))), says(STRETCH_TALK.listReprompt));
}
