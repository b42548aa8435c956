/**
 * Points in a conversation to test certification rules at ("at any point"):
 * each is a fresh device and user driven there by intents through the real
 * interaction model (virtual-alexa). Every response on the way is checked
 * (test/support/skill.ts).
 */
import type { TestDevice, Reply } from "../support/conversation";
import { newDevice, TEST_USER } from "../support/conversation";
import { parseRecord, type UserRecord, type RoutineProgress } from "../../lambda/persistence/user-record";
import { userEnvelope } from "../support/user-envelope";

export interface ConversationPoint {
  readonly name: string;
  /** Drives a new device to this point; returns the last reply (none for a fresh one-shot). */
  readonly reach: (device: TestDevice) => Promise<Reply | undefined>;
  /** True when a routine is in progress at this point. */
  readonly inRoutine: boolean;
  /** True on a routine's last stretch, done: a stop there finishes the routine instead of keeping the place. */
  readonly lastStretch?: true;
}

async function steps(
  device: TestDevice,
  ...intents: ReadonlyArray<readonly [string, Record<string, string>?]>
): Promise<Reply | undefined> {
  let last: Reply | undefined;
  for (const [intent, slots] of intents) last = await device.intend(intent, slots);
  return last;
}

export const POINTS: readonly ConversationPoint[] = [
  { name: "a one-shot (new session, new user)", inRoutine: false, reach: async () => undefined },
  { name: "after launch (first visit)", inRoutine: false, reach: (d) => d.say("open neck coach") },
  {
    name: "after launch (returning, a routine finished, the usual one offered)",
    inRoutine: false,
    reach: async (d) => {
      await steps(
        d,
        ["StartRoutineIntent", { routine: "quick" }],
        ["AMAZON.NextIntent"],
        ["AMAZON.NextIntent"],
        ["AMAZON.NextIntent"],
      );
      return d.say("open neck coach");
    },
  },
  {
    name: "after launch (returning, a routine stopped part way)",
    inRoutine: true,
    reach: async (d) => {
      await steps(d, ["StartRoutineIntent", { routine: "quick" }], ["AMAZON.NextIntent"], ["AMAZON.StopIntent"]);
      return d.say("open neck coach");
    },
  },
  {
    name: "mid-routine (step by step, stretch 2)",
    inRoutine: true,
    reach: (d) => steps(d, ["StartRoutineIntent", { routine: "full" }], ["AMAZON.NextIntent"]),
  },
  {
    name: "mid-routine (continuous)",
    inRoutine: true,
    reach: (d) => steps(d, ["ContinuousRoutineIntent", { routine: "full" }]),
  },
  {
    name: "at the last stretch of a routine",
    inRoutine: true,
    lastStretch: true,
    reach: (d) => steps(d, ["StartRoutineIntent", { routine: "quick" }], ["AMAZON.NextIntent"], ["AMAZON.NextIntent"]),
  },
  {
    name: "resumed in a later session",
    inRoutine: true,
    reach: async (d) => {
      await steps(d, ["StartRoutineIntent", { routine: "quick" }], ["AMAZON.PauseIntent"]);
      return steps(d, ["ResumeRoutineIntent"]);
    },
  },
  {
    name: "after an offer (a stretch taught, the next offered)",
    inRoutine: false,
    reach: (d) => steps(d, ["TeachStretchIntent", { stretch: "chin tuck" }]),
  },
  {
    name: "after an answer (a follow-up offered)",
    inRoutine: false,
    reach: (d) => steps(d, ["NeckPainCauseIntent", { exercise: "deadlifts" }]),
  },
  { name: "after help", inRoutine: false, reach: (d) => steps(d, ["AMAZON.HelpIntent"]) },
  {
    name: "after a fallback mid-routine",
    inRoutine: true,
    reach: (d) => steps(d, ["StartRoutineIntent", { routine: "quick" }], ["AMAZON.FallbackIntent"]),
  },
  { name: "after being asked which routine", inRoutine: false, reach: (d) => steps(d, ["StartRoutineIntent"]) },
];

/** A fresh device at `point`. */
export async function deviceAt(point: ConversationPoint): Promise<{ device: TestDevice; before: Reply | undefined }> {
  const device = newDevice();
  const before = await point.reach(device);
  return { device, before };
}

/** The user's record as stored. */
export async function storedRecord(device: TestDevice): Promise<UserRecord> {
  return parseRecord(await device.store.getAttributes(userEnvelope({ userId: TEST_USER }))).record;
}

/** The routine position a reply carries in its session attributes (null when none, undefined when no record). */
export function sessionRoutine(reply: Reply | undefined): RoutineProgress | null | undefined {
  const record = reply?.attributes["record"];
  if (!record) return undefined;
  return parseRecord(record).record.routine;
}

/** The routine position in effect: the session's when it has one, else the stored one. */
export async function routineNow(device: TestDevice, reply: Reply | undefined): Promise<RoutineProgress | null> {
  const fromSession = sessionRoutine(reply);
  return fromSession !== undefined ? fromSession : (await storedRecord(device)).routine;
}

/**
 * True when speech ends by prompting: a question, or an instruction naming
 * what to say ("Say next when you're ready.").
 */
export function prompts(speech: string): boolean {
  const sentences = speech.trim().split(/(?<=[.?!])\s+/);
  const last = sentences.slice(-2).join(" ");
  return /\?\s*$/.test(speech.trim()) || /\bsay\b/i.test(last);
}
