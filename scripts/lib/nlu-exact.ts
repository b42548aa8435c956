/**
 * Matcher (a), a lower bound on Alexa: virtual-alexa's exact matching of the
 * samples, slots filled only by a value or synonym of their type (free-text
 * slots by anything). What matches no sample is AMAZON.FallbackIntent, as
 * Alexa sends it. Slot values are resolved to their ids as entity resolution does,
 * and times to AMAZON.TIME's values as Alexa's built-in type does.
 */
import { InteractionModel } from "virtual-alexa/lib/src/model/InteractionModel";
import { Utterance } from "virtual-core";
import { FALLBACK_INTENT, findIntent, type NluModel } from "./nlu-model";
import type { Interpretation, Matcher } from "./nlu-score";
import { TIME_TYPE, timeValue } from "./nlu-time";

export function exactMatcher(model: NluModel): Matcher {
  // fromJSON mutates its input and adds virtual-alexa's own built-in samples.
  const matcherModel = InteractionModel.fromJSON(JSON.parse(model.source));
  return {
    name: "exact",
    interpret(text: string): Interpretation {
      const utterance = new Utterance(matcherModel, text);
      const intent = utterance.intent();
      if (!utterance.matched() || intent === undefined) return { intent: FALLBACK_INTENT, slots: {} };
      const declared = findIntent(model, intent)?.slots ?? [];
      const slots: Record<string, string> = {};
      for (const [name, heard] of Object.entries(utterance.toJSON() as Record<string, string>)) {
        const value = heard.trim();
        if (value === "") continue;
        const type = declared.find((s) => s.name === name)?.type;
        const resolved =
          type && model.types.has(type) ? matcherModel.slotTypes.matchesSlot(type, value).enumeratedValue : undefined;
        slots[name] = resolved
          ? (resolved.id ?? resolved.name.value)
          : type === TIME_TYPE
            ? (timeValue(value) ?? value)
            : value;
      }
      return { intent, slots };
    },
  };
}
