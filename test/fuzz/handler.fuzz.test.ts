/**
 * Fuzzing the Lambda entry point: generated request envelopes of every kind,
 * in every state (see arbitraries.ts), each sent through the exported
 * `handler` (memory store) or, for store failures, through `buildSkill` with
 * an adapter that throws on read, on write, or both, or reads back garbage.
 *
 * Property: the handler resolves, and `responseProblems` finds nothing (valid
 * SSML for Alexa, limits, a reprompt exactly when the session stays open);
 * also (checks.ts) no character XML forbids, session attributes that come
 * back as an object or not at all, a CanFulfillIntentRequest answered with a
 * verdict and no speech, no log line carrying a user or person id, and the
 * store never given a record it cannot read back.
 *
 * Failing cases are shrunk and printed by fast-check; each one found is kept
 * as a regular test in regressions.test.ts. Replay a run with
 * FUZZ_SEED=<seed> npx vitest run test/fuzz; search longer with FUZZ_SCALE=10.
 */
import fc from "fast-check";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterAll, afterEach, beforeAll, beforeEach, describe, it, vi } from "vitest";
import { buildSkill } from "../../lambda/skill";
import {
  checkLocaleOf,
  conversationArb,
  envelopeArb,
  garbage,
  PERSON_MARK,
  stepEnvelope,
  USER_MARK,
  type GeneratedCase,
} from "./arbitraries";
import { CheckingStore, FaultyStore, sendAndCheck, STORE_FAULTS, type Handler, type StoreFault } from "./checks";

/** Runs per property. Each run of the first two sends one envelope; a conversation sends 2 to 8. FUZZ_SCALE=10 runs ten times as many. */
const SCALE = Number(process.env.FUZZ_SCALE) > 0 ? Number(process.env.FUZZ_SCALE) : 1;
const RUNS = { lambda: 8000 * SCALE, failingStore: 2000 * SCALE, conversations: 400 * SCALE } as const;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const options = <T>(numRuns: number): fc.Parameters<T> => ({ numRuns, ...(seed === undefined ? {} : { seed }) });

let handler: Handler;
let sent = 0;
const print = console.log.bind(console);
let logLines: string[] = [];

beforeAll(async () => {
  process.env.NECK_COACH_STORE = "memory";
  delete process.env.SKILL_ID;
  ({ handler } = (await import("../../lambda/index")) as { handler: Handler });
});

beforeEach(() => {
  logLines = [];
  const capture = (...args: unknown[]) => {
    logLines.push(args.map(String).join(" "));
  };
  vi.spyOn(console, "error").mockImplementation(capture);
  vi.spyOn(console, "warn").mockImplementation(capture);
  vi.spyOn(console, "log").mockImplementation(capture);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(() => {
  print(`fuzz: sent ${sent} generated request envelopes`);
});

/** Sends one envelope and lists what is wrong, log lines included. */
async function problemsOf(send: Handler, envelope: RequestEnvelope, locale: string) {
  sent++;
  logLines = [];
  const result = await sendAndCheck(send, envelope, locale);
  const leaked = logLines.find((line) => line.includes(USER_MARK) || line.includes(PERSON_MARK));
  if (leaked) result.problems.push(`log line carries a user or person id: ${leaked.slice(0, 300)}`);
  return result;
}

function fail(problems: readonly string[], envelope: RequestEnvelope): never {
  throw new Error(`${problems.join("\n")}\nrequest: ${JSON.stringify(envelope).slice(0, 3000)}`);
}

describe("the Lambda handler under generated envelopes", () => {
  it(
    `answers ${RUNS.lambda} generated envelopes with valid responses`,
    async () => {
      await fc.assert(
        fc.asyncProperty(envelopeArb, async ({ envelope, checkLocale }: GeneratedCase) => {
          const { problems } = await problemsOf(handler, envelope, checkLocale);
          if (problems.length) fail(problems, envelope);
        }),
        options(RUNS.lambda),
      );
    },
    120_000 * SCALE,
  );

  it(
    `answers ${RUNS.failingStore} generated envelopes with valid responses when the store fails`,
    async () => {
      let returned: unknown = {};
      // Built once per fault, as on Lambda.
      const skills = Object.fromEntries(
        STORE_FAULTS.map((fault) => {
          const skill = buildSkill({ store: new FaultyStore(fault, () => returned) });
          return [fault, (e: RequestEnvelope) => skill.invoke(e)];
        }),
      ) as Record<StoreFault, Handler>;
      await fc.assert(
        fc.asyncProperty(
          envelopeArb,
          fc.constantFrom(...STORE_FAULTS),
          garbage,
          async ({ envelope, checkLocale }, fault, stored) => {
            returned = stored;
            const { problems } = await problemsOf(skills[fault], envelope, checkLocale);
            if (problems.length) fail(problems, envelope);
          },
        ),
        options(RUNS.failingStore),
      );
    },
    120_000 * SCALE,
  );

  it(
    `keeps ${RUNS.conversations} generated conversations valid, turn after turn, and the store readable`,
    async () => {
      const store = new CheckingStore();
      const skill = buildSkill({ store: store });
      const send: Handler = (e) => skill.invoke(e);
      await fc.assert(
        fc.asyncProperty(conversationArb, async ({ userId, steps }) => {
          let open: Record<string, unknown> | undefined;
          for (const step of steps) {
            const continuing = open !== undefined && !step.walkedAway;
            const envelope = stepEnvelope(
              userId,
              step.request,
              continuing ? { new: false, attributes: open } : { new: true },
            );
            const { response, problems } = await problemsOf(send, envelope, checkLocaleOf(step.request));
            problems.push(...store.badWrites.splice(0));
            if (problems.length) fail(problems, envelope);
            open = response?.response.shouldEndSession === false ? (response.sessionAttributes ?? {}) : undefined;
          }
        }),
        options(RUNS.conversations),
      );
    },
    120_000 * SCALE,
  );
});
