/**
 * The requests the benchmark sends: one LaunchRequest for cold starts, and a
 * round-robin mix for warm latency. Neck Coach's mix covers each kind of turn
 * once: a launch (new session, store read and write), teaching, answers,
 * routine steps and navigation (mid-session, the record in session attributes).
 */
import type { RequestEnvelope } from "ask-sdk-model";
import type { MixEntry } from "./child/protocol";
import { intentRequest, launchRequest, modelIntent, type EnvelopeOptions } from "./envelopes";

const NEW_SESSION: EnvelopeOptions = { session: { new: true } };
/** A turn of the session the previous turn left: the warm child sends the attributes that turn returned. */
const ON_SESSION: EnvelopeOptions = { session: { new: false, attributes: {} } };

/** A new session's launch; with `apiEndpoint`, carrying API access as Alexa's requests do (the device's settings are there). */
export function coldLaunch(apiEndpoint?: string): RequestEnvelope {
  return launchRequest(apiEndpoint ? { ...NEW_SESSION, apiEndpoint } : NEW_SESSION);
}

export function helloMix(): MixEntry[] {
  return [
    { name: "launch", envelope: launchRequest(NEW_SESSION) },
    { name: "hello", envelope: intentRequest("HelloIntent", {}, ON_SESSION), continues: true },
  ];
}

/**
 * One session of a returning user, as Alexa would send it: each turn after the
 * launch carries the session attributes the turn before returned (so the
 * record, its stored copy and its save token are this session's own). Round
 * robin, the next launch is the same user's next session.
 */
export function neckCoachMix(): MixEntry[] {
  const turn = (
    name: string,
    intent: Parameters<typeof modelIntent>[0],
    slots: Parameters<typeof modelIntent>[1] = {},
  ): MixEntry => ({
    name,
    envelope: modelIntent(intent, slots, ON_SESSION),
    continues: true,
  });
  return [
    { name: "launch", envelope: launchRequest(NEW_SESSION) },
    turn("teach chin tuck", "TeachStretchIntent", { stretch: { value: "chin tuck", id: "chin-tuck" } }),
    turn("cause: deadlift", "NeckPainCauseIntent", { exercise: { value: "deadlifts", id: "deadlift" } }),
    turn("prevention", "PreventionIntent"),
    turn("relief", "ReliefIntent"),
    turn("start quick routine", "StartRoutineIntent", { routine: { value: "quick routine", id: "quick" } }),
    turn("next", "AMAZON.NextIntent"),
    turn("repeat", "AMAZON.RepeatIntent"),
    turn("previous", "AMAZON.PreviousIntent"),
    turn("how many left", "HowManyLeftIntent"),
    turn("help", "AMAZON.HelpIntent"),
  ];
}
