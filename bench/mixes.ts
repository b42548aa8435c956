/**
 * The requests the benchmark sends: one LaunchRequest for cold starts, and a
 * round-robin mix for warm latency. Neck Coach's mix covers each kind of turn
 * once: a launch (new session, store read and write), teaching, answers,
 * routine steps and navigation (mid-session, the record in session attributes).
 */
import type { RequestEnvelope } from "ask-sdk-model";
import { defaultRecord, type UserRecord } from "../lambda/persistence/user-record";
import type { MixEntry } from "./child/protocol";
import { intentRequest, launchRequest, modelIntent, type EnvelopeOptions } from "./envelopes";

/** A returning user between routines. */
const RETURNING: UserRecord = {
  ...defaultRecord(),
  visits: 4,
  disclaimerHeard: true,
  usualRoutine: "quick",
  routinesFinished: 2,
  streakDays: 1,
  lastActiveDay: "2026-01-14",
};

/** The same user on the second stretch of the quick routine. */
const MID_ROUTINE: UserRecord = { ...RETURNING, routine: { routineId: "quick", index: 1, continuous: false } };

const NEW_SESSION: EnvelopeOptions = { session: { new: true } };
const inSession = (record: UserRecord): EnvelopeOptions => ({ session: { new: false, attributes: { record } } });

export function coldLaunch(): RequestEnvelope {
  return launchRequest(NEW_SESSION);
}

export function helloMix(): MixEntry[] {
  return [
    { name: "launch", envelope: launchRequest(NEW_SESSION) },
    { name: "hello", envelope: intentRequest("HelloIntent", {}, { session: { new: false, attributes: {} } }) },
  ];
}

export function neckCoachMix(): MixEntry[] {
  const between = inSession(RETURNING);
  const during = inSession(MID_ROUTINE);
  return [
    { name: "launch", envelope: launchRequest(NEW_SESSION) },
    { name: "teach chin tuck", envelope: modelIntent("TeachStretchIntent", { stretch: { value: "chin tuck", id: "chin-tuck" } }, between) },
    { name: "cause: deadlift", envelope: modelIntent("NeckPainCauseIntent", { exercise: { value: "deadlifts", id: "deadlift" } }, between) },
    { name: "prevention", envelope: modelIntent("PreventionIntent", {}, between) },
    { name: "relief", envelope: modelIntent("ReliefIntent", {}, between) },
    { name: "start quick routine", envelope: modelIntent("StartRoutineIntent", { routine: { value: "quick routine", id: "quick" } }, between) },
    { name: "next", envelope: modelIntent("AMAZON.NextIntent", {}, during) },
    { name: "repeat", envelope: modelIntent("AMAZON.RepeatIntent", {}, during) },
    { name: "previous", envelope: modelIntent("AMAZON.PreviousIntent", {}, during) },
    { name: "how many left", envelope: modelIntent("HowManyLeftIntent", {}, during) },
    { name: "help", envelope: modelIntent("AMAZON.HelpIntent", {}, during) },
  ];
}
