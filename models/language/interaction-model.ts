/**
 * Builds the ASK interaction model for a locale from the language (intents,
 * samples, slot synonyms) and the content (slot values). Pure and deterministic:
 * the same input gives the same JSON, byte for byte.
 */
import { PREVENTION_TIPS } from "../content/answers";
import { CAUSES } from "../content/causes";
import { EXERCISES } from "../content/exercises";
import { ASK_TOPICS } from "../content/ask-topics";
import { PACE_NAMES } from "../content/pace";
import { RED_FLAGS } from "../content/safety";
import { ROUTINES } from "../content/routines";
import { STRETCHES } from "../content/stretches";
import { LANGUAGES, type SupportedLocale } from "./index";
import { SLOTS, SLOT_TYPES, type SlotSynonyms, type SlotTypeName, type TypedSlotName } from "./types";

export interface ModelSlot {
  name: string;
  type: string;
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples: string[];
}

export interface ModelTypeValue {
  id: string;
  name: { value: string; synonyms: string[] };
}

export interface ModelSlotType {
  name: string;
  values: ModelTypeValue[];
}

export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types: ModelSlotType[];
    };
  };
}

/** Anything in the content that names itself: a stretch, an exercise, a routine, a red flag, a cause, a habit, a pace, a topic. */
interface Named {
  readonly id: string;
  readonly name: string;
}

/** Where each slot type's values come from: the content's names, the language's synonyms. */
const SLOT_TYPE_SOURCES: Readonly<
  Record<SlotTypeName, { readonly items: readonly Named[]; readonly slot: TypedSlotName }>
> = {
  STRETCH_NAME: { items: STRETCHES, slot: "stretch" },
  EXERCISE_NAME: { items: EXERCISES, slot: "exercise" },
  ROUTINE_NAME: { items: ROUTINES, slot: "routine" },
  SYMPTOM_NAME: { items: RED_FLAGS, slot: "symptom" },
  CAUSE_NAME: { items: CAUSES, slot: "cause" },
  HABIT_NAME: { items: PREVENTION_TIPS, slot: "habit" },
  PACE_NAME: { items: PACE_NAMES, slot: "pace" },
  TOPIC_NAME: { items: ASK_TOPICS, slot: "topic" },
};

function slotType(name: SlotTypeName, synonyms: SlotSynonyms): ModelSlotType {
  const { items, slot } = SLOT_TYPE_SOURCES[name];
  const byId: Readonly<Record<string, readonly string[]>> = synonyms[slot];
  return {
    name,
    values: items.map((item) => ({
      id: item.id,
      name: { value: item.name, synonyms: [...(byId[item.id] ?? [])] },
    })),
  };
}

export function buildInteractionModel(locale: SupportedLocale): InteractionModel {
  const language = LANGUAGES[locale];
  const intents = language.intents.map((intent): ModelIntent => {
    const built: ModelIntent = { name: intent.name, samples: [...intent.samples] };
    if (intent.slots && intent.slots.length > 0) {
      built.slots = intent.slots.map((slot) => ({ name: SLOTS[slot].name, type: SLOTS[slot].type }));
      // Keep "samples" last, as the developer console writes it.
      return { name: built.name, slots: built.slots, samples: built.samples };
    }
    return built;
  });
  return {
    interactionModel: {
      languageModel: {
        invocationName: language.invocationName,
        intents,
        types: SLOT_TYPES.map((type) => slotType(type, language.synonyms)),
      },
    },
  };
}
