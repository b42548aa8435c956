/**
 * Everything the skill says, as one typed value per locale. `EN_US_CONTENT`
 * is the base; other locales override only what differs (models/locales).
 */
import type {
  Answer,
  Cause,
  CauseId,
  ExerciseId,
  ExerciseNote,
  RedFlag,
  Routine,
  RoutineId,
  Stretch,
  StretchId,
} from "../types";
import {
  PREVENTION_ANSWER,
  PREVENTION_TIPS,
  PROFESSIONAL_ANSWER,
  RELIEF_ANSWER,
  STRETCH_GUIDANCE_ANSWER,
  TAKEAWAYS_ANSWER,
} from "./answers";
import { CAUSES, CAUSES_ANSWER } from "./causes";
import { EXERCISES } from "./exercises";
import { WORDS } from "./prompts";
import { ROUTINES } from "./routines";
import { DISCLAIMER_FULL, DISCLAIMER_SHORT, EMERGENCY_NUMBER, RED_FLAGS } from "./safety";
import { DEFAULT_STRETCH, STRETCHES } from "./stretches";
import {
  CAUSE_MORE,
  COMMON_STRAINING_LIFTS,
  HABIT_MORE,
  ICE_OR_HEAT,
  NUTRITION,
  OVERVIEW_MORE,
  PAIN_MEDICINE,
  SORENESS_DURATION,
  type TopicAnswer,
} from "./topics";
import { TRIAGE, WARNING_SIGNS } from "./triage";
import { LIFTER_ANSWERS, type LifterAnswer, type LifterTopicId } from "./lifter";

/** Literal types widened to what any locale may say in their place. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/** The skill's own words around the content (models/content/prompts.ts in en-US). */
export type Words = Widen<typeof WORDS>;

export interface Answers {
  readonly causes: Answer;
  readonly prevention: Answer;
  readonly relief: Answer;
  readonly professional: Answer;
  readonly takeaways: Answer;
  readonly stretchGuidance: Answer;
}

export interface Safety {
  readonly disclaimerShort: string;
  readonly disclaimerFull: string;
  /** The local emergency number, as it is spoken. */
  readonly emergencyNumber: string;
}

/** One locale's content, as plain data. */
export interface ContentData {
  readonly words: Words;
  readonly stretches: readonly Stretch[];
  readonly routines: readonly Routine[];
  readonly causes: readonly Cause[];
  readonly exercises: readonly ExerciseNote[];
  readonly preventionTips: typeof PREVENTION_TIPS;
  readonly redFlags: readonly RedFlag[];
  readonly answers: Answers;
  readonly safety: Safety;
  /** The stretch taught when someone asks for "a stretch" without naming one. */
  readonly defaultStretch: StretchId;
  /** Short answers beyond the overviews, each with one level more. */
  readonly topics: {
    readonly iceOrHeat: TopicAnswer;
    readonly painMedicine: TopicAnswer;
    readonly sorenessDuration: TopicAnswer;
    readonly nutrition: TopicAnswer;
  };
  /** "Tell me more" after an overview answer, a cause, a prevention habit. */
  readonly more: {
    readonly overview: Widen<typeof OVERVIEW_MORE>;
    readonly cause: Readonly<Record<CauseId, string>>;
    readonly habit: Readonly<Record<string, string>>;
  };
  readonly commonStrainingLifts: readonly ExerciseId[];
  /** What lifters ask next (lifter.ts), by topic. */
  readonly lifter: Readonly<Record<LifterTopicId, LifterAnswer>>;
  readonly triage: Widen<typeof TRIAGE>;
  readonly warningSigns: Widen<typeof WARNING_SIGNS>;
}

export const EN_US_CONTENT: ContentData = {
  words: WORDS,
  stretches: STRETCHES,
  routines: ROUTINES,
  causes: CAUSES,
  exercises: EXERCISES,
  preventionTips: PREVENTION_TIPS,
  redFlags: RED_FLAGS,
  answers: {
    causes: CAUSES_ANSWER,
    prevention: PREVENTION_ANSWER,
    relief: RELIEF_ANSWER,
    professional: PROFESSIONAL_ANSWER,
    takeaways: TAKEAWAYS_ANSWER,
    stretchGuidance: STRETCH_GUIDANCE_ANSWER,
  },
  safety: {
    disclaimerShort: DISCLAIMER_SHORT,
    disclaimerFull: DISCLAIMER_FULL,
    emergencyNumber: EMERGENCY_NUMBER,
  },
  defaultStretch: DEFAULT_STRETCH,
  topics: {
    iceOrHeat: ICE_OR_HEAT,
    painMedicine: PAIN_MEDICINE,
    sorenessDuration: SORENESS_DURATION,
    nutrition: NUTRITION,
  },
  more: { overview: OVERVIEW_MORE, cause: CAUSE_MORE, habit: HABIT_MORE },
  commonStrainingLifts: COMMON_STRAINING_LIFTS,
  lifter: LIFTER_ANSWERS,
  triage: TRIAGE,
  warningSigns: WARNING_SIGNS,
};

/** A locale's content with lookups by id, built once per locale. */
export interface Content extends ContentData {
  stretch(id: StretchId): Stretch;
  routine(id: RoutineId): Routine;
  exercise(id: ExerciseId): ExerciseNote;
  cause(id: CauseId): Cause;
}

function lookup<I extends string, T extends { readonly id: I }>(items: readonly T[], kind: string): (id: I) => T {
  const byId = new Map<I, T>(items.map((item) => [item.id, item]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`Unknown ${kind}: ${id}`);
    return found;
  };
}

export function withLookups(data: ContentData): Content {
  return {
    ...data,
    stretch: lookup(data.stretches, "stretch"),
    routine: lookup(data.routines, "routine"),
    exercise: lookup(data.exercises, "exercise"),
    cause: lookup(data.causes, "cause"),
  };
}
