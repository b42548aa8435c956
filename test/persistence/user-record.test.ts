import { describe, it, expect } from "vitest";
import { dayOf, isTimeZone, localTime } from "../../lambda/domain/days";
import { recordStreak } from "../../lambda/domain/streak";
import {
  defaultRecord,
  mergeRecord,
  parseRecord,
  sameRecord,
  type UserRecord,
} from "../../lambda/persistence/user-record";

const valid: UserRecord = {
  schema: 2,
  visits: 4,
  disclaimerHeard: true,
  routine: { routineId: "after-lifting", index: 2, continuous: true },
  usualRoutine: "after-lifting",
  routinesFinished: 3,
  streakDays: 2,
  lastActiveDay: "2026-03-14",
  lastVisitDay: "2026-03-15",
  routineAt: "2026-03-15T07:45:00.000Z",
  pace: { hold: "long", moves: "normal", talk: "brief" },
  timeZone: "America/Los_Angeles",
  reminder: { token: "alert-1", time: "19:00" },
  reminderOffered: true,
};

describe("defaultRecord", () => {
  it("is a first visit with nothing remembered", () => {
    expect(defaultRecord()).toEqual({
      schema: 2,
      visits: 0,
      disclaimerHeard: false,
      routine: null,
      usualRoutine: null,
      routinesFinished: 0,
      streakDays: 0,
      lastActiveDay: null,
      lastVisitDay: null,
      routineAt: null,
      pace: { hold: "normal", moves: "normal", talk: "normal" },
      timeZone: null,
      reminder: null,
      reminderOffered: false,
    });
  });

  it("returns a fresh object each time", () => {
    expect(defaultRecord()).not.toBe(defaultRecord());
  });
});

