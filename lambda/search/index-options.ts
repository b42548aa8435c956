/**
 * The one MiniSearch configuration, shared by the build (scripts/
 * generate-search-index.ts writes the index) and the Lambda (which loads it):
 * a serialised index only loads with the fields and term processing it was
 * built with.
 */
import type { Options, SearchOptions } from "minisearch";
import { processTerm, tokenize } from "./terms";

/** One indexed topic. Only `title` is stored in the index; the rest is only searched. */
export interface SearchDocument {
  /** The topic's key: "stretch:chin-tuck" (topic-ref.ts). */
  readonly id: string;
  /** A short spoken name of the topic: "the chin tuck". */
  readonly title: string;
  /** Its names as the content says them. */
  readonly name: string;
  /** The other names people use for it. */
  readonly keywords: string;
  /** What the skill says it is, or why it matters. */
  readonly body: string;
  /** How it is done safely: a stretch's setup and caution, an exercise's safety note. */
  readonly howTo: string;
}

/**
 * A name weighs three times a word of the body, another name twice; a word of
 * how it is done half ("feet", "chair" and "eyes" place the body, they are
 * not what a stretch is about).
 */
export const FIELD_BOOSTS: Readonly<Record<"name" | "keywords" | "body" | "howTo", number>> = {
  name: 3,
  keywords: 2,
  body: 1,
  howTo: 0.5,
};

export const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  combineWith: "OR",
  // Terms of four letters or more also match longer ones ("plyo": "plyometrics").
  prefix: (term) => term.length >= 4,
  // One typo in a term of five to seven letters, two from eight ("plyometrix"), none in shorter ones.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
};

export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: Object.keys(FIELD_BOOSTS),
  storeFields: ["title"],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};
