/**
 * Store round trips per turn: a whole routine session through Neck Coach
 * (built from source) with a DynamoStore on dynalite, wrapped to count reads
 * and writes (through either interface of the store). A turn "changed nothing" when the stored item is the
 * same before and after it, read by a second, uncounted store.
 */
import { isDeepStrictEqual } from "node:util";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { DynamoStore } from "../lambda/persistence/dynamo-store";
import { parseRecord } from "../lambda/persistence/user-record";
import { buildSkill } from "../lambda/skill";
import { CountingStore } from "../scripts/lib/counting-store";
import { localConnection } from "../scripts/lib/local-dynamo";
import { launchRequest, modelIntent, type EnvelopeOptions, type SessionSpec } from "./envelopes";

export interface TurnCount {
  readonly turn: string;
  readonly reads: number;
  readonly writes: number;
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
}

const QUICK = { value: "quick routine", id: "quick" } as const;
/** Enough for any routine: the session stops when the routine is finished. */
const MAX_TURNS = 40;

/** Runs launch, start the quick routine, next, repeat, what's next, then next until finished. */
export async function measureStoreTrips(endpoint: string, tableName: string): Promise<StoreTripReport> {
  const connection = localConnection(endpoint);
  const counting = new CountingStore(new DynamoStore({ tableName, connection }));
  const reader = new DynamoStore({ tableName, connection });
  const skill = buildSkill({ store: counting });
  const userId = `amzn1.ask.account.bench-trips-${Date.now()}`;

  const turns: TurnCount[] = [];
  let session: SessionSpec = { new: true };
  let turnNumber = 0;
  let ended = false;

  const run = async (turn: string, build: (options: EnvelopeOptions) => RequestEnvelope): Promise<ResponseEnvelope> => {
    if (ended) throw new Error(`The session ended before "${turn}"`);
    turnNumber += 1;
    const envelope = build({ session, userId, requestId: `amzn1.echo-api.request.bench-${turnNumber}` });
    const before = await reader.getAttributes(envelope);
    counting.reset();
    const response = await skill.invoke(envelope);
    const { reads, writes } = counting;
    const after = await reader.getAttributes(envelope);
    turns.push({ turn, reads, writes, changed: !isDeepStrictEqual(before, after) });
    ended = response.response.shouldEndSession === true;
    session = { new: false, attributes: response.sessionAttributes ?? {} };
    return response;
  };
  const storedRoutine = async (): Promise<unknown> =>
    parseRecord(await reader.getAttributes(launchRequest({ session, userId }))).record.routine;

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
  const finished = parseRecord(await reader.getAttributes(launchRequest({ session, userId }))).record;
  if (finished.routinesFinished !== 1) throw new Error("The session did not record a finished routine");

  return {
    turns,
    maxReadsPerTurn: Math.max(...turns.map((t) => t.reads)),
    totalWrites: turns.reduce((sum, t) => sum + t.writes, 0),
    writesOnUnchangedTurns: turns.filter((t) => !t.changed).reduce((sum, t) => sum + t.writes, 0),
    unexpectedChanges: turns.filter((t) => (t.turn === "repeat" || t.turn === "what's next") && t.changed).map((t) => t.turn),
  };
}
