import type { canfulfill } from "ask-sdk-model";
import { EN_SYNONYMS } from "../../models/language/en-synonyms";
import { CUSTOM_INTENTS, SIGN_SLOTS, type SlotName } from "../../models/language/types";
import { ASK_TOPICS } from "../../models/content/ask-topics";
import { PACE_NAMES } from "../../models/content/pace";
import { contentFor, type SupportedLocale } from "../../models/locales";
import type { RequestView } from "../turn/request";
import { isOneOf } from "../../models/one-of";

/** Intents a name-free request should not bring to Neck Coach: a warning sign, the emergency number. */
const NOT_FOR_A_STRETCHING_SKILL: ReadonlySet<string> = new Set(["RedFlagIntent", "EmergencyNumberIntent"]);

/** Every name and synonym of every slot's values, lower case, by slot name; built once per locale. */
const knownValues = new Map<SupportedLocale, Readonly<Partial<Record<SlotName, ReadonlySet<string>>>>>();

function valuesOf(locale: SupportedLocale): Readonly<Partial<Record<SlotName, ReadonlySet<string>>>> {
  let known = knownValues.get(locale);
  if (!known) {
    const content = contentFor(locale);
    const names = (
      items: readonly { readonly id: string; readonly name: string }[],
      synonyms: Readonly<Record<string, readonly string[]>>,
    ) => new Set(items.flatMap((item) => [item.name, ...(synonyms[item.id] ?? [])]).map((name) => name.toLowerCase()));
    // One set of sign names serves every slot a sign is heard in.
    const signs = names(content.redFlags, EN_SYNONYMS.symptom);
    known = {
      ...Object.fromEntries(SIGN_SLOTS.map((slot) => [slot, signs])),
      stretch: names(content.stretches, EN_SYNONYMS.stretch),
      exercise: names(content.exercises, EN_SYNONYMS.exercise),
      routine: names(content.routines, EN_SYNONYMS.routine),
      cause: names(content.causes, EN_SYNONYMS.cause),
      habit: names(content.preventionTips, EN_SYNONYMS.habit),
      pace: names(PACE_NAMES, EN_SYNONYMS.pace),
      topic: names(ASK_TOPICS, EN_SYNONYMS.topic),
    };
    knownValues.set(locale, known);
  }
  return known;
}

/**
 * Name-free interaction: can Neck Coach answer this? A slot is understood when
 * entity resolution matched it, or when its words are a name or synonym the
 * skill knows. Answers from the request alone and changes no state.
 */
export function canFulfill(view: RequestView): canfulfill.CanFulfillIntent {
  if (!isOneOf(CUSTOM_INTENTS, view.intent)) return { canFulfill: "NO" };
  // A symptom said to no skill by name belongs with a doctor or the emergency number, not a stretching skill.
  if (NOT_FOR_A_STRETCHING_SKILL.has(view.intent)) return { canFulfill: "NO" };
  const known: Readonly<Record<string, ReadonlySet<string> | undefined>> = valuesOf(view.locale);
  const slots: Record<string, canfulfill.CanFulfillSlot> = {};
  let all: "YES" | "MAYBE" = "YES";
  for (const [name, value] of Object.entries(view.slots)) {
    if (!value.raw) continue;
    // Own keys only: a slot named "valueOf" or "constructor" is no slot of ours.
    const values = Object.hasOwn(known, name) ? known[name] : undefined;
    const understood = value.id !== undefined || values?.has(value.raw.toLowerCase()) === true;
    slots[name] = understood
      ? { canUnderstand: "YES", canFulfill: "YES" }
      : { canUnderstand: "MAYBE", canFulfill: "NO" };
    if (!understood) all = "MAYBE";
  }
  return { canFulfill: all, ...(Object.keys(slots).length ? { slots } : {}) };
}
