import type { Content } from "../../../models/content/content";
import { pick } from "../wording";
import type { Pace } from "../../../models/content/pacing";
import type { Stretch } from "../../../models/types";
import type { Offer } from "../../turn/dialog";
import { stretchScreen } from "../../display/screens";
import { narrateStretch } from "../narration";
import { ask, type Reply } from "../reply";
import { says } from "../ssml";

/** The stretch taught after `stretch`, in the order of the content module. */
export function followingStretch(stretch: Stretch, stretches: readonly Stretch[]): Stretch {
  const i = stretches.findIndex((s) => s.id === stretch.id);
  const next = stretches[(i + 1) % stretches.length];
  if (!next) throw new Error("No stretches");
  return next;
}

/**
 * One stretch, taught step by step with its timed pauses, then an offer of the
 * next one: held and moved at the user's saved pace, always with every word (a
 * lesson teaches; "just count" is for routines).
 */
export function lessonReply(
  stretch: Stretch,
  picked: boolean,
  content: Content,
  pace: Pace,
): { reply: Reply; offer: Offer } {
  const talk = content.words.stretch;
  const following = followingStretch(stretch, content.stretches);
  const offer: Offer = { kind: "teach", stretch: following.id };
  const speech = says(picked ? talk.picked(stretch.name) : talk.intro(stretch.name), stretch.summary)
    .append(narrateStretch(content, stretch, { variant: 0, pace: { ...pace, talk: "normal" } }))
    .say(stretch.caution, talk.offerNext(following.name));
  const screen = stretchScreen(stretch, stretch.summary, content.words);
  return {
    reply: {
      ...ask(speech, says(talk.offerReprompt(following.name)), { title: screen.title, text: screen.lines.join(" ") }),
      display: screen,
    },
    offer,
  };
}

/** A name the model did not resolve: say so, name three known ones, keep going. */
export function unknownStretchReply(heard: string | undefined, variant: number, content: Content): Reply {
  const talk = content.words.stretch;
  const shown = heard?.trim().slice(0, 60) || undefined;
  const names = [0, 1, 2].map((k) => pick(content.stretches, variant + k * 3).name);
  return ask(
    says(talk.unknown(shown, names)),
    says(talk.unknownReprompt(names[0] ?? content.stretch(content.defaultStretch).name)),
  );
}

export function listReply(content: Content): Reply {
  const talk = content.words.stretch;
  return ask(says(talk.list(content.stretches.map((s) => s.name))), says(talk.listReprompt));
}
