/**
 * Builds the ASK interaction model for a locale from the language (intents,
 * samples) and the content (slot values and synonyms). Pure and deterministic:
 * the same input gives the same JSON, byte for byte.
 */
import { EXERCISES } from "../content/exercises";
import { RED_FLAGS } from "../content/safety";
import { ROUTINES } from "../content/routines";
import { STRETCHES } from "../content/stretches";
import { LANGUAGES, type SupportedLocale } from "./index";
import { SLOTS, SLOT_TYPES, type SlotTypeName } from "./types";

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

/** Anything in the content that names itself: a stretch, an exercise, a routine, a red flag. */
interface Named {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
}

const SLOT_TYPE_SOURCES: Record<SlotTypeName, readonly Named[]> = {
  STRETCH_NAME: STRETCHES,
  EXERCISE_NAME: EXERCISES,
  ROUTINE_NAME: ROUTINES,
  SYMPTOM_NAME: RED_FLAGS,
};

function slotType(name: SlotTypeName): ModelSlotType {
  return {
    name,
    values: SLOT_TYPE_SOURCES[name].map((item) => ({
      id: item.id,
      name: { value: item.name, synonyms: [...item.synonyms] },
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
        types: SLOT_TYPES.map(slotType),
      },
    },
  };
}
