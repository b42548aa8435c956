import type { PaceId } from "../types";

/**
 * The paces a routine can be asked for, by their spoken names: the values of
 * the PACE_NAME slot (other names people use are in models/language).
 */
export const PACE_NAMES: readonly { readonly id: PaceId; readonly name: string }[] = [
  { id: "slower", name: "slower" },
  { id: "faster", name: "faster" },
  { id: "longer-holds", name: "longer holds" },
  { id: "shorter-holds", name: "shorter holds" },
  { id: "less-talk", name: "less talking" },
  { id: "more-detail", name: "more detail" },
  { id: "normal", name: "normal pace" },
];