describe("parseRecord", () => {
  it.each([
    ["undefined", undefined],
    ["an empty object", {}],
  ])("reads %s as a new user", (_name, raw) => {
    expect(parseRecord(raw)).toEqual({ record: defaultRecord(), status: "new" });
  });

  it("accepts a valid schema-2 record and returns a clean copy that keeps unknown fields", () => {
    const raw = { ...valid, routine: { ...valid.routine, extra: 1 }, mood: "slow", later: { nested: [1] } };
    const { record, status } = parseRecord(raw);
    expect(status).toBe("ok");
    expect(record).toEqual({ ...valid, mood: "slow", later: { nested: [1] } });
    expect(record).not.toBe(raw);
    expect(record.routine).not.toBe(raw.routine);
  });

  it("round-trips through JSON", () => {
    expect(parseRecord(JSON.parse(JSON.stringify(valid)))).toEqual({ record: valid, status: "ok" });
  });

  it("accepts nulls where the record allows them", () => {
    const raw = { ...valid, routine: null, usualRoutine: null, lastActiveDay: null, lastVisitDay: null };
    expect(parseRecord(raw)).toEqual({ record: raw, status: "ok" });
  });

  it("accepts a schema-2 record from before the last visit and the routine time were kept", () => {
    const { lastVisitDay: _day, routineAt: _at, ...older } = valid;
    expect(parseRecord(older)).toEqual({ record: { ...valid, lastVisitDay: null, routineAt: null }, status: "ok" });
  });

  it("salvages a record whose last visit is not a day", () => {
    expect(parseRecord({ ...valid, lastVisitDay: "yesterday" })).toEqual({
      record: { ...valid, lastVisitDay: null },
      status: "salvaged",
    });
  });

  describe("migration from schema 1", () => {
    it("keeps visits, completions and the routine in progress", () => {
      const { record, status } = parseRecord({ visits: 7, routineId: "quick", step: 3, completed: 5 });
      expect(status).toBe("migrated");
      expect(record).toEqual({
        ...defaultRecord(),
        visits: 7,
        routinesFinished: 5,
        routine: { routineId: "quick", index: 3, continuous: false },
        usualRoutine: "quick",
      });
    });

    it("starts the routine at the beginning when there is no step", () => {
      const { record, status } = parseRecord({ routineId: "full" });
      expect(status).toBe("migrated");
      expect(record.routine).toEqual({ routineId: "full", index: 0, continuous: false });
    });

    it("drops a routine id that no longer exists", () => {
      const { record, status } = parseRecord({ visits: 2, routineId: "desk-break", step: 1 });
      expect(status).toBe("migrated");
      expect(record).toEqual({ ...defaultRecord(), visits: 2 });
    });

    it.each([-1, 1.5, Number.NaN])("drops the routine in progress when step is %s", (step) => {
      const { record, status } = parseRecord({ visits: 2, routineId: "quick", step });
      expect(status).toBe("migrated");
      expect(record.routine).toBeNull();
      expect(record.usualRoutine).toBe("quick");
    });

    it("asks for the disclaimer again, since schema 1 did not record it", () => {
      expect(parseRecord({ visits: 9 }).record.disclaimerHeard).toBe(false);
    });
  });

  const notRecords: ReadonlyArray<readonly [string, unknown]> = [
    ["null", null],
    ["a string", "garbage"],
    ["a number", 42],
    ["an array", [valid]],
  ];

  it.each(notRecords)("reads %s as corrupt, with nothing to salvage", (_name, raw) => {
    expect(parseRecord(raw)).toEqual({ record: defaultRecord(), status: "corrupt" });
  });

  /** One invalid field each: it falls back to its default, every other field is kept. */
  const oneBadField: ReadonlyArray<readonly [string, Partial<Record<keyof UserRecord, unknown>>]> = [
    ["visits as a string", { visits: "4" }],
    ["negative visits", { visits: -1 }],
    ["NaN visits", { visits: Number.NaN }],
    ["fractional visits", { visits: 1.5 }],
    ["infinite streak", { streakDays: Number.POSITIVE_INFINITY }],
    ["negative routinesFinished", { routinesFinished: -3 }],
    ["disclaimerHeard as a string", { disclaimerHeard: "yes" }],
    ["a missing field", { disclaimerHeard: undefined }],
    ["routine as a string", { routine: "quick" }],
    ["routine as an array", { routine: ["quick", 2] }],
    ["an unknown routine id", { routine: { routineId: "yoga", index: 0, continuous: false } }],
    ["a fractional index", { routine: { routineId: "quick", index: 1.5, continuous: false } }],
    ["a negative index", { routine: { routineId: "quick", index: -1, continuous: false } }],
    ["index as a string", { routine: { routineId: "quick", index: "1", continuous: false } }],
    ["continuous missing", { routine: { routineId: "quick", index: 1 } }],
    ["an unknown usual routine", { usualRoutine: "yoga" }],
    ["a malformed day", { lastActiveDay: "14/03/2026" }],
    ["an impossible day", { lastActiveDay: "2026-02-30" }],
    ["a routine time that is not a time", { routineAt: "noon" }],
  ];

  it.each(oneBadField)("salvages every other field when a record has %s", (_name, patch) => {
    const fallback = defaultRecord();
    const expected = { ...valid };
    for (const key of Object.keys(patch) as (keyof UserRecord)[]) Object.assign(expected, { [key]: fallback[key] });
    expect(parseRecord({ ...valid, ...patch })).toEqual({ record: expected, status: "salvaged" });
  });

  it.each([3, 4, 99])("reads a record of schema %s as newer, keeping what this version can read", (schema) => {
    const { record, status } = parseRecord({ ...valid, schema, visits: "a newer shape", mood: "slow" });
    expect(status).toBe("newer");
    expect(record).toEqual({ ...valid, visits: 0, mood: "slow" });
  });

  const noSchema: ReadonlyArray<readonly [string, unknown, Partial<UserRecord>]> = [
    ["schema 1 with a schema field", { schema: 1, visits: 2 }, { visits: 2 }],
    ["a schema that is a string", { ...valid, schema: "2" }, valid],
    ["schema 1 with an unknown field", { visits: 2, favourite: "quick" }, { visits: 2 }],
    ["schema 1 visits as a string", { visits: "2" }, {}],
    ["schema 1 negative completed", { completed: -1 }, {}],
    ["schema 1 routineId as a number", { routineId: 3 }, {}],
    ["schema 1 step as a string", { routineId: "quick", step: "2" }, {}],
  ];

  it.each(noSchema)("reads %s as corrupt, salvaging the fields it can", (_name, raw, kept) => {
    const { record, status } = parseRecord(raw);
    expect(status).toBe("corrupt");
    expect(record).toMatchObject({ ...defaultRecord(), ...kept, schema: 2 });
  });
});

describe("recordStreak", () => {
  const base: UserRecord = { ...defaultRecord(), routinesFinished: 4, streakDays: 3, lastActiveDay: "2026-02-28" };

  it("keeps the streak when another routine is finished the same day", () => {
    const next = recordStreak(base, "2026-02-28");
    expect(next).toMatchObject({ routinesFinished: 5, streakDays: 3, lastActiveDay: "2026-02-28" });
  });

  it("extends the streak on the next day, across a month end", () => {
    const next = recordStreak(base, "2026-03-01");
    expect(next).toMatchObject({ routinesFinished: 5, streakDays: 4, lastActiveDay: "2026-03-01" });
  });

  it("extends the streak across a year end", () => {
    const next = recordStreak({ ...base, lastActiveDay: "2025-12-31" }, "2026-01-01");
    expect(next.streakDays).toBe(4);
  });

  it("starts over after a gap", () => {
    const next = recordStreak(base, "2026-03-02");
    expect(next).toMatchObject({ routinesFinished: 5, streakDays: 1, lastActiveDay: "2026-03-02" });
  });

  it("starts at one for the first finished routine", () => {
    expect(recordStreak(defaultRecord(), "2026-03-02")).toMatchObject({ routinesFinished: 1, streakDays: 1 });
  });

  it("counts a routine on a day before the last active one (the device moved west) without breaking the streak", () => {
    expect(recordStreak(base, "2026-02-27")).toMatchObject({
      routinesFinished: 5,
      streakDays: 3,
      lastActiveDay: "2026-02-28",
    });
  });

  it("returns a new record and leaves the old one alone", () => {
    const before = structuredClone(base);
    const next = recordStreak(base, "2026-03-01");
    expect(next).not.toBe(base);
    expect(base).toEqual(before);
  });
});

