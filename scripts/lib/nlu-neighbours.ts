/**
 * Matcher (c), a second stand-in for Alexa's statistical understanding, of
 * another family than NLP.js's neural network: nearest neighbours over TF-IDF
 * vectors (word unigrams and bigrams, Porter stems) of NLP.js's training
 * documents (nlu-statistical.ts: the model's samples filled with slot values,
 * plus Alexa's own built-in training, nlu-model.ts), each slot value found
 * replaced by its type's placeholder by the same entity matching. The k
 * nearest documents vote with their cosine similarity; when the winner's
 * nearest document is less similar than the out-of-domain threshold, the
 * phrase is AMAZON.FallbackIntent. The threshold is calibrated on the model
 * alone (calibrateThreshold): never on an evaluation corpus.
 */
import { stemmer } from "stemmer";
import { FALLBACK_INTENT, FALLBACK_TRAINING, type NluModel } from "./nlu-model";
import type { Interpretation, Matcher } from "./nlu-score";
import {
  entityRecogniser,
  entityUtterance,
  slotsFrom,
  trainingDocuments,
  type TrainingDocument,
} from "./nlu-statistical";
import { spoken } from "./nlu-text";

export const DEFAULT_NEIGHBOURS = 5;

/** A text's features: its words' stems ("@slot..." placeholders as they are), and each pair of neighbouring stems. */
export function features(text: string): string[] {
  const words = text
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => (w.startsWith("@") ? w : stemmer(spoken(w).replace(/'/g, ""))))
    .filter((w) => w !== "");
  return [...words, ...words.slice(1).map((w, i) => `${words[i] ?? ""} ${w}`)];
}

/** A sparse vector: feature -> weight, of length 1 (or empty). */
export type Vector = ReadonlyMap<string, number>;

/** TF-IDF over a set of documents: weights (1 + log tf) * idf, vectors of length 1. */
export class TfIdf {
  private readonly idf = new Map<string, number>();

  constructor(documents: readonly (readonly string[])[]) {
    const df = new Map<string, number>();
    for (const doc of documents) for (const f of new Set(doc)) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log((1 + documents.length) / (1 + n)) + 1);
  }

  /** A features list as a unit vector; features no document has are left out. */
  vector(feats: readonly string[]): Vector {
    const tf = new Map<string, number>();
    for (const f of feats) if (this.idf.has(f)) tf.set(f, (tf.get(f) ?? 0) + 1);
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [f, n] of tf) {
      const w = (1 + Math.log(n)) * (this.idf.get(f) ?? 0);
      weights.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [f, w] of weights) weights.set(f, w / norm);
    return weights;
  }
}

export interface Neighbour {
  readonly index: number;
  readonly label: string;
  readonly similarity: number;
}

/** Labelled unit vectors with an inverted index: cosine similarity to the nearest ones. */
export class NeighbourIndex {
  private readonly postings = new Map<string, { index: number; weight: number }[]>();

  constructor(
    private readonly vectors: readonly Vector[],
    readonly labels: readonly string[],
  ) {
    vectors.forEach((vector, index) => {
      for (const [f, weight] of vector) {
        const list = this.postings.get(f);
        if (list) list.push({ index, weight });
        else this.postings.set(f, [{ index, weight }]);
      }
    });
  }

  get size(): number {
    return this.vectors.length;
  }

  /** The k most similar vectors (similarity above 0), most similar first; `skip` leaves some out. */
  nearest(query: Vector, k: number, skip: (index: number) => boolean = () => false): Neighbour[] {
    const scores = new Map<number, number>();
    for (const [f, w] of query) {
      for (const { index, weight } of this.postings.get(f) ?? [])
        scores.set(index, (scores.get(index) ?? 0) + w * weight);
    }
    return [...scores]
      .filter(([index, s]) => s > 0 && !skip(index))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([index, similarity]) => ({ index, label: this.labels[index] ?? "", similarity }));
  }
}

/**
 * The k nearest neighbours vote, each with its similarity; the winner's
 * confidence is the similarity of its own nearest neighbour.
 */
export function vote(neighbours: readonly Neighbour[]): { label: string; confidence: number } | undefined {
  const totals = new Map<string, { sum: number; best: number }>();
  for (const n of neighbours) {
    const t = totals.get(n.label) ?? { sum: 0, best: 0 };
    totals.set(n.label, { sum: t.sum + n.similarity, best: Math.max(t.best, n.similarity) });
  }
  let winner: { label: string; sum: number; best: number } | undefined;
  for (const [label, t] of totals) if (!winner || t.sum > winner.sum) winner = { label, ...t };
  return winner && { label: winner.label, confidence: winner.best };
}

