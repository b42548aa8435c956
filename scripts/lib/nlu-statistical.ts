/**
 * Matcher (b), the stand-in for Alexa's statistical understanding: an NLP.js
 * classifier trained only on the interaction model (its samples, with slot
 * values and synonyms filled in until each of their words has been seen (see
 * SlotFormCover), plus Alexa's own built-in training, see
 * nlu-model.ts), slot values found by NLP.js's entity recogniser over the slot
 * types' values and synonyms. Below the confidence threshold: AMAZON.FallbackIntent.
 */
import { Nlp, type NlpEntity } from "@nlpjs/nlp";
import { LangEn, TokenizerEn } from "@nlpjs/lang-en-min";
import { FALLBACK_INTENT, slotValues, trainingSamples, type NluIntent, type NluModel, type NluSlot } from "./nlu-model";
import type { Interpretation, Matcher } from "./nlu-score";
import { sampleParts, spoken, type SamplePart } from "./nlu-text";
import { TIME_TYPE, timeValue } from "./nlu-time";

export interface StatisticalOptions {
  /** Below this classifier score the phrase is out of domain. */
  readonly threshold?: number;
  /**
   * How close a phrase's words must be to a value or synonym to fill a slot
   * (1: exactly, as Alexa's entity resolution resolves; lower: fuzzy).
   */
  readonly entityThreshold?: number;
  /** Filled copies of each sample with slots (at least; more where a type has more spoken forms than samples). */
  readonly fillsPerSample?: number;
}

/**
 * Which of a slot type's spoken forms the filled copies must show at least once:
 * - "every form": each value and synonym;
 * - "every word": enough forms that each word of them is shown, the forms that
 *   bring the most words not yet shown first.
 *
 * NLP.js (this file) trains one perceptron per intent against all the others,
 * so an intent's share of the documents weighs on every decision. With every
 * form, a type with thousands of synonyms (the warning signs) made its two
 * intents more than half of all documents, a weight no carrier phrase of the
 * model gave them; with every word, the classifier still sees each word a slot
 * can bring. Nearest neighbours (nlu-neighbours.ts) turns each document into
 * its placeholder form, so extra copies cost it nothing: it keeps every form.
 */
export type SlotFormCover = "every form" | "every word";

export const DEFAULT_THRESHOLD = 0.5;
const DEFAULT_FILLS = 2;

/** NLP.js entity name for a slot type (letters only: it becomes a token, "@slotstretchname"). */
export const entityName = (type: string): string => `slot${type.toLowerCase().replace(/[^a-z]/g, "")}`;

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

export interface TrainingDocument {
  readonly text: string;
  readonly intent: string;
}

/**
 * A slot type's forms with those that show every word first: each next one
 * brings the most words not yet shown (the earlier form on a tie), and
 * `covering` counts them. The rest follow in their order.
 */
export function wordCover(forms: readonly string[]): { ordered: string[]; covering: number } {
  const words = forms.map((form) => new Set(form.split(" ").filter((w) => w !== "")));
  // How many words not yet shown each form would bring (none, once it is taken), and which forms hold each word.
  const unshown = words.map((set) => set.size);
  const holders = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) {
      const list = holders.get(w);
      if (list) list.push(i);
      else holders.set(w, [i]);
    }
  });
  const taken: number[] = [];
  for (;;) {
    let best = -1;
    let most = 0;
    unshown.forEach((n, i) => {
      if (n > most) [best, most] = [i, n];
    });
    if (best < 0) break;
    taken.push(best);
    for (const w of words[best] ?? []) {
      for (const i of holders.get(w) ?? []) unshown[i] = (unshown[i] ?? 0) - 1;
      holders.delete(w);
    }
  }
  const first = new Set(taken);
  return {
    ordered: [...taken.map((i) => forms[i] ?? ""), ...forms.filter((_, i) => !first.has(i))],
    covering: taken.length,
  };
}

