/**
 * The check half must never be copied into the samples: a check phrasing,
 * compared without case, punctuation or the invocation, must not equal any
 * sample of the model with its slots filled by any value or synonym of their
 * type. A free-text slot (AMAZON.SearchQuery) is filled by any words.
 */
import { slotValues, type NluModel } from "./nlu-model";
import { alternation, comparable, sampleRegex, spoken, stripInvocation } from "./nlu-text";

export interface Leak {
  readonly text: string;
  readonly intent: string;
  readonly sample: string;
}

/** The phrasings among `texts` that some sample of `model`, filled, equals. */
export function leaks(model: NluModel, texts: readonly string[]): Leak[] {
  const filled = model.intents.flatMap((intent) =>
    intent.samples.map((sample) => ({
      intent: intent.name,
      sample,
      regex: sampleRegex(
        sample,
        (slot) => {
          const declared = intent.slots.find((s) => s.name === slot);
          const values = declared ? slotValues(model, declared) : undefined;
          return values ? alternation(values.flatMap((v) => v.forms), comparable) : ".+";
        },
        comparable,
      ),
    })),
  );
  const found: Leak[] = [];
  for (const text of texts) {
    const key = comparable(stripInvocation(spoken(text), model.invocationName));
    const hit = filled.find((f) => f.regex.test(key));
    if (hit) found.push({ text, intent: hit.intent, sample: hit.sample });
  }
  return found;
}
