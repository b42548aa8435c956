/**
 * One-shot invocations ("Alexa, ask neck coach ..."): every custom intent, in
 * a new session, gives a complete answer (non-empty, the answer itself), and
 * either ends the session or prompts with a question (or what to say) and a
 * reprompt.
 */
import { REMINDER_WORDS } from "../../models/content/reminders";
import type { RoutineId } from "../../models/types";
import { describe, expect, it } from "vitest";
import { PREVENTION_ANSWER, PROFESSIONAL_ANSWER, RELIEF_ANSWER, TAKEAWAYS_ANSWER } from "../../models/content/answers";
import { CAUSES_ANSWER } from "../../models/content/causes";
import { ICE_OR_HEAT, NUTRITION, PAIN_MEDICINE, SORENESS_DURATION } from "../../models/content/topics";
import { ROUTINE_TALK, STRETCH_TALK } from "../../models/content/prompts";
import { exerciseById } from "../../models/content/exercises";
import { ROUTINES, routineById } from "../../models/content/routines";
import { NORMAL_PACE } from "../../models/content/pacing";
import { contentFor } from "../../models/locales";
import { partEnds, routineLength } from "../../lambda/speech/replies/routine";
import { STRETCHES, stretchById } from "../../models/content/stretches";
import { CUSTOM_INTENTS, type CustomIntentName } from "../../models/language/types";
import { newDevice, replyOf, type Reply } from "../support/conversation";
import { prompts } from "./states";

interface OneShot {
  readonly intent: CustomIntentName;
  /** What the user says after "ask neck coach". */
  readonly utterance: string;
  /** Text the complete answer contains. */
  readonly answer: readonly string[];
}

const quick = routineById("quick");
const afterLifting = routineById("after-lifting");
const EN_US = contentFor("en-US");
const lengthOf = (id: RoutineId) => routineLength(id, EN_US, NORMAL_PACE);