/**
 * The classifier's training set for one intent: each sample once with its
 * custom slots as entity placeholders, and filled with the slot types' spoken
 * forms in turn, so that every value and synonym (or every word of them, see
 * SlotFormCover) is seen at least once. A free-text slot
 * (AMAZON.SearchQuery) leaves its carrier phrase only.
 */
function intentDocuments(
  intent: NluIntent,
  fillsPerSample: number,
  shownForms: (slot: NluSlot) => SlotForms | undefined,
): TrainingDocument[] {
  const slotOf = new Map<string, NluSlot>(intent.slots.map((s) => [s.name, s]));
  const forms = new Map(intent.slots.map((s) => [s.name, shownForms(s)?.forms]));
  const mustShow = new Map(intent.slots.map((s) => [s.name, shownForms(s)?.mustShow ?? 0]));
  const formsOf = (slot: string): readonly string[] | undefined => forms.get(slot);
  const samples = trainingSamples(intent).map(sampleParts);
  const withSlots = samples.filter((parts) => parts.some((p) => "slot" in p));
  const mostForms = Math.max(0, ...intent.slots.map((s) => mustShow.get(s.name) ?? 0));
  const fills = withSlots.length === 0 ? 0 : Math.max(fillsPerSample, Math.ceil(mostForms / withSlots.length));
  const placeholder = (slot: string): string => {
    const type = slotOf.get(slot)?.type;
    return type && formsOf(slot) ? `@${entityName(type)}` : "";
  };
  const next = new Map<string, number>();
  const texts = new Set<string>();
  for (const parts of samples) {
    texts.add(collapse(parts.map((p) => ("slot" in p ? placeholder(p.slot) : p.literal)).join("")));
    if (!parts.some((p) => "slot" in p)) continue;
    for (let i = 0; i < fills; i += 1) {
      const filled = parts.map((p) => {
        if (!("slot" in p)) return p.literal;
        const forms = formsOf(p.slot);
        if (!forms || forms.length === 0) return "";
        const k = next.get(p.slot) ?? 0;
        next.set(p.slot, k + 1);
        return forms[k % forms.length] ?? "";
      });
      texts.add(collapse(filled.join("")));
    }
  }
  return [...texts].filter((t) => t !== "").map((text) => ({ text, intent: intent.name }));
}

/** A slot type's spoken forms in the order they are dealt, and how many of them must be shown. */
interface SlotForms {
  readonly forms: readonly string[];
  readonly mustShow: number;
}

export function trainingDocuments(
  model: NluModel,
  fillsPerSample = DEFAULT_FILLS,
  cover: SlotFormCover = "every form",
): TrainingDocument[] {
  // Each slot type's forms, worked out once: the sign type has thousands and serves four slots.
  const byType = new Map<string, SlotForms | undefined>();
  const shownForms = (slot: NluSlot): SlotForms | undefined => {
    if (byType.has(slot.type)) return byType.get(slot.type);
    const all = slotValues(model, slot)?.flatMap((v) => v.forms);
    let shown: SlotForms | undefined;
    if (all && cover === "every word") {
      const { ordered, covering } = wordCover(all);
      shown = { forms: ordered, mustShow: covering };
    } else if (all) shown = { forms: all, mustShow: all.length };
    byType.set(slot.type, shown);
    return shown;
  };
  return model.intents.flatMap((intent) => intentDocuments(intent, fillsPerSample, shownForms));
}

/**
 * How many words at one end of `words` a carrier covers: the carrier whole, or
 * cut short where it meets the slot ("tell me about" -> "about yoga") or the
 * other end ("does {query} help my neck" -> "does stretching help").
 */
function carrierOverlap(
  words: readonly string[],
  carrier: readonly string[],
  end: "start" | "end",
  most: number,
): number {
  const at = (list: readonly string[], i: number) => (end === "start" ? list[i] : list[list.length - 1 - i]);
  const limit = Math.min(carrier.length, most);
  let best = 0;
  while (best < limit && at(carrier, best) === at(words, best)) best += 1;
  for (let k = limit; k > best; k -= 1) {
    const part = end === "start" ? carrier.slice(carrier.length - k) : carrier.slice(0, k);
    const ends = end === "start" ? words.slice(0, k) : words.slice(words.length - k);
    if (part.every((w, i) => w === ends[i])) best = k;
  }
  return best;
}

