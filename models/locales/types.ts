/** How a locale's content is written: a whole language, or a regional variant that overrides its parent. */
import type { ContentData } from "../content/content";
import type { Cause, CauseId, Movement, Stretch, StretchId } from "../types";

/** Every field optional, all the way down; functions and arrays are replaced whole. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** Any part of a locale's content, changed where the variant says it differently. */
export interface ContentOverrides extends DeepPartial<Omit<ContentData, "causes" | "stretches">> {
  readonly causes?: Partial<Record<CauseId, Partial<Omit<Cause, "id">>>>;
  /** A stretch's wording; `movements` override the base movements by position. */
  readonly stretches?: Partial<
    Record<
      StretchId,
      Partial<Omit<Stretch, "id" | "movements">> & { readonly movements?: readonly Partial<Movement>[] }
    >
  >;
}

export type LocaleDefinition<L extends string> =
  /** A regional variant: its parent's content, with these changes. */
  | { readonly parent: L; readonly content?: ContentOverrides }
  /** A whole language: everything written out (TypeScript refuses a missing key). */
  | { readonly parent?: undefined; readonly content: ContentData };
