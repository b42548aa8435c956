import type { Words } from "../../models/content/content";
import type { Stretch } from "../../models/types";
import { fillSide } from "../speech/narration";
import type { Display } from "./apl";
import { capitalise } from "../../models/capitalise";

/** A stretch on screen: its setup and each movement, as the speech teaches them. */
export function stretchScreen(stretch: Stretch, subtitle: string, words: Words): Display {
  const side = stretch.sides ? "right" : undefined;
  const lines = [stretch.setup, ...stretch.movements.map((m) => fillSide(m.cue, side))];
  if (stretch.sides && words.stretch.otherSide[0]) lines.push(words.stretch.otherSide[0]);
  return { title: capitalise(stretch.name), subtitle, lines: [...lines, stretch.caution] };
}