/**
 * The words a free-text slot took: the phrase less the carrier words of the
 * intent's sample that best frames it (its words before and after the slot;
 * a side with another slot in it is not stripped). At least one word is left.
 */
export function freeTextValue(intent: NluIntent, slot: string, text: string): string {
  const words = text.split(" ").filter((w) => w !== "");
  const literalWords = (parts: readonly SamplePart[]): string[] =>
    parts.some((p) => "slot" in p)
      ? []
      : spoken(parts.map((p) => ("literal" in p ? p.literal : "")).join(" "))
          .split(" ")
          .filter((w) => w !== "");
  let best = { start: 0, end: words.length, score: -1 };
  for (const sample of intent.samples) {
    const parts = sampleParts(sample);
    const at = parts.findIndex((p) => "slot" in p && p.slot === slot);
    if (at < 0) continue;
    const before = literalWords(parts.slice(0, at));
    const after = literalWords(parts.slice(at + 1));
    const p = carrierOverlap(words, before, "start", words.length - 1);
    const s = carrierOverlap(words, after, "end", words.length - 1 - p);
    // A sample whose carrier frames the phrase whole beats any partial overlap.
    const score = (p === before.length && s === after.length ? words.length : 0) + p + s;
    if (score > best.score) best = { start: p, end: words.length - s, score };
  }
  return words.slice(best.start, best.end).join(" ");
}

/** Entities less those inside or across a longer one: one span of the phrase fills one slot, as on Alexa ("a fever and a stiff neck" is one sign, not "a fever" too). */
function withinLonger(entities: readonly NlpEntity[]): NlpEntity[] {
  const kept: NlpEntity[] = [];
  for (const e of [...entities].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => e.start <= k.end && e.end >= k.start)) kept.push(e);
  }
  return kept;
}

/** The entity found for each custom slot of the intent: by type, in order of position when a type serves two slots (overlapping spans, and one value said twice, count once). */
export function slotsFrom(
  model: NluModel,
  intent: NluIntent,
  entities: readonly NlpEntity[],
  text: string,
): Record<string, string> {
  const slots: Record<string, string> = {};
  const byType = new Map<string, NluSlot[]>();
  for (const slot of intent.slots) {
    if (slotValues(model, slot)) byType.set(slot.type, [...(byType.get(slot.type) ?? []), slot]);
    else {
      const words = freeTextValue(intent, slot.name, text);
      const value = slot.type === TIME_TYPE ? (timeValue(words) ?? timeValue(text) ?? words) : words;
      if (value !== "") slots[slot.name] = value;
    }
  }
  for (const [type, typed] of byType) {
    const found = entities.filter((e) => e.entity === entityName(type) && e.option !== undefined);
    const chosen =
      typed.length === 1
        ? [...found].sort((a, b) => b.accuracy - a.accuracy || b.end - b.start - (a.end - a.start)).slice(0, 1)
        : withinLonger(found)
            .sort((a, b) => a.start - b.start)
            .filter((e, i, all) => all.findIndex((o) => o.option === e.option) === i);
    typed.forEach((slot, i) => {
      const option = chosen[i]?.option;
      if (option !== undefined) slots[slot.name] = option;
    });
  }
  return slots;
}

/**
 * The phrase with each slot value found replaced by its entity placeholder, as
 * NLP.js classifies it a second time; a value found inside a longer one of the
 * same phrase ("quick" in "quick routine") is part of that one, not a second
 * placeholder (NLP.js keeps both and writes "@x@x", which no sample has).
 */