describe("dayOf", () => {
  it("gives the UTC day", () => {
    expect(dayOf(new Date("2026-03-14T23:30:00-05:00"))).toBe("2026-03-15");
    expect(dayOf(new Date(Date.UTC(2026, 0, 5, 0, 0, 0)))).toBe("2026-01-05");
  });
});

describe("sameRecord", () => {
  it("is true for a copy, and for a copy whose routine is a copy", () => {
    expect(sameRecord(valid, { ...valid })).toBe(true);
    expect(sameRecord(valid, { ...valid, routine: valid.routine && { ...valid.routine } })).toBe(true);
    expect(sameRecord(defaultRecord(), defaultRecord())).toBe(true);
  });

  const changes: readonly [string, Partial<UserRecord>][] = [
    ["visits", { visits: 5 }],
    ["disclaimerHeard", { disclaimerHeard: false }],
    ["routine cleared", { routine: null }],
    ["routine moved on", { routine: { routineId: "after-lifting", index: 3, continuous: true } }],
    ["routine changed", { routine: { routineId: "quick", index: 2, continuous: true } }],
    ["routine no longer continuous", { routine: { routineId: "after-lifting", index: 2, continuous: false } }],
    ["usualRoutine", { usualRoutine: "full" }],
    ["routinesFinished", { routinesFinished: 4 }],
    ["streakDays", { streakDays: 3 }],
    ["lastActiveDay", { lastActiveDay: "2026-03-15" }],
    ["lastVisitDay", { lastVisitDay: null }],
    ["routineAt", { routineAt: null }],
    ["pace", { pace: { hold: "normal", moves: "normal", talk: "normal" } }],
    ["timeZone", { timeZone: "Europe/London" }],
    ["reminder moved", { reminder: { token: "alert-1", time: "07:30" } }],
    ["reminder cleared", { reminder: null }],
    ["reminderOffered", { reminderOffered: false }],
  ];

  it("covers every field of the record", () => {
    const covered = new Set(changes.flatMap(([, change]) => Object.keys(change)));
    expect([...covered].sort()).toEqual(
      Object.keys(defaultRecord())
        .filter((k) => k !== "schema")
        .sort(),
    );
  });

  it.each(changes)("is false when %s differs, both ways round", (_name, change) => {
    const changed = { ...valid, ...change };
    expect(sameRecord(valid, changed)).toBe(false);
    expect(sameRecord(changed, valid)).toBe(false);
  });

  it("is false when a routine starts from none", () => {
    const idle = { ...valid, routine: null };
    expect(sameRecord(idle, valid)).toBe(false);
  });
});

