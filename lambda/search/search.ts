/**
 * The long tail: a question no intent names ("what about yoga", "is benching
 * bad for my neck"), searched in the full-text index of every topic
 * (models/content/search-index.ts, built by scripts/generate-search-index.ts).
 *
 * The index is parsed once per process, on the first search. It holds the
 * en-US topics with the words of every English locale, so every English locale
 * searches the same index for now; the locale parameter is where a language of
 * its own would choose another.
 */
import MiniSearch from "minisearch";
import { SEARCH_INDEX_JSON } from "../../models/content/search-index";
import type { SupportedLocale } from "../../models/locales/index";
import { INDEX_OPTIONS, type SearchDocument } from "./index-options";
import { termsOf } from "./terms";
import { topicOfKey, type TopicRef } from "./topic-ref";

export interface Hit {
  readonly ref: TopicRef;
  /** A short spoken name of the topic: "the chin tuck", "deadlifts". */
  readonly title: string;
  /** How well it matches the query: see `confidence`. */
  readonly score: number;
}

export interface SearchResult {
  /** The topic to answer from, when the best match scores at least MIN_CONFIDENCE. */
  readonly best?: Hit;
  /** The two closest topics, best first, confident or not (fewer when fewer match at all). */
  readonly closest: readonly Hit[];
}

/**
 * The score a best match needs before the skill answers from it. Chosen on
 * the labelled questions of test/search/labelled.ts (the tuning half); see
 * test/search/calibration.ts for how, and what it gives.
 */
export const MIN_CONFIDENCE = 9.82;

let loaded: MiniSearch<SearchDocument> | undefined;

function indexFor(_locale: SupportedLocale): MiniSearch<SearchDocument> {
  loaded ??= MiniSearch.loadJSON<SearchDocument>(SEARCH_INDEX_JSON, INDEX_OPTIONS);
  return loaded;
}

/**
 * MiniSearch sums a topic's score over the query terms it matches, then
 * multiplies it by how many it matched. Divided by the square of the query's
 * term count, that is the mean score per term when every term matches, and
 * falls fast when some do not: a query's length no longer sets the scale.
 */
function confidence(score: number, queryTerms: number): number {
  return score / (queryTerms * queryTerms);
}

/**
 * The longest query searched, in characters: a spoken question is a few dozen;
 * a forged request may send 200 KB, which fuzzy matching would take seconds over.
 */
export const MAX_QUERY_CHARS = 300;

/** `query` cut to MAX_QUERY_CHARS at the last word boundary within them (a word cut in half would match nothing it meant). */
export function boundedQuery(query: string): string {
  if (query.length <= MAX_QUERY_CHARS) return query;
  const head = query.slice(0, MAX_QUERY_CHARS + 1);
  const cut = head.search(/\s\S*$/);
  return head.slice(0, cut > 0 ? cut : MAX_QUERY_CHARS);
}

/** Every topic matching the query (its first MAX_QUERY_CHARS), best first. */
export function rankTopics(fullQuery: string, locale: SupportedLocale): Hit[] {
  const query = boundedQuery(fullQuery);
  const terms = new Set(termsOf(query)).size;
  if (terms === 0) return [];
  return indexFor(locale)
    .search(query)
    .map((result) => ({
      ref: topicOfKey(String(result.id)),
      title: String(result.title),
      score: confidence(result.score, terms),
    }));
}

/** The topic that answers `query`, if one does confidently, and the two closest either way. */
export function searchTopics(query: string, locale: SupportedLocale): SearchResult {
  const hits = rankTopics(query, locale);
  const closest = hits.slice(0, 2);
  const top = hits[0];
  return top && top.score >= MIN_CONFIDENCE ? { best: top, closest } : { closest };
}
