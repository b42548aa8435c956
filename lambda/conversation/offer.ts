import { ROUTINE_IDS, STRETCH_IDS, type RoutineId, type StretchId } from "../../models/types";

/** Topics the skill answers. */
export const TOPICS = ["causes", "prevention", "relief", "professional", "takeaways", "stretch-guidance"] as const;
export type Topic = (typeof TOPICS)[number];

/** What the skill offered at the end of its last reply; "yes" does it. */
export type Offer =
  | { readonly kind: "teach"; readonly stretch: StretchId }
  | { readonly kind: "routine"; readonly routine: RoutineId }
  | { readonly kind: "answer"; readonly topic: Topic }
  | { readonly kind: "resume" };

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** Reads an offer back from session attributes; anything malformed is no offer. */
export function parseOffer(raw: unknown): Offer | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const o = raw as { kind?: unknown; stretch?: unknown; routine?: unknown; topic?: unknown };
  switch (o.kind) {
    case "teach":
      return isOneOf(STRETCH_IDS, o.stretch) ? { kind: "teach", stretch: o.stretch } : undefined;
    case "routine":
      return isOneOf(ROUTINE_IDS, o.routine) ? { kind: "routine", routine: o.routine } : undefined;
    case "answer":
      return isOneOf(TOPICS, o.topic) ? { kind: "answer", topic: o.topic } : undefined;
    case "resume":
      return { kind: "resume" };
    default:
      return undefined;
  }
}

