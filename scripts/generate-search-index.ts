/**
 * Writes models/content/search-index.ts: the full-text index of every topic
 * Neck Coach can talk about, which the Lambda searches for the questions no
 * intent names ("what about yoga", "is benching bad for my neck"). The index
 * is MiniSearch's JSON, kept as one string and parsed on the first search:
 * JSON.parse costs a tenth or less of what evaluating the same data as an
 * object literal would add to every cold start.
 *
 *   tsx scripts/generate-search-index.ts           write the file
 *   tsx scripts/generate-search-index.ts --check   write nothing; exit 1 if it is stale
 *
 * Every topic is one entry of SEARCH_SOURCES. Its words are read from the
 * content of every English locale (so "physio" and "programme" are found too)
 * and from the slot synonyms; a source whose id the content no longer has
 * stops the build.
 */
import MiniSearch from "minisearch";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Content } from "../models/content/content";
import type { Topic } from "../lambda/turn/dialog";
import { LANGUAGES } from "../models/language/index";
import type { LocaleLanguage } from "../models/language/types";
import { contentFor, SUPPORTED_LOCALES } from "../models/locales/index";
import {
  CAUSE_IDS,
  EXERCISE_IDS,
  STRETCH_IDS,
  type Answer,
  type CauseId,
  type ExerciseId,
  type PreventionTip,
  type StretchId,
} from "../models/types";
import { INDEX_OPTIONS, type SearchDocument } from "../lambda/search/index-options";
import { LIFTER_TOPIC_IDS, type LifterTopicId } from "../models/content/lifter";
import { EN_LIFTER_TOPIC_SYNONYMS } from "../models/language/en-lifter-topics";
import { topicKey, type TopicRef } from "../lambda/search/topic-ref";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SEARCH_INDEX_PATH = join(ROOT, "models", "content", "search-index.ts");

/** A topic's words in one locale. */
interface TopicWords {
  /** Its names as the content says them. */
  readonly name: readonly string[];
  /** The other names people use for it. */
  readonly keywords: readonly string[];
  /** What the skill says it is, or why it matters. */
  readonly body: readonly string[];
  /** How it is done safely. */
  readonly howTo?: readonly string[];
}

/** One searchable topic: what it points at, its spoken title, and where its words are. */
export interface TopicSource {
  readonly ref: TopicRef;
  /** A short spoken name, for "the closest topics I know are ...". */
  readonly title: string;
  /** Its words in a locale; throws when the content has no such topic. */
  words(content: Content, language: LocaleLanguage): TopicWords;
}

const EN_US = contentFor("en-US");

export function stretchSource(id: StretchId): TopicSource {
  return {
    ref: { kind: "stretch", id },
    title: `the ${EN_US.stretch(id).name}`,
    words(content, language) {
      const stretch = content.stretch(id);
      return {
        name: [stretch.name],
        keywords: language.synonyms.stretch[id],
        body: [stretch.summary],
        howTo: [stretch.setup, stretch.caution],
      };
    },
  };
}

/** How an exercise is named among other topics: "deadlifts", "the bench press". */
const EXERCISE_TITLES: Readonly<Record<ExerciseId, string>> = {
  "overhead-press": "the overhead press",
  "pull-up": "pull ups",
  deadlift: "deadlifts",
  "neck-machine": "machines without neck support",
  "bench-press": "the bench press",
  shrug: "shrugs",
  squat: "squats",
  crunch: "crunches",
  running: "running",
  swimming: "swimming",
  cycling: "cycling",
  "martial-arts": "martial arts",
  plyometrics: "plyometrics",
};

export function exerciseSource(id: ExerciseId): TopicSource {
  return {
    ref: { kind: "exercise", id },
    title: EXERCISE_TITLES[id],
    words(content, language) {
      const exercise = content.exercise(id);
      return {
        name: [exercise.name],
        keywords: language.synonyms.exercise[id],
        body: [exercise.why],
        howTo: [exercise.keepSafe],
      };
    },
  };
}

export function causeSource(id: CauseId): TopicSource {
  return {
    ref: { kind: "cause", id },
    title: EN_US.cause(id).title,
    words(content) {
      const cause = content.cause(id);
      return { name: [cause.title], keywords: [], body: [cause.explanation] };
    },
  };
}

function tipOf(content: Content, id: string): PreventionTip {
  const tip = content.preventionTips.find((t) => t.id === id);
  if (!tip) throw new Error(`Unknown prevention tip: ${id}`);
  return tip;
}

export function habitSource(id: string, keywords: readonly string[] = []): TopicSource {
  return {
    ref: { kind: "habit", id },
    title: tipOf(EN_US, id).title,
    words(content) {
      const tip = tipOf(content, id);
      return { name: [tip.title], keywords, body: [tip.say] };
    },
  };
}

/** A topic answered in a few sentences; `answer` finds its words in a locale's content. */
export function answerSource(
  topic: Topic,
  answer: (content: Content) => Answer | undefined,
  title: string,
  keywords: readonly string[],
): TopicSource {
  return {
    ref: { kind: "topic", id: topic },
    title,
    words(content) {
      const found = answer(content);
      if (!found) throw new Error(`Unknown answer: ${topic}`);
      return { name: [title], keywords, body: [found.point, ...found.detail] };
    },
  };
}

/** A lifter's question: its name and answer in each locale, and the words people use for it. */
export function lifterSource(id: LifterTopicId): TopicSource {
  return {
    ref: { kind: "lifter", id },
    title: EN_US.lifter[id].name,
    words(content) {
      const answer = content.lifter[id];
      return { name: [answer.name], keywords: EN_LIFTER_TOPIC_SYNONYMS[id], body: [answer.point, ...answer.detail] };
    },
  };
}