describe("mergeRecord", () => {
  const base: UserRecord = {
    ...defaultRecord(),
    visits: 4,
    routinesFinished: 2,
    streakDays: 3,
    lastActiveDay: "2026-03-10",
    lastVisitDay: "2026-03-10",
  };

  it("is `next` when nothing else was written, and `fresh` when this session changed nothing", () => {
    const next = { ...recordStreak(base, "2026-03-11"), visits: 5 };
    expect(mergeRecord(base, next, base)).toEqual(next);
    const fresh = { ...base, visits: 9, disclaimerHeard: true };
    expect(mergeRecord(base, base, fresh)).toEqual(fresh);
  });

  it("adds this session's visits and finished routines to the other's", () => {
    const fresh = { ...base, visits: 6, routinesFinished: 3 };
    const next = { ...base, visits: 5, routinesFinished: 4 };
    expect(mergeRecord(base, next, fresh)).toMatchObject({ visits: 7, routinesFinished: 5 });
  });

  it.each([
    [
      "the same day: the longer streak",
      "2026-03-11",
      4,
      "2026-03-11",
      4,
      { lastActiveDay: "2026-03-11", streakDays: 4 },
    ],
    [
      "ours the day after theirs: theirs extended",
      "2026-03-11",
      4,
      "2026-03-12",
      1,
      { lastActiveDay: "2026-03-12", streakDays: 5 },
    ],
    [
      "theirs later than ours: theirs",
      "2026-03-13",
      1,
      "2026-03-11",
      4,
      { lastActiveDay: "2026-03-13", streakDays: 1 },
    ],
    ["ours days after theirs: ours", "2026-03-11", 4, "2026-03-14", 1, { lastActiveDay: "2026-03-14", streakDays: 1 }],
  ] as const)("when both finished a routine, %s", (_name, theirDay, theirStreak, ourDay, ourStreak, merged) => {
    const fresh = { ...base, lastActiveDay: theirDay, streakDays: theirStreak };
    const next = { ...base, lastActiveDay: ourDay, streakDays: ourStreak };
    expect(mergeRecord(base, next, fresh)).toMatchObject(merged);
  });

  it("takes the later visit day and either session's disclaimer", () => {
    const fresh = { ...base, lastVisitDay: "2026-03-12", disclaimerHeard: true };
    const next = { ...base, lastVisitDay: "2026-03-11" };
    expect(mergeRecord(base, next, fresh)).toMatchObject({ lastVisitDay: "2026-03-12", disclaimerHeard: true });
  });

  it("keeps the most recent routine position when both moved, ours on a tie", () => {
    const theirs = {
      ...base,
      routine: { routineId: "full" as const, index: 3, continuous: true },
      routineAt: "2026-03-11T08:00:10.000Z",
    };
    const ours = {
      ...base,
      routine: { routineId: "full" as const, index: 1, continuous: true },
      routineAt: "2026-03-11T08:00:05.000Z",
    };
    expect(mergeRecord(base, ours, theirs).routine).toEqual(theirs.routine);
    expect(mergeRecord(base, { ...ours, routineAt: theirs.routineAt }, theirs).routine).toEqual(ours.routine);
    expect(mergeRecord(base, { ...ours, routineAt: "2026-03-11T08:00:20.000Z" }, theirs).routine).toEqual(ours.routine);
  });

  it("keeps fields it does not know: ours when this session changed them, else the other's", () => {
    const fresh = { ...base, mood: "slow", later: 1 } as UserRecord;
    const next = { ...base, mood: "fast" } as UserRecord;
    expect(mergeRecord(base, next, fresh)).toMatchObject({ mood: "fast", later: 1 });
    expect(mergeRecord(base, base, fresh)).toMatchObject({ mood: "slow", later: 1 });
  });

  it("keeps the pace this session chose, else the other's", () => {
    const slower = { ...base, pace: { hold: "long", moves: "slow", talk: "normal" } } as const;
    const brief = { ...base, pace: { hold: "normal", moves: "normal", talk: "brief" } } as const;
    expect(mergeRecord(base, slower, brief).pace).toEqual(slower.pace);
    expect(mergeRecord(base, base, brief).pace).toEqual(brief.pace);
  });
});

describe("localTime and isTimeZone", () => {
  // 01:30 UTC on Tuesday 2026-03-03 is 5:30 pm on Monday in California (PST, UTC-8).
  const at = new Date("2026-03-03T01:30:00Z");

  it("gives the device's wall-clock day and hour", () => {
    expect(localTime(at, "America/Los_Angeles")).toEqual({ day: "2026-03-02", hour: 17 });
    expect(localTime(at, "Asia/Kolkata")).toEqual({ day: "2026-03-03", hour: 7 });
  });

  it("follows summer time", () => {
    // 2026-07-01T01:30Z is 6:30 pm on June 30 in California (PDT, UTC-7).
    expect(localTime(new Date("2026-07-01T01:30:00Z"), "America/Los_Angeles")).toEqual({ day: "2026-06-30", hour: 18 });
  });

  it("falls back to UTC when the zone is unknown or not a zone", () => {
    expect(localTime(at, null)).toEqual({ day: "2026-03-03", hour: 1 });
    expect(localTime(at, "Mars/Olympus_Mons")).toEqual({ day: "2026-03-03", hour: 1 });
  });

  it("accepts IANA names only", () => {
    expect(isTimeZone("Europe/London")).toBe(true);
    for (const bad of ["", "Mars/Olympus_Mons", 42, null, "x".repeat(65)]) expect(isTimeZone(bad)).toBe(false);
  });

  it("keeps a stored zone, and drops a bad one to null", () => {
    expect(parseRecord({ ...valid, timeZone: "Asia/Kolkata" }).record.timeZone).toBe("Asia/Kolkata");
    const bad = parseRecord({ ...valid, timeZone: "Mars/Olympus_Mons" });
    expect(bad).toMatchObject({ status: "salvaged", record: { timeZone: null } });
  });
});
