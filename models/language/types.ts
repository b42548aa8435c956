/** The shape of one locale's language: invocation name, intents and their sample utterances, slot synonyms. */
import type { CauseId, ExerciseId, HabitId, PaceId, RedFlagId, RoutineId, StretchId } from "../types";

export const CUSTOM_INTENTS = [
  "TeachStretchIntent",
  "ListStretchesIntent",
  "NeckPainCauseIntent",
  "PreventionIntent",
  "ReliefIntent",
  "AskAboutIntent",
  "WarningSignsIntent",
  "RedFlagIntent",
  "EmergencyNumberIntent",
  "StartRoutineIntent",
  "ContinuousRoutineIntent",
  "ResumeRoutineIntent",
  "WhatsNextIntent",
  "HowManyLeftIntent",
  "RoutineInfoIntent",
  "TellMeMoreIntent",
  "DiscomfortIntent",
  "WaitIntent",
  "PaceIntent",
  "EndRoutineIntent",
  "ForgetMeIntent",
  "SearchIntent",
  "SetReminderIntent",
  "ListRemindersIntent",
  "StopRemindersIntent",
] as const;
export type CustomIntentName = (typeof CUSTOM_INTENTS)[number];

export const BUILT_IN_INTENTS = [
  "AMAZON.HelpIntent",
  "AMAZON.StopIntent",
  "AMAZON.CancelIntent",
  "AMAZON.FallbackIntent",
  "AMAZON.NavigateHomeIntent",
  "AMAZON.YesIntent",
  "AMAZON.NoIntent",
  "AMAZON.NextIntent",
  "AMAZON.PreviousIntent",
  "AMAZON.RepeatIntent",
  "AMAZON.StartOverIntent",
  "AMAZON.PauseIntent",
  "AMAZON.ResumeIntent",
] as const;
export type BuiltInIntentName = (typeof BUILT_IN_INTENTS)[number];
export type IntentName = CustomIntentName | BuiltInIntentName;

/** Custom slot types, each filled from the content module. */
export const SLOT_TYPES = [
  "STRETCH_NAME",
  "EXERCISE_NAME",
  "ROUTINE_NAME",
  "SYMPTOM_NAME",
  "CAUSE_NAME",
  "HABIT_NAME",
  "PACE_NAME",
  "TOPIC_NAME",
] as const;
export type SlotTypeName = (typeof SLOT_TYPES)[number];

/** Slot names, as the handlers read them. */
export const SLOTS = {
  stretch: { name: "stretch", type: "STRETCH_NAME" },
  exercise: { name: "exercise", type: "EXERCISE_NAME" },
  routine: { name: "routine", type: "ROUTINE_NAME" },
  symptom: { name: "symptom", type: "SYMPTOM_NAME" },
  /** A second warning sign in the same sentence: "my neck is stiff and i have a fever". */
  symptomTwo: { name: "symptomTwo", type: "SYMPTOM_NAME" },
  /** A third: "i have a fever a stiff neck and the light hurts my eyes". */
  symptomThree: { name: "symptomThree", type: "SYMPTOM_NAME" },
  cause: { name: "cause", type: "CAUSE_NAME" },
  habit: { name: "habit", type: "HABIT_NAME" },
  pace: { name: "pace", type: "PACE_NAME" },
  topic: { name: "topic", type: "TOPIC_NAME" },
  /** Free text: Alexa's built-in AMAZON.SearchQuery, no values of ours. */
  query: { name: "query", type: "AMAZON.SearchQuery" },
  /** A time of day: Alexa's built-in AMAZON.TIME ("19:00", or "MO", "AF", "EV", "NI"). */
  time: { name: "time", type: "AMAZON.TIME" },
} as const satisfies Record<string, { name: string; type: SlotTypeName | "AMAZON.SearchQuery" | "AMAZON.TIME" }>;
export type SlotName = keyof typeof SLOTS;

/** The slots a warning sign is heard in, in the order said: up to three signs in one sentence. */
export const SIGN_SLOTS = ["symptom", "symptomTwo", "symptomThree"] as const satisfies readonly SlotName[];
/** The slots whose values come from a custom slot type (all but the free-text query and the time). */
export type TypedSlotName = keyof SlotSynonyms;

export interface IntentLanguage {
  readonly name: IntentName;
  readonly slots?: readonly SlotName[];
  /** Sample utterances; slots written as {stretch}. Built-ins may add samples of their own. */
  readonly samples: readonly string[];
}

/** The other names people use for each slot value, by the content's ids. */
export interface SlotSynonyms {
  readonly stretch: Readonly<Record<StretchId, readonly string[]>>;
  readonly exercise: Readonly<Record<ExerciseId, readonly string[]>>;
  readonly routine: Readonly<Record<RoutineId, readonly string[]>>;
  readonly symptom: Readonly<Record<RedFlagId, readonly string[]>>;
  readonly cause: Readonly<Record<CauseId, readonly string[]>>;
  readonly habit: Readonly<Record<HabitId, readonly string[]>>;
  readonly pace: Readonly<Record<PaceId, readonly string[]>>;
  /** By the ids of models/content/ask-topics.ts, which grow by appending: any string. */
  readonly topic: Readonly<Record<string, readonly string[]>>;
}

export interface LocaleLanguage {
  readonly invocationName: string;
  readonly intents: readonly IntentLanguage[];
  readonly synonyms: SlotSynonyms;
}

/** What a regional variant adds to its parent's language: the ways people there say it. */
export interface LanguageVariant {
  readonly samples?: Partial<Record<IntentName, readonly string[]>>;
  readonly synonyms?: { readonly [S in keyof SlotSynonyms]?: Partial<SlotSynonyms[S]> };
}