const ONE_SHOTS: readonly OneShot[] = [
  {
    intent: "TeachStretchIntent",
    utterance: "how do i do a chin tuck",
    answer: [STRETCH_TALK.intro("chin tuck"), stretchById("chin-tuck").summary],
  },
  {
    intent: "TeachStretchIntent",
    utterance: "how do i do a neck stretch",
    answer: [stretchById("side-neck-stretch").summary],
  },
  { intent: "ListStretchesIntent", utterance: "what stretches do you know", answer: STRETCHES.map((s) => s.name) },
  { intent: "NeckPainCauseIntent", utterance: "why does my neck hurt after the gym", answer: [CAUSES_ANSWER.point] },
  {
    intent: "NeckPainCauseIntent",
    utterance: "why does my neck hurt after deadlifts",
    answer: [exerciseById("deadlift").why],
  },
  { intent: "PreventionIntent", utterance: "how can i prevent neck pain", answer: [PREVENTION_ANSWER.point] },
  { intent: "ReliefIntent", utterance: "my neck hurts what should i do", answer: [RELIEF_ANSWER.point] },
  { intent: "AskAboutIntent", utterance: "when should i see a doctor", answer: [PROFESSIONAL_ANSWER.point] },
  { intent: "AskAboutIntent", utterance: "what are the key takeaways", answer: [TAKEAWAYS_ANSWER.point] },
  { intent: "AskAboutIntent", utterance: "is heat better for neck pain", answer: [ICE_OR_HEAT.point] },
  { intent: "AskAboutIntent", utterance: "should i take painkillers", answer: [PAIN_MEDICINE.point] },
  { intent: "AskAboutIntent", utterance: "how long does a sore neck last", answer: [SORENESS_DURATION.point] },
  { intent: "AskAboutIntent", utterance: "what should i eat after training", answer: [NUTRITION.point] },
  { intent: "AskAboutIntent", utterance: "which lifts put pressure on the neck", answer: [] },
  { intent: "AskAboutIntent", utterance: "how should i stretch safely", answer: [] },
  { intent: "RedFlagIntent", utterance: "i have numbness in my arm", answer: [EN_US.warningSigns.care.soon] },
  {
    intent: "RedFlagIntent",
    utterance: "i have a severe headache",
    answer: ["Call nine one one from your phone now."],
  },
  {
    intent: "EmergencyNumberIntent",
    utterance: "what's the emergency number",
    answer: [EN_US.warningSigns.care.numberIs],
  },
  {
    intent: "StartRoutineIntent",
    utterance: "start the quick routine",
    answer: [ROUTINE_TALK.intro(quick.name, quick.items.length, lengthOf("quick"), quick.stepKind)],
  },
  {
    intent: "StartRoutineIntent",
    utterance: "start my routine",
    answer: [ROUTINE_TALK.choose(ROUTINES.map((r) => ({ name: r.name, length: lengthOf(r.id) })))],
  },
  {
    intent: "ContinuousRoutineIntent",
    utterance: "do the after lifting routine straight through",
    answer: [
      ROUTINE_TALK.continuousIntro(
        afterLifting.name,
        afterLifting.items.length,
        lengthOf("after-lifting"),
        partEnds("after-lifting", EN_US, NORMAL_PACE).length,
        afterLifting.stepKind,
      ),
    ],
  },
  {
    intent: "ResumeRoutineIntent",
    utterance: "resume my routine",
    answer: [ROUTINE_TALK.nothingToResume("quick routine")],
  },
  { intent: "WhatsNextIntent", utterance: "what's next", answer: [ROUTINE_TALK.notInRoutine("quick routine")] },
  {
    intent: "HowManyLeftIntent",
    utterance: "how many stretches are left",
    answer: [ROUTINE_TALK.notInRoutine("quick routine")],
  },
  // The intents below reach their own handlers once those exist; until then any complete answer will do.
  { intent: "WarningSignsIntent", utterance: "what warning signs should i look out for", answer: [] },
  { intent: "RoutineInfoIntent", utterance: "how long are the routines", answer: [] },
  { intent: "TellMeMoreIntent", utterance: "i'd like to hear more", answer: [] },
  { intent: "DiscomfortIntent", utterance: "this feels wrong", answer: [] },
  { intent: "WaitIntent", utterance: "just a second", answer: [] },
  { intent: "PaceIntent", utterance: "switch to normal pace", answer: [] },
  { intent: "EndRoutineIntent", utterance: "let's call it a day", answer: [] },
  { intent: "ForgetMeIntent", utterance: "erase my history", answer: [] },
  { intent: "SearchIntent", utterance: "what's your take on yoga", answer: [] },
  // Without Alexa's API (as here: test/sdk has a fake of it), a reminder cannot be set or listed, and the reply says so.
  {
    intent: "SetReminderIntent",
    utterance: "to remind me to stretch every day at 7 pm",
    answer: [REMINDER_WORDS.failed],
  },
  { intent: "ListRemindersIntent", utterance: "what reminders do i have", answer: [REMINDER_WORDS.failed] },
  { intent: "StopRemindersIntent", utterance: "to stop reminding me", answer: [REMINDER_WORDS.nothingToCancel] },
];

function expectCompleteTurn(reply: Reply): void {
  expect(reply.speech.trim().length).toBeGreaterThan(20);
  if (!reply.open) {
    expect(reply.reprompt).toBeUndefined();
    expect(reply.speech).not.toContain("?");
    return;
  }
  expect(prompts(reply.speech), `an open session must prompt: ${reply.speech.slice(-200)}`).toBe(true);
  expect(reply.reprompt?.trim() ?? "").not.toBe("");
}

describe("one-shot invocations", () => {
  it("cover every custom intent", () => {
    expect(new Set(ONE_SHOTS.map((o) => o.intent))).toEqual(new Set(CUSTOM_INTENTS));
  });

  it.each(ONE_SHOTS.map((o) => [o.intent, o.utterance, o] as const))(
    '%s: "ask neck coach %s" answers completely',
    async (intent, utterance, oneShot) => {
      const turn = await newDevice().device.say(`ask neck coach ${utterance}`);
      if (turn.kind !== "response") throw new Error(`No sample utterance matches "${utterance}"`);
      // A one-shot: an IntentRequest for this intent, in a new session.
      expect(turn.request.request.type).toBe("IntentRequest");
      expect(turn.request.request.type === "IntentRequest" ? turn.request.request.intent.name : "").toBe(intent);
      expect(turn.request.session?.new).toBe(true);
      const reply = replyOf(turn.envelope);
      for (const part of oneShot.answer) expect(reply.speech).toContain(part);
      expectCompleteTurn(reply);
    },
  );

  it.each(CUSTOM_INTENTS.map((name) => [name] as const))(
    "%s with no slots, in a new session, answers completely",
    async (intent) => {
      const reply = await newDevice().intend(intent);
      expectCompleteTurn(reply);
    },
  );
});