export function entityUtterance(utterance: string, entities: readonly NlpEntity[]): string {
  const longestFirst = [...entities].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NlpEntity[] = [];
  for (const e of longestFirst) if (!kept.some((k) => e.start <= k.end && e.end >= k.start)) kept.push(e);
  kept.sort((a, b) => a.start - b.start);
  let at = 0;
  let text = "";
  for (const e of kept) {
    text += `${utterance.slice(at, e.start)}@${e.entity}`;
    at = e.end + 1;
  }
  return text + utterance.slice(at);
}

export interface StatisticalMatcher extends Matcher {
  readonly documents: number;
}

/** NLP.js settings for a model's language; only English has a language package here. */
function nlpFor(model: NluModel, options: StatisticalOptions): { nlp: Nlp; language: string } {
  const language = model.locale.slice(0, 2);
  if (language !== "en") throw new Error(`statistical matcher: no NLP.js language package for ${model.locale}`);
  const nlp = new Nlp({
    languages: [language],
    autoSave: false,
    autoLoad: false,
    calculateSentiment: false,
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    nlu: { log: false },
    ner: { threshold: options.entityThreshold ?? 1 },
  });
  nlp.use(LangEn);
  return { nlp, language };
}

/** Slot values in a phrase, by NLP.js's entity recogniser over the slot types' values and synonyms. */
export interface EntityRecogniser {
  find(text: string): Promise<NlpEntity[]>;
}

const tokenizer = new TokenizerEn();

/**
 * A spoken form as NLP.js's entity matcher reads a phrase: it matches the
 * phrase after its English tokenizer has split the contractions ("i can't
 * swallow" -> "i ca not swallow", "my eyelid's gone droopy" -> "my eyelid is
 * gone droopy", "cannot" -> "can not"), so a form written with one was never
 * found. Alexa hears such a form as written; each is given both ways.
 */
export const formAsRead = (form: string): string => tokenizer.tokenize(form, false).join(" ");

function addSlotTypes(nlp: Nlp, language: string, model: NluModel): void {
  for (const [type, values] of model.types) {
    for (const value of values)
      nlp.addNerRuleOptionTexts(language, entityName(type), value.id, [
        ...new Set(value.forms.flatMap((form) => [form, formAsRead(form)])),
      ]);
  }
}

/** The entity matching both stand-ins share (nothing to train: the rules are the values and synonyms). */
export function entityRecogniser(model: NluModel, options: StatisticalOptions = {}): EntityRecogniser {
  const { nlp, language } = nlpFor(model, options);
  addSlotTypes(nlp, language, model);
  return { find: async (text) => (await nlp.ner.process({ locale: language, utterance: text })).entities ?? [] };
}

export interface StatisticalMatcher extends Matcher {
  readonly documents: number;
  /** The trained classifier as JSON, to be given back as `options.trained` (a cache). */
  saved(): string;
}

export interface TrainedOptions extends StatisticalOptions {
  /** A classifier `saved()` earlier for the same model and options: used instead of training. */
  readonly trained?: string;
}

export async function statisticalMatcher(model: NluModel, options: TrainedOptions = {}): Promise<StatisticalMatcher> {
  const { nlp, language } = nlpFor(model, options);
  const ner = nlp.ner;
  ner.generateEntityUtterance = async (locale, utterance) =>
    entityUtterance(utterance, (await ner.process({ locale, utterance })).entities ?? []);
  const documents = trainingDocuments(model, options.fillsPerSample ?? DEFAULT_FILLS, "every word");
  if (options.trained !== undefined) nlp.import(options.trained);
  else {
    addSlotTypes(nlp, language, model);
    for (const doc of documents) nlp.addDocument(language, doc.text, doc.intent);
    await nlp.train();
  }
  const intents = new Map(model.intents.map((i) => [i.name, i]));
  return {
    name: "statistical",
    documents: documents.length,
    saved: () => nlp.export(true),
    async interpret(text: string): Promise<Interpretation> {
      const result = await nlp.process(language, text);
      const intent = intents.get(result.intent);
      if (!intent) return { intent: FALLBACK_INTENT, slots: {} };
      return { intent: intent.name, slots: slotsFrom(model, intent, result.entities, text) };
    },
  };
}
