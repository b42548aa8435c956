/**
 * The edge of a turn: load, decide, the rules that hold for every turn, save.
 * Driven with request envelopes through runTurn, with stores that fail on cue.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import type { StoredItem, WriteResult } from "../../lambda/persistence/store";
import { defaultRecord, parseRecord } from "../../lambda/persistence/user-record";
import { runTurn, type TurnResult } from "../../lambda/turn/turn";
import { ssmlToText } from "../../scripts/lib/speech-text";
import { envelope, intentRequest, matched, requestOf, unmatched } from "../support/envelopes";

const failure = vi.hoisted(() => ({ on: false }));

vi.mock("../../lambda/speech/replies/stretch", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../lambda/speech/replies/stretch")>();
  return {
    ...actual,
    unknownStretchReply: (...args: Parameters<typeof actual.unknownStretchReply>) => {
      if (failure.on) throw new TypeError("a handler failed");
      return actual.unknownStretchReply(...args);
    },
  };
});

const USER = "amzn1.ask.account.TURN-USER";

/** A memory store whose reads fail while `readsFail` is set, counting writes. */
class FlakyStore extends MemoryStore {
  readsFail = false;
  writes = 0;
  override async read(key: string): Promise<StoredItem | undefined> {
    if (this.readsFail) throw new Error("store unreachable");
    return super.read(key);
  }
  override async write(
    key: string,
    data: Readonly<Record<string, unknown>>,
    expected: number | undefined,
  ): Promise<WriteResult> {
    this.writes += 1;
    return super.write(key, data, expected);
  }
}

const LOYAL_USER = {
  ...defaultRecord(),
  visits: 40,
  routinesFinished: 30,
  streakDays: 5,
  disclaimerHeard: true,
  lastActiveDay: "2026-11-29",
};

/** One session, turn after turn, carrying the session attributes as Alexa does. */
function session(store: FlakyStore) {
  let attributes: unknown;
  let first = true;
  return async (request: Parameters<typeof envelope>[0]): Promise<TurnResult> => {
    const result = await runTurn(
      envelope(request, { session: first ? "new" : "continuing", userId: USER, attributes }),
      store,
    );
    first = false;
    attributes = result.sessionAttributes;
    return result;
  };
}

const speech = (result: TurnResult) => ssmlToText((result.response.outputSpeech as { ssml: string }).ssml);

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  failure.on = false;
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());

describe("a turn never destroys what it could not read", () => {
  it("read fails, a handler throws, a later turn changes the record: the stored record is untouched", async () => {
    const store = new FlakyStore();
    await store.write(USER, LOYAL_USER, undefined);
    store.writes = 0;
    const turn = session(store);

    store.readsFail = true;
    await turn(requestOf("LaunchRequest"));
    store.readsFail = false;
    failure.on = true;
    const apology = await turn(intentRequest("TeachStretchIntent", { stretch: unmatched("stretch", "the pretzel") }));
    expect(speech(apology)).toMatch(/^Sorry, something went wrong on my side/);
    expect(apology.response.shouldEndSession).toBe(false);
    failure.on = false;
    const started = await turn(intentRequest("StartRoutineIntent", { routine: matched("routine", "quick", "quick") }));
    expect(speech(started)).toMatch(/Here's the quick routine/);

    expect(store.writes).toBe(0);
    expect(parseRecord((await store.read(USER))?.data).record).toEqual(LOYAL_USER);
  });

  it("an apology keeps the dialog: yes still does what was offered before it", async () => {
    const store = new FlakyStore();
    const turn = session(store);
    await turn(intentRequest("ReliefIntent"));
    failure.on = true;
    await turn(intentRequest("TeachStretchIntent", { stretch: unmatched("stretch", "the pretzel") }));
    failure.on = false;
    const yes = await turn(intentRequest("AMAZON.YesIntent"));
    expect(speech(yes)).toMatch(/^Ice first/);
  });
});

describe("saving", () => {
  it("writes once when the record changes and not at all when it does not", async () => {
    const store = new FlakyStore();
    const turn = session(store);
    await turn(requestOf("LaunchRequest"));
    expect(store.writes).toBe(1);
    await turn(intentRequest("ListStretchesIntent"));
    await turn(intentRequest("AMAZON.HelpIntent"));
    expect(store.writes).toBe(1);
    await turn(intentRequest("StartRoutineIntent", { routine: matched("routine", "quick", "quick") }));
    expect(store.writes).toBe(2);
  });

  it("a failed write is tried again on the next turn of the session", async () => {
    const store = new FlakyStore();
    const turn = session(store);
    const write = vi.spyOn(store, "write").mockRejectedValueOnce(new Error("throttled"));
    await turn(requestOf("LaunchRequest"));
    expect(await store.read(USER)).toBeUndefined();
    await turn(intentRequest("ListStretchesIntent"));
    expect(write).toHaveBeenCalledTimes(2);
    expect(parseRecord((await store.read(USER))?.data).record.visits).toBe(1);
  });
});

describe("the first-use disclaimer", () => {
  it("comes once, before the first answer, and is remembered", async () => {
    const store = new FlakyStore();
    const first = await session(store)(intentRequest("ReliefIntent"));
    expect(speech(first)).toMatch(/^Quick note: I'm a stretching coach, not a doctor/);
    const again = await session(store)(intentRequest("ReliefIntent"));
    expect(speech(again)).not.toMatch(/stretching coach, not a doctor/);
  });

  it("is held back from a goodbye", async () => {
    const store = new FlakyStore();
    const bye = await session(store)(intentRequest("AMAZON.StopIntent"));
    expect(speech(bye)).not.toMatch(/not a doctor/);
    expect(parseRecord((await store.read(USER))?.data).record.disclaimerHeard).toBe(false);
  });
});
