/**
 * How the confidence threshold was chosen, and what it gives: every labelled
 * question is searched; a question is answered when its best match reaches
 * the threshold, and answered right when that match is one of its answers.
 *
 *   npx tsx test/search/calibration.ts    prints the sweep over the tuning half
 *                                         and both halves at MIN_CONFIDENCE
 *
 * The rule: the threshold that maximises F0.5 (precision weighs twice recall:
 * a wrong answer costs more than "here is what I can help with") on the tuning
 * half, placed halfway into the gap below the best candidate.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MIN_CONFIDENCE, rankTopics } from "../../lambda/search/search";
import { topicKey } from "../../lambda/search/topic-ref";
import { CHECK, TUNE, type Labelled } from "./labelled";

interface Scored {
  readonly query: string;
  /** The best match's score, 0 when nothing matched. */
  readonly score: number;
  readonly hasAnswer: boolean;
  /** The best match is one of the question's answers. */
  readonly right: boolean;
}

export interface Evaluation {
  readonly questions: number;
  /** Questions with at least one right answer. */
  readonly answerable: number;
  /** Questions whose best match reached the threshold. */
  readonly answered: number;
  /** Answered, and answered right. */
  readonly right: number;
  /** right / answered: how often an answer given is the right one. */
  readonly precision: number;
  /** right / answerable: how many of the questions that have an answer get it. */
  readonly recall: number;
  /** The answers given that are wrong: a question with no answer, or the wrong topic. */
  readonly wrong: readonly string[];
}

export function score(set: readonly Labelled[]): Scored[] {
  return set.map(({ query, answers }) => {
    const best = rankTopics(query, "en-US")[0];
    return {
      query,
      score: best?.score ?? 0,
      hasAnswer: answers.length > 0,
      right: best !== undefined && answers.includes(topicKey(best.ref)),
    };
  });
}

export function evaluate(scored: readonly Scored[], threshold: number): Evaluation {
  const answered = scored.filter((s) => s.score > 0 && s.score >= threshold);
  const right = answered.filter((s) => s.right).length;
  const answerable = scored.filter((s) => s.hasAnswer).length;
  return {
    questions: scored.length,
    answerable,
    answered: answered.length,
    right,
    precision: answered.length ? right / answered.length : 1,
    recall: answerable ? right / answerable : 1,
    wrong: answered.filter((s) => !s.right).map((s) => s.query),
  };
}

const fHalf = ({ precision: p, recall: r }: Evaluation): number => (p + r === 0 ? 0 : (1.25 * p * r) / (0.25 * p + r));

/** The threshold the rule picks on `scored`, and the open interval of thresholds that do as well. */
export function calibrate(scored: readonly Scored[]): { threshold: number; above: number; below: number } {
  const candidates = [...new Set(scored.map((s) => s.score).filter((s) => s > 0))].sort((a, b) => a - b);
  let best = 0;
  for (let i = 1; i < candidates.length; i += 1) {
    if (fHalf(evaluate(scored, candidates[i] ?? 0)) > fHalf(evaluate(scored, candidates[best] ?? 0))) best = i;
  }
  const at = candidates[best] ?? 0;
  const below = candidates[best - 1] ?? 0;
  return { threshold: (at + below) / 2, below, above: at };
}

function describe(name: string, e: Evaluation): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  return `${name}: ${e.questions} questions (${e.answerable} with an answer): answered ${e.answered}, right ${e.right}; precision ${pct(e.precision)}, recall ${pct(e.recall)}${e.wrong.length ? `; wrong: ${e.wrong.join(", ")}` : ""}`;
}

function main(): void {
  const tune = score(TUNE);
  const check = score(CHECK);
  const { threshold, below, above } = calibrate(tune);
  console.log(
    `Tuning half: best F0.5 for a threshold in (${below.toFixed(2)}, ${above.toFixed(2)}]; midpoint ${threshold.toFixed(2)}.`,
  );
  console.log(`MIN_CONFIDENCE = ${MIN_CONFIDENCE}`);
  console.log(describe("tune ", evaluate(tune, MIN_CONFIDENCE)));
  console.log(describe("check", evaluate(check, MIN_CONFIDENCE)));
  console.log(describe("all  ", evaluate([...tune, ...check], MIN_CONFIDENCE)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
