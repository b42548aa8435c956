import { STRETCH_TALK } from "../../models/content/prompts";
import type { Stretch } from "../../models/types";
import { fillSide } from "../routine/narration";
import type { Display } from "./apl";

/** A stretch on screen: its setup and each movement, as the speech teaches them. */
export function stretchScreen(stretch: Stretch, subtitle: string): Display {
  const side = stretch.sides ? "right" : undefined;
  const lines = [stretch.setup, ...stretch.movements.map((m) => fillSide(m.cue, side))];
  if (stretch.sides) lines.push(STRETCH_TALK.otherSide[0]);
  return { title: stretch.name.replace(/^./, (c) => c.toUpperCase()), subtitle, lines: [...lines, stretch.caution] };
}
