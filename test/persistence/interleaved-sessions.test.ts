/**
 * Two sessions of one user (two Echo devices on one account), interleaved at
 * the record level as the turn drives it: both load, both change the record,
 * then each saves. Every pair of the changes the skill makes is played on
 * every store; nothing either session did may be lost, and the rules of
 * mergeRecord decide what both touched.
 */
import { describe, expect, it } from "vitest";
import { FileStore } from "../../lambda/persistence/file-store";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { loadRecord, saveRecord, type Loaded } from "../../lambda/persistence/records";
import type { RecordStore } from "../../lambda/persistence/store";
import { recordStreak } from "../../lambda/domain/streak";
import { defaultRecord, type UserRecord } from "../../lambda/persistence/user-record";
import { useLocalTable } from "../support/local-table";
import { useTempFolders } from "../support/temp-folders";

const TODAY = "2026-03-15";

/** A returning user half way through the quick routine, who finished one yesterday. */
const BASE: UserRecord = {
  ...defaultRecord(),
  visits: 5,
  routine: { routineId: "quick", index: 1, continuous: false },
  usualRoutine: "quick",
  routineAt: "2026-03-14T20:00:00.000Z",
  routinesFinished: 3,
  streakDays: 2,
  lastActiveDay: "2026-03-14",
  lastVisitDay: "2026-03-14",
};

/** The record changes the skill makes, as its handlers make them. */
const CHANGES: Readonly<Record<string, (record: UserRecord) => UserRecord>> = {
  visit: (r) => ({ ...r, visits: r.visits + 1, lastVisitDay: TODAY }),
  "finish routine": (r) => ({ ...recordStreak(r, TODAY), routine: null }),
  "move in routine": (r) => ({ ...r, routine: r.routine && { ...r.routine, index: r.routine.index + 1 } }),
  "start routine": (r) => ({ ...r, usualRoutine: "full", routine: { routineId: "full", index: 0, continuous: true } }),
  "hear disclaimer": (r) => ({ ...r, disclaimerHeard: true }),
  "set pace": (r) => ({ ...r, pace: { ...r.pace, hold: "long" } }),
};
type Change = keyof typeof CHANGES;
const NAMES = Object.keys(CHANGES) as Change[];
const ROUTINE_CHANGES: ReadonlySet<Change> = new Set(["finish routine", "move in routine", "start routine"]);

/** What must be stored after `first` then `second` saved (second saving last, so its routine move is the most recent). */
function expected(first: Change, second: Change): Record<string, unknown> {
  const both = [first, second];
  const count = (change: Change): number => both.filter((c) => c === change).length;
  const routineFrom = ROUTINE_CHANGES.has(second) ? second : ROUTINE_CHANGES.has(first) ? first : undefined;
  const routine = routineFrom ? CHANGES[routineFrom]!(BASE) : BASE;
  const finished = count("finish routine") > 0;
  const { routineAt: _checkedApart, ...base } = BASE;
  return {
    ...base,
    visits: BASE.visits + count("visit"),
    lastVisitDay: count("visit") ? TODAY : BASE.lastVisitDay,
    routinesFinished: BASE.routinesFinished + count("finish routine"),
    // Finished yesterday and today: the streak grows by one, however many sessions finished today.
    streakDays: finished ? BASE.streakDays + 1 : BASE.streakDays,
    lastActiveDay: finished ? TODAY : BASE.lastActiveDay,
    disclaimerHeard: count("hear disclaimer") > 0,
    routine: routine.routine,
    usualRoutine: routine.usualRoutine,
    pace: count("set pace") ? { ...BASE.pace, hold: "long" } : BASE.pace,
  };
}

function writable(loaded: Loaded): Extract<Loaded, { writable: true }> {
  if (!loaded.writable) throw new Error(`the record could not be loaded: ${loaded.reason}`);
  return loaded;
}

async function playPair(store: RecordStore, key: string, first: Change, second: Change): Promise<void> {
  await store.write(key, BASE as unknown as Record<string, unknown>, undefined);
  const a = writable(await loadRecord(store, key));
  const b = writable(await loadRecord(store, key));
  const aNext = CHANGES[first]!(a.record);
  const bNext = CHANGES[second]!(b.record);
  const savedA = await saveRecord(store, key, a.token, a.record, aNext, { now: new Date("2026-03-15T08:00:00Z") });
  const savedB = await saveRecord(store, key, b.token, b.record, bNext, { now: new Date("2026-03-15T08:00:05Z") });
  expect(savedA.ok && savedB.ok, `${first} then ${second} saved`).toBe(true);
  const stored = writable(await loadRecord(store, key)).record;
  const { routineAt, ...rest } = stored;
  expect(rest, `${first} then ${second}`).toEqual(expected(first, second));
  // The routine time moves only when a routine change was saved, to that save's time.
  const routineSaved = ROUTINE_CHANGES.has(second)
    ? "2026-03-15T08:00:05.000Z"
    : ROUTINE_CHANGES.has(first)
      ? "2026-03-15T08:00:00.000Z"
      : BASE.routineAt;
  expect(routineAt, `${first} then ${second}: routineAt`).toBe(routineSaved);
}

const PAIRS = NAMES.flatMap((first) => NAMES.map((second) => [first, second] as const));

const folders = useTempFolders("interleaved");
const local = useLocalTable("neck-coach-interleaved");

const STORES: ReadonlyArray<readonly [string, () => RecordStore]> = [
  ["memory", () => new MemoryStore()],
  ["file", () => new FileStore(folders.root)],
  ["DynamoDB", () => local.store],
];

describe.each(STORES)("two interleaved sessions of one user on the %s store", (_name, storeOf) => {
  it.each(PAIRS)("keep both changes: %s, then %s", async (first, second) => {
    await playPair(storeOf(), `amzn1.ask.account.PAIR-${first}-${second}`.replace(/ /g, "_"), first, second);
  });

  it("keep the finished routine and the streak when a device opened earlier saves a stale record (the reported loss)", async () => {
    const store = storeOf();
    const key = "amzn1.ask.account.TWO-ECHOS";
    await store.write(key, BASE as unknown as Record<string, unknown>, undefined);
    const y = writable(await loadRecord(store, key)); // device Y opens first
    const x = writable(await loadRecord(store, key));
    const xDone = { ...recordStreak({ ...x.record, visits: x.record.visits + 1 }, TODAY), routine: null };
    expect((await saveRecord(store, key, x.token, x.record, xDone)).ok).toBe(true);
    const yNext = { ...y.record, visits: y.record.visits + 1, disclaimerHeard: true };
    expect((await saveRecord(store, key, y.token, y.record, yNext)).ok).toBe(true);
    const stored = writable(await loadRecord(store, key)).record;
    expect(stored).toMatchObject({
      visits: BASE.visits + 2,
      routinesFinished: BASE.routinesFinished + 1,
      streakDays: 3,
      lastActiveDay: TODAY,
      routine: null,
      disclaimerHeard: true,
    });
  });
});
