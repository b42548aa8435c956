/**
 * What people say reaches the intended intent and slot value, through
 * virtual-alexa's offline matcher over the committed interaction model
 * (samples matched case-insensitively, slots checked against values and synonyms).
 * The Utterance matcher is used directly: VirtualAlexa.utter() treats any phrase
 * containing "ask", "tell", "open" or "launch" as a launch request.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InteractionModel } from "virtual-alexa/lib/src/model/InteractionModel";
import { Utterance } from "virtual-core";
import { SUPPORTED_LOCALES } from "../../models/language/index";
import type { InteractionModel as InteractionModelJson } from "../../models/language/interaction-model";
import { CUSTOM_INTENTS, SLOTS, type IntentName, type SlotName } from "../../models/language/types";

type Expected = readonly [phrase: string, intent: IntentName, slot?: readonly [SlotName, string, string]];

/** [what the user says, the intent, optionally [slot, the value heard, the resolved id]]. */
const TABLE: readonly Expected[] = [
  // A single stretch
  ["how do I do a neck retraction", "TeachStretchIntent", ["stretch", "neck retraction", "chin-tuck"]],
  ["how do I do a chin tuck", "TeachStretchIntent", ["stretch", "chin tuck", "chin-tuck"]],
  ["how to do neck rolls", "TeachStretchIntent", ["stretch", "neck rolls", "neck-half-circle"]],
  ["teach me the doorway stretch", "TeachStretchIntent", ["stretch", "doorway stretch", "doorway-chest-stretch"]],
  ["show me a shoulder roll", "TeachStretchIntent", ["stretch", "shoulder roll", "shoulder-roll"]],
  ["walk me through the seated forward fold", "TeachStretchIntent", ["stretch", "seated forward fold", "seated-forward-fold"]],
  ["Chin tucks please", "TeachStretchIntent", ["stretch", "chin tucks", "chin-tuck"]],
  ["teach me a stretch for a stiff neck", "TeachStretchIntent"],
  ["give me a neck stretch", "TeachStretchIntent"],
  ["I want a stretch", "TeachStretchIntent"],
  ["what stretches do you know?", "ListStretchesIntent"],
  ["list the stretches", "ListStretchesIntent"],
  // Answers
  ["why does my neck hurt after the gym", "NeckPainCauseIntent"],
  ["why does my neck hurt after deadlifts", "NeckPainCauseIntent", ["exercise", "deadlifts", "deadlift"]],
  ["can bench press hurt my neck", "NeckPainCauseIntent", ["exercise", "bench press", "bench-press"]],
  ["why does my neck hurt after working out", "NeckPainCauseIntent"],
  ["what causes neck pain from lifting", "NeckPainCauseIntent"],
  ["are pull ups bad for my neck", "NeckPainCauseIntent", ["exercise", "pull ups", "pull-up"]],
  ["how do I stop my neck hurting when I lift", "PreventionIntent"],
  ["how can I prevent neck pain", "PreventionIntent"],
  ["how do I protect my neck during squats", "PreventionIntent", ["exercise", "squats", "squat"]],
  ["my neck hurts what should I do", "ReliefIntent"],
  ["what do I do for a sore neck right now", "ReliefIntent"],
  ["my neck is killing me", "ReliefIntent"],
  ["when should I see a doctor", "ProfessionalHelpIntent"],
  ["should I see a physical therapist", "ProfessionalHelpIntent"],
  ["what are the key points", "KeyTakeawaysIntent"],
  ["give me a summary", "KeyTakeawaysIntent"],
  ["what should I eat and drink for recovery", "NutritionIntent"],
  ["should I use ice or heat", "IceOrHeatIntent"],
  ["can I take ibuprofen", "PainMedicineIntent"],
  ["how long will my neck be sore", "SorenessDurationIntent"],
  ["how do I stretch safely", "StretchSafelyIntent"],
  ["which lifts strain the neck", "StrainingLiftsIntent"],
  ["is overuse causing neck pain", "NeckPainCauseIntent", ["cause", "overuse", "repetition"]],
  ["does warming up help prevent neck pain", "PreventionIntent", ["habit", "warming up", "warm-up"]],
  ["what do you think about yoga", "SearchIntent"],
  // Warning signs: asked about, and reported
  ["what are the warning signs", "WarningSignsIntent"],
  ["is tingling serious", "WarningSignsIntent", ["symptom", "tingling", "arm-tingling"]],
  ["I have numbness in my arm", "RedFlagIntent", ["symptom", "numbness in my arm", "arm-tingling"]],
  ["my neck hurts and I have a fever", "RedFlagIntent", ["symptom", "fever", "fever"]],
  ["my neck is stiff and I have a fever", "RedFlagIntent", ["symptomTwo", "a fever", "fever"]],
  ["what's the emergency number", "EmergencyNumberIntent"],
  ["when do I ring triple zero", "EmergencyNumberIntent"],
  ["so my arm is numb", "RedFlagIntent", ["symptom", "my arm is numb", "arm-tingling"]],
  ["I'm having a severe headache", "RedFlagIntent", ["symptom", "a severe headache", "worst-headache"]],
  ["I feel dizzy", "RedFlagIntent", ["symptom", "dizzy", "dizziness"]],
  ["I think I was in a car accident", "RedFlagIntent", ["symptom", "i was in a car accident", "injury"]],
  // Routines
  ["start my routine", "StartRoutineIntent"],
  ["start a routine", "StartRoutineIntent"],
  ["start the quick routine", "StartRoutineIntent", ["routine", "quick routine", "quick"]],
  ["give me a quick one", "StartRoutineIntent", ["routine", "quick one", "quick"]],
  ["let's do the after lifting routine", "StartRoutineIntent", ["routine", "after lifting routine", "after-lifting"]],
  ["start my workout", "StartRoutineIntent"],
  ["play the whole routine without stopping", "ContinuousRoutineIntent"],
  ["play the full routine without stopping", "ContinuousRoutineIntent", ["routine", "full routine", "full"]],
  ["do the quick routine straight through", "ContinuousRoutineIntent", ["routine", "quick routine", "quick"]],
  ["no breaks", "ContinuousRoutineIntent"],
  ["resume my routine", "ResumeRoutineIntent"],
  ["pick up where I left off", "ResumeRoutineIntent"],
  ["continue my routine", "ResumeRoutineIntent"],
  ["carry on with my stretches", "ResumeRoutineIntent"],
  ["what's next", "WhatsNextIntent"],
  ["what is the next stretch", "WhatsNextIntent"],
  ["what comes after this", "WhatsNextIntent"],
  ["how many are left", "HowManyLeftIntent"],
  ["how many stretches are left", "HowManyLeftIntent"],
  ["how much longer", "HowManyLeftIntent"],
  ["what routines do you have", "RoutineInfoIntent"],
  ["what is in the quick routine", "RoutineInfoIntent", ["routine", "quick routine", "quick"]],
  ["tell me more", "TellMeMoreIntent"],
  ["that hurts", "DiscomfortIntent"],
  ["hang on", "WaitIntent"],
  ["can you go slower", "PaceIntent", ["pace", "slower", "slower"]],
  ["I'm done", "EndRoutineIntent"],
  ["forget me", "ForgetMeIntent"],
  // The daily reminder (AMAZON.TIME is not enumerated: the slot is checked in test/sdk)
  ["remind me to stretch every day at 7 pm", "SetReminderIntent"],
  ["move my reminder to 8 am", "SetReminderIntent"],
  ["what reminders do I have", "ListRemindersIntent"],
  ["stop reminding me", "StopRemindersIntent"],
  // Built-ins inside a routine
  ["skip", "AMAZON.NextIntent"],
  ["skip this one", "AMAZON.NextIntent"],
  ["next stretch", "AMAZON.NextIntent"],
  ["I'm ready", "AMAZON.NextIntent"],
  ["done", "AMAZON.NextIntent"],
  ["next one", "AMAZON.NextIntent"],
  ["go back", "AMAZON.PreviousIntent"],
  ["previous stretch", "AMAZON.PreviousIntent"],
  ["back one", "AMAZON.PreviousIntent"],
  ["repeat that", "AMAZON.RepeatIntent"],
  ["say that again", "AMAZON.RepeatIntent"],
  ["once more", "AMAZON.RepeatIntent"],
  ["do that one again", "AMAZON.RepeatIntent"],
  ["start over", "AMAZON.StartOverIntent"],
  ["start from the beginning", "AMAZON.StartOverIntent"],
  ["restart the routine", "AMAZON.StartOverIntent"],
  ["pause", "AMAZON.PauseIntent"],
  ["pause my routine", "AMAZON.PauseIntent"],
  ["pause the routine", "AMAZON.PauseIntent"],
  ["take a break", "AMAZON.PauseIntent"],
  ["resume", "AMAZON.ResumeIntent"],
  ["continue", "AMAZON.ResumeIntent"],
  ["keep going", "AMAZON.ResumeIntent"],
  ["help", "AMAZON.HelpIntent"],
  ["stop", "AMAZON.StopIntent"],
  ["yes", "AMAZON.YesIntent"],
  ["no", "AMAZON.NoIntent"],
];

