/**
 * Store round trips per turn: a whole routine session through Neck Coach
 * (built from source) with a DynamoStore on dynalite, wrapped to count reads
 * and writes. A turn "changed nothing" when the stored item is the same before
 * and after it, read by a second, uncounted store (seen through withAttributes).
 * The requests carry API access to a local settings API, whose calls are
 * counted per turn too; and measureSettingsOverlap times what the time zone read adds to a
 * session's first turn, beside the store read.
 */
import { isDeepStrictEqual } from "node:util";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { DynamoStore } from "../lambda/persistence/dynamo-store";
import { parseRecord } from "../lambda/persistence/user-record";
import { buildSkill } from "../lambda/skill";
import { CountingStore } from "../scripts/lib/counting-store";
import { localConnection } from "../scripts/lib/local-dynamo";
import { withAttributes } from "../test/support/attributes-store";
import { launchRequest, modelIntent, type EnvelopeOptions, type SessionSpec } from "./envelopes";
import { startSettingsApi } from "./settings-api";

export interface TurnCount {
  readonly turn: string;
  readonly reads: number;
  readonly writes: number;
  /** Calls to the device settings API (the time zone). */
  readonly settingsCalls: number;
  /** The stored item differs after the turn. */
  readonly changed: boolean;
}

export interface StoreTripReport {
  readonly turns: readonly TurnCount[];
  readonly maxReadsPerTurn: number;
  readonly totalWrites: number;
  readonly writesOnUnchangedTurns: number;
  /** Turns that were expected to change nothing (repeat, what's next) and did change the stored item. */
  readonly unexpectedChanges: readonly string[];
  readonly settingsCallsFirstTurn: number;
  readonly settingsCallsLaterTurns: number;
}

const QUICK = { value: "quick routine", id: "quick" } as const;
/** Enough for any routine: the session stops when the routine is finished. */
const MAX_TURNS = 40;

/** Runs launch, start the quick routine, next, repeat, what's next, then next until finished. */
export async function measureStoreTrips(endpoint: string, tableName: string): Promise<StoreTripReport> {
  const connection = localConnection(endpoint);
  const counting = new CountingStore(new DynamoStore({ tableName, connection }));
  const reader = withAttributes(new DynamoStore({ tableName, connection }));
  const skill = buildSkill({ store: counting });
  const userId = `amzn1.ask.account.bench-trips-${Date.now()}`;
  const settingsApi = await startSettingsApi(0);

  const turns: TurnCount[] = [];
  let session: SessionSpec = { new: true };
  let turnNumber = 0;
  let ended = false;

  const run = async (turn: string, build: (options: EnvelopeOptions) => RequestEnvelope): Promise<ResponseEnvelope> => {
    if (ended) throw new Error(`The session ended before "${turn}"`);
    turnNumber += 1;
    const envelope = build({
      session,
      userId,
      requestId: `amzn1.echo-api.request.bench-${turnNumber}`,
      apiEndpoint: settingsApi.endpoint,
    });
    const before = await reader.getAttributes(envelope);
    counting.reset();
    const callsBefore = settingsApi.calls;
    const response = await skill.invoke(envelope);
    const { reads, writes } = counting;
    const settingsCalls = settingsApi.calls - callsBefore;
    const after = await reader.getAttributes(envelope);
    turns.push({ turn, reads, writes, settingsCalls, changed: !isDeepStrictEqual(before, after) });
    ended = response.response.shouldEndSession === true;
    session = { new: false, attributes: response.sessionAttributes ?? {} };
    return response;
  };
  const storedRoutine = async (): Promise<unknown> =>
    parseRecord(await reader.getAttributes(launchRequest({ session, userId }))).record.routine;

  try {
    await run("launch", (options) => launchRequest(options));
    await run("start quick routine", (options) => modelIntent("StartRoutineIntent", { routine: QUICK }, options));
    if ((await storedRoutine()) === null) throw new Error("Starting the quick routine stored no routine");
    await run("next", (options) => modelIntent("AMAZON.NextIntent", {}, options));
    await run("repeat", (options) => modelIntent("AMAZON.RepeatIntent", {}, options));
    await run("what's next", (options) => modelIntent("WhatsNextIntent", {}, options));
    while ((await storedRoutine()) !== null) {
      if (turns.length >= MAX_TURNS) throw new Error(`The routine did not finish in ${MAX_TURNS} turns`);
      await run("next", (options) => modelIntent("AMAZON.NextIntent", {}, options));
    }
  } finally {
    await settingsApi.stop();
  }
  const finished = parseRecord(await reader.getAttributes(launchRequest({ session, userId }))).record;
  if (finished.routinesFinished !== 1) throw new Error("The session did not record a finished routine");

  return {
    turns,
    maxReadsPerTurn: Math.max(...turns.map((t) => t.reads)),
    totalWrites: turns.reduce((sum, t) => sum + t.writes, 0),
    writesOnUnchangedTurns: turns.filter((t) => !t.changed).reduce((sum, t) => sum + t.writes, 0),
    unexpectedChanges: turns
      .filter((t) => (t.turn === "repeat" || t.turn === "what's next") && t.changed)
      .map((t) => t.turn),
    settingsCallsFirstTurn: turns[0]?.settingsCalls ?? 0,
    settingsCallsLaterTurns: turns.slice(1).reduce((sum, t) => sum + t.settingsCalls, 0),
  };
}

export interface SettingsOverlapReport {
  readonly runs: number;
  /** A store read alone (DynamoStore on dynalite), median ms. */
  readonly storeReadMs: number;
  /** For each delay of the settings API: a returning user's launch with API access and without (no settings call), median ms. */
  readonly byDelay: readonly {
    readonly settingsDelayMs: number;
    readonly withSettingsMs: number;
    readonly withoutMs: number;
    readonly addedMs: number;
  }[];
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * What reading the time zone adds to a session's first turn: a returning
 * user's launch, alternately with API access (the settings API answering after
 * each delay) and without, on dynalite. Read beside the store, the time zone
 * adds about max(0, delay - store read); read after it, it would add the delay.
 */
export async function measureSettingsOverlap(
  endpoint: string,
  tableName: string,
  runs: number,
  delays: readonly number[],
): Promise<SettingsOverlapReport> {
  const store = new DynamoStore({ tableName, connection: localConnection(endpoint) });
  const skill = buildSkill({ store });
  const userId = `amzn1.ask.account.bench-settings-${Date.now()}`;
  const settingsApi = await startSettingsApi(0);
  const timed = async (apiEndpoint: string | undefined): Promise<number> => {
    const envelope = launchRequest({ session: { new: true }, userId, ...(apiEndpoint ? { apiEndpoint } : {}) });
    const started = performance.now();
    const response = await skill.invoke(envelope);
    const ms = performance.now() - started;
    if (!response.response.outputSpeech) throw new Error("A launch gave no speech");
    return ms;
  };
  try {
    await timed(undefined);
    const reads: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await store.read(userId);
      reads.push(performance.now() - started);
    }
    const byDelay = [];
    for (const delay of delays) {
      settingsApi.delayMs = delay;
      const withSettings: number[] = [];
      const without: number[] = [];
      for (let i = 0; i < runs; i++) {
        withSettings.push(await timed(settingsApi.endpoint));
        without.push(await timed(undefined));
      }
      const withSettingsMs = medianOf(withSettings);
      const withoutMs = medianOf(without);
      byDelay.push({ settingsDelayMs: delay, withSettingsMs, withoutMs, addedMs: withSettingsMs - withoutMs });
    }
    return { runs, storeReadMs: medianOf(reads), byDelay };
  } finally {
    await settingsApi.stop();
  }
}