/**
 * The out-of-domain threshold, from the model alone: the similarity that best
 * separates in-domain phrases (each training document, held out, against the
 * others) from out-of-domain ones (everyday requests to Alexa in other domains,
 * nlu-model.ts's FALLBACK_TRAINING, against the in-domain documents): the
 * threshold right for the largest share of each, the two shares weighed
 * equally; of equal ones, the lowest.
 */
export function calibrateThreshold(inDomain: readonly number[], outOfDomain: readonly number[]): number {
  if (inDomain.length === 0 || outOfDomain.length === 0) return 0;
  const candidates = [...new Set([0, ...inDomain, ...outOfDomain.map((s) => s + 1e-9)])].sort((a, b) => a - b);
  let best = { threshold: 0, score: -1 };
  for (const t of candidates) {
    const kept = inDomain.filter((s) => s >= t).length / inDomain.length;
    const refused = outOfDomain.filter((s) => s < t).length / outOfDomain.length;
    if (kept + refused > best.score + 1e-12) best = { threshold: t, score: kept + refused };
  }
  return best.threshold;
}

export interface NeighboursOptions {
  /** How many nearest documents vote. */
  readonly k?: number;
  /** The out-of-domain threshold; calibrated on the model when not given. */
  readonly threshold?: number;
  /** At most this many held-out documents in the calibration (every n-th), to keep it quick. */
  readonly calibrationSize?: number;
  /** What `saved()` gave earlier for the same model and options: used instead of training. */
  readonly trained?: string;
}

export interface NeighboursMatcher extends Matcher {
  readonly documents: number;
  readonly threshold: number;
  /** The training documents (slot values as placeholders) and the threshold as JSON, to be given back as `options.trained` (a cache). */
  saved(): string;
}

interface Trained {
  readonly documents: readonly TrainingDocument[];
  readonly threshold: number;
}

/** NLP.js's documents, filled with every value and synonym ("every form"), each slot value as its placeholder; copies that become equal are one. */
async function placeholderDocuments(
  model: NluModel,
  placeholders: (text: string) => Promise<string>,
): Promise<TrainingDocument[]> {
  const unique = new Map<string, TrainingDocument>();
  for (const doc of trainingDocuments(model, undefined, "every form")) {
    const text = await placeholders(doc.text);
    unique.set(`${doc.intent}\n${text}`, { text, intent: doc.intent });
  }
  return [...unique.values()];
}

export async function neighboursMatcher(model: NluModel, options: NeighboursOptions = {}): Promise<NeighboursMatcher> {
  const k = options.k ?? DEFAULT_NEIGHBOURS;
  const entities = entityRecogniser(model);
  const placeholders = async (text: string) => entityUtterance(text, await entities.find(text));
  const earlier = options.trained === undefined ? undefined : (JSON.parse(options.trained) as Trained);
  const documents = earlier?.documents ?? (await placeholderDocuments(model, placeholders));
  const feats = documents.map((d) => features(d.text));
  const tfidf = new TfIdf(feats);
  const index = new NeighbourIndex(
    feats.map((f) => tfidf.vector(f)),
    documents.map((d) => d.intent),
  );
  const vectorOf = async (text: string) => tfidf.vector(features(await placeholders(text)));

  let threshold = options.threshold ?? earlier?.threshold;
  if (threshold === undefined) {
    const inDomain: number[] = [];
    const ids = documents.map((_, i) => i).filter((i) => documents[i]?.intent !== FALLBACK_INTENT);
    const step = Math.max(1, Math.ceil(ids.length / (options.calibrationSize ?? 1500)));
    for (let j = 0; j < ids.length; j += step) {
      const i = ids[j] ?? 0;
      const held = vote(index.nearest(tfidf.vector(feats[i] ?? []), k, (n) => n === i));
      inDomain.push(held !== undefined && held.label === documents[i]?.intent ? held.confidence : 0);
    }
    const isFallback = (n: number) => documents[n]?.intent === FALLBACK_INTENT;
    const outOfDomain = await Promise.all(
      FALLBACK_TRAINING.map(async (text) => index.nearest(await vectorOf(text), 1, isFallback)[0]?.similarity ?? 0),
    );
    threshold = calibrateThreshold(inDomain, outOfDomain);
  }
  const intents = new Map(model.intents.map((i) => [i.name, i]));
  const cutoff = threshold;
  return {
    name: "neighbours",
    documents: documents.length,
    threshold: cutoff,
    saved: () => JSON.stringify({ documents, threshold: cutoff } satisfies Trained),
    async interpret(text: string): Promise<Interpretation> {
      const found = await entities.find(text);
      const winner = vote(index.nearest(tfidf.vector(features(entityUtterance(text, found))), k));
      const intent = winner && winner.confidence >= cutoff ? intents.get(winner.label) : undefined;
      if (!intent || intent.name === FALLBACK_INTENT) return { intent: FALLBACK_INTENT, slots: {} };
      return { intent: intent.name, slots: slotsFrom(model, intent, found, text) };
    },
  };
}