function modelFile(locale: string): string {
  return join(import.meta.dirname, "..", "..", "skill-package", "interactionModels", "custom", `${locale}.json`);
}

function loadModel(locale: string): InteractionModel {
  // fromJSON mutates its input: give it a fresh parse each time.
  return InteractionModel.fromJSON(JSON.parse(readFileSync(modelFile(locale), "utf8")));
}

describe.each(SUPPORTED_LOCALES)("utterances (%s)", (locale) => {
  const model = loadModel(locale);

  it("the table is large enough and covers every custom intent", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(TABLE.map(([, intent]) => intent));
    for (const intent of CUSTOM_INTENTS) expect(covered, intent).toContain(intent);
  });

  const rows = TABLE.map(([phrase, intent, slot]) => ({ phrase, intent, slot }));
  it.each(rows)('$phrase → $intent', ({ phrase, intent, slot }) => {
    const utterance = new Utterance(model, phrase);
    expect(utterance.matched(), `"${phrase}" matched no sample`).toBe(true);
    expect(utterance.intent()).toBe(intent);
    if (!slot) return;
    const [slotName, heard, id] = slot;
    const value = utterance.slotByName(slotName);
    expect(value?.toLowerCase()).toBe(heard);
    const match = model.slotTypes.matchesSlot(SLOTS[slotName].type, value ?? "");
    expect(match.matches).toBe(true);
    expect(match.enumeratedValue?.id).toBe(id);
  });

  // Also keeps samples reachable offline: virtual-alexa strips hyphens and periods
  // from what is said, so a sample written with them could never match here.
  // A variant is checked on the samples it adds to en-US's (en-US's are checked once, there):
  // each phrase is matched against every sample, which takes long on a large model.
  it("every sample, with each slot filled by a value, reaches its own intent", { timeout: 180_000 }, () => {
    const json = JSON.parse(readFileSync(modelFile(locale), "utf8")) as InteractionModelJson;
    const { intents, types } = json.interactionModel.languageModel;
    const base = locale === "en-US" ? undefined : (JSON.parse(readFileSync(modelFile("en-US"), "utf8")) as InteractionModelJson);
    const checkedThere = new Set(base?.interactionModel.languageModel.intents.flatMap((i) => i.samples.map((s) => `${i.name} ${s}`)) ?? []);
    const wrong: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples) {
        if (checkedThere.has(`${intent.name} ${sample}`)) continue;
        const phrase = sample.replace(/\{([^}]*)\}/g, (_, slot: string) => {
          const type = intent.slots?.find((s) => s.name === slot)?.type;
          return types.find((t) => t.name === type)?.values[0]?.name.value ?? slot;
        });
        const got = new Utterance(model, phrase).intent();
        if (got !== intent.name) wrong.push(`"${phrase}" (${intent.name}) went to ${got ?? "nothing"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(["tell me a joke about cats", "what is the weather tomorrow", "chin tuck banana"])(
    '"%s" matches nothing (Alexa would send FallbackIntent)',
    (phrase) => {
      expect(new Utterance(model, phrase).matched()).toBe(false);
    },
  );
});