/** Every topic the search can answer with. Add a topic here, then run npm run model. */
export const SEARCH_SOURCES: readonly TopicSource[] = [
  ...STRETCH_IDS.map(stretchSource),
  ...EXERCISE_IDS.map(exerciseSource),
  ...CAUSE_IDS.map(causeSource),
  habitSource("form", ["technique", "coach", "trainer"]),
  habitSource("warm-up", ["warmup", "warming up", "cooldown", "cooling down"]),
  habitSource("strength", ["strengthen", "strengthening", "stronger", "weak muscles"]),
  habitSource("listen", ["train through pain", "push through", "signal"]),
  habitSource("rest", ["rest day", "rest days", "recovery", "recover", "days off"]),
  habitSource("progress", ["heavier", "add weight", "increase weight", "progression", "too heavy"]),
  answerSource("causes", (c) => c.answers.causes, "why your neck hurts after training", [
    "causes",
    "cause",
    "reasons",
    "sore",
    "stiff",
    "strain",
    "strained",
  ]),
  answerSource("prevention", (c) => c.answers.prevention, "preventing neck pain", [
    "prevent",
    "prevention",
    "avoid",
    "protect",
  ]),
  answerSource("relief", (c) => c.answers.relief, "what to do when your neck hurts", [
    "pain relief",
    "right now",
    "sore",
    "killing",
  ]),
  answerSource("professional", (c) => c.answers.professional, "when to see a doctor", [
    "doctor",
    "physical therapist",
    "physio",
    "physiotherapist",
    "gp",
    "medical",
  ]),
  answerSource("takeaways", (c) => c.answers.takeaways, "the key takeaways", [
    "takeaways",
    "summary",
    "key points",
    "main points",
    "sum up",
  ]),
  answerSource("stretch-guidance", (c) => c.answers.stretchGuidance, "how to stretch safely", [
    "stretching",
    "how far",
    "overstretch",
    "overstretching",
    "bouncing",
  ]),
  answerSource("ice-or-heat", (c) => c.topics.iceOrHeat, "ice or heat", [
    "ice",
    "heat",
    "ice pack",
    "heat pack",
    "heating pad",
    "cold pack",
    "hot water bottle",
  ]),
  answerSource("pain-medicine", (c) => c.topics.painMedicine, "pain relievers", [
    "painkiller",
    "painkillers",
    "pain reliever",
    "ibuprofen",
    "paracetamol",
    "tylenol",
    "advil",
    "medicine",
    "pills",
  ]),
  answerSource("soreness-duration", (c) => c.topics.sorenessDuration, "how long soreness lasts", [
    "how long",
    "last",
    "doms",
    "days",
  ]),
  answerSource("nutrition", (c) => c.topics.nutrition, "water and food", [
    "water",
    "hydration",
    "drink",
    "food",
    "diet",
    "protein",
    "eat",
  ]),
  ...LIFTER_TOPIC_IDS.map(lifterSource),
];

const unique = (texts: readonly string[]): string => [...new Set(texts)].join(". ");

/** The documents the index is built from: each source's words in every locale, merged. */
export function searchDocuments(sources: readonly TopicSource[] = SEARCH_SOURCES): SearchDocument[] {
  const seen = new Set<string>();
  return sources.map((source) => {
    const key = topicKey(source.ref);
    if (seen.has(key)) throw new Error(`Search source listed twice: ${key}`);
    seen.add(key);
    if (!source.title.trim()) throw new Error(`Search source without a title: ${key}`);
    let words: TopicWords[];
    try {
      words = SUPPORTED_LOCALES.map((locale) => source.words(contentFor(locale), LANGUAGES[locale]));
    } catch (error) {
      throw new Error(`Search source ${key} names what the content no longer has: ${(error as Error).message}`);
    }
    return {
      id: key,
      title: source.title,
      name: unique(words.flatMap((w) => w.name)),
      keywords: unique(words.flatMap((w) => w.keywords)),
      body: unique(words.flatMap((w) => w.body)),
      howTo: unique(words.flatMap((w) => w.howTo ?? [])),
    };
  });
}

/** MiniSearch's serialised index of the documents. */
export function searchIndexJson(documents: readonly SearchDocument[] = searchDocuments()): string {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(documents);
  return JSON.stringify(index);
}

/** The exact text of the index file: a module exporting the index's JSON as one string. */
export function searchIndexText(json: string = searchIndexJson()): string {
  return [
    "/** Generated by scripts/generate-search-index.ts (npm run model) from the content: do not edit. */",
    "/** MiniSearch's serialised index of every topic, as JSON text for MiniSearch.loadJSON (lambda/search/search.ts). */",
    `export const SEARCH_INDEX_JSON: string = '${json.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}';`,
    "",
  ].join("\n");
}

function main(argv: readonly string[]): number {
  const check = argv.includes("--check");
  const path = relative(ROOT, SEARCH_INDEX_PATH);
  const text = searchIndexText();
  if (existsSync(SEARCH_INDEX_PATH) && readFileSync(SEARCH_INDEX_PATH, "utf8") === text) {
    console.log(`Search index up to date (${SEARCH_SOURCES.length} topics, ${Buffer.byteLength(text)} bytes).`);
    return 0;
  }
  if (check) {
    console.error(`Stale search index (run: npx tsx scripts/generate-search-index.ts):\n  ${path}`);
    return 1;
  }
  writeFileSync(SEARCH_INDEX_PATH, text);
  console.log(`Wrote ${path} (${SEARCH_SOURCES.length} topics, ${Buffer.byteLength(text)} bytes).`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
