/**
 * Errors are logged once, through lambda/log.ts, as one JSON line with the
 * request id and the error, and the line never carries the user id, the
 * person id or what the user said (a slot value), even when the error's own
 * message does, nor a hash of them (the file store's file name); every field
 * is cut to a bounded length.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RecordStore, StoredItem, WriteResult } from "../../lambda/persistence/store";
import type { RequestEnvelope } from "ask-sdk-model";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { MAX_LENGTHS } from "../../lambda/log";
import { FileStore } from "../../lambda/persistence/file-store";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { buildSkill } from "../../lambda/skill";
import { envelope, intentRequest, unmatched } from "../support/envelopes";
import { assertValidResponse } from "../support/response-checks";

/** Makes unknownStretchReply throw, with a message that echoes what the user said. */
const failure = vi.hoisted(() => ({ on: false }));
vi.mock("../../lambda/speech/replies/stretch", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../lambda/speech/replies/stretch")>();
  return {
    ...actual,
    unknownStretchReply: (...args: Parameters<typeof actual.unknownStretchReply>) => {
      if (failure.on) throw new TypeError(`cannot teach a stretch called "${args[0]}"`);
      return actual.unknownStretchReply(...args);
    },
  };
});

const USER_ID = "amzn1.ask.account.SECRET-USER-7F3A";
const PERSON_ID = "amzn1.ask.person.SECRET-PERSON-9C1B";
const SPOKEN = "Tom's secret neck twist";
const REQUEST_ID = "amzn1.echo-api.request.logging-test-1";

function request(requestId = REQUEST_ID): RequestEnvelope {
  return envelope(intentRequest("TeachStretchIntent", { stretch: unmatched("stretch", SPOKEN) }, { requestId }), {
    userId: USER_ID,
    personId: PERSON_ID,
    session: "new",
  });
}

/** A store that fails, naming the user in its message as a careless adapter might. */
/** A store whose errors quote the user's key, as a real store's might. */
class FailingStore implements RecordStore {
  readonly kind = "memory";
  constructor(private readonly on: "read" | "write") {}
  async quarantine(): Promise<boolean> {
    return true;
  }
  async read(key: string): Promise<StoredItem | undefined> {
    if (this.on === "read") throw new Error(`no item readable for ${key}`);
    return undefined;
  }
  async write(key: string): Promise<WriteResult> {
    if (this.on === "write") throw new Error(`write refused for ${key}`);
    return { ok: true, version: 1 };
  }
  async remove(): Promise<void> {}
}

let errors: MockInstance<typeof console.error>;
let others: Array<MockInstance<(...args: unknown[]) => void>>;

beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
  others = [
    vi.spyOn(console, "log"),
    vi.spyOn(console, "warn"),
    vi.spyOn(console, "info"),
    vi.spyOn(console, "debug"),
  ].map((spy) => spy.mockImplementation(() => {})) as Array<MockInstance<(...args: unknown[]) => void>>;
});

afterEach(() => {
  failure.on = false;
  vi.restoreAllMocks();
});

/** Every line logged to any console method. */
function allLines(): string[] {
  return [errors, ...others].flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(" ")));
}

function expectNothingPrivate(): void {
  for (const line of allLines()) {
    expect(line).not.toContain(USER_ID);
    expect(line).not.toContain(PERSON_ID);
    expect(line).not.toContain(SPOKEN);
    expect(line).not.toContain("SECRET");
  }
}

interface LogLine {
  level: string;
  requestId: string | null;
  where: string;
  error: { name: string; message: string };
}

function onlyErrorLine(): LogLine {
  expect(errors).toHaveBeenCalledTimes(1);
  for (const spy of others) expect(spy).not.toHaveBeenCalled();
  const [args] = errors.mock.calls;
  expect(args).toHaveLength(1);
  return JSON.parse(String(args?.[0])) as LogLine;
}

describe("logging an error", () => {
  it("a store that cannot be read: one line, with the request id and the error, nothing private", async () => {
    const skill = buildSkill({ store: new FailingStore("read") });
    const response = await skill.invoke(request());
    await assertValidResponse(response);
    const line = onlyErrorLine();
    expect(line).toMatchObject({
      level: "error",
      requestId: REQUEST_ID,
      where: "store.read",
      error: { name: "Error" },
    });
    expect(line.error.message).toContain("no item readable for");
    expectNothingPrivate();
  });

  it("a store that cannot be written: one line, with the request id and the error, nothing private", async () => {
    const skill = buildSkill({ store: new FailingStore("write") });
    await assertValidResponse(await skill.invoke(request()));
    const line = onlyErrorLine();
    expect(line).toMatchObject({ level: "error", requestId: REQUEST_ID, where: "store.write" });
    expect(line.error.message).toContain("write refused for");
    expectNothingPrivate();
  });

  it("a handler that throws: one line, with the request id and the error, nothing private; an apology keeps the session", async () => {
    failure.on = true;
    const skill = buildSkill({ store: new MemoryStore() });
    const response = await skill.invoke(request());
    await assertValidResponse(response);
    expect(response.response.shouldEndSession).toBe(false);
    const line = onlyErrorLine();
    expect(line).toMatchObject({
      level: "error",
      requestId: REQUEST_ID,
      where: "handler",
      error: { name: "TypeError" },
    });
    expect(line.error.message).toContain("cannot teach a stretch called");
    expectNothingPrivate();
  });

  it("a request that goes well logs nothing", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    await assertValidResponse(await skill.invoke(request()));
    expect(allLines()).toEqual([]);
  });
});

describe("bounded lines, and no identifier derived from the user", () => {
  it("a file store whose file for this user cannot be opened: the line names the error but not the file, a hash of the person id", async () => {
    const folder = mkdtempSync(join(tmpdir(), "neck-coach-log-"));
    try {
      const fileName = `${createHash("sha256").update(PERSON_ID).digest("hex")}.json`;
      // A link to itself: opening it fails with ELOOP, and Node's message quotes the path.
      symlinkSync(fileName, join(folder, fileName));
      const skill = buildSkill({ store: new FileStore(folder) });
      await assertValidResponse(await skill.invoke(request()));
      const line = onlyErrorLine();
      expect(line).toMatchObject({ where: "store.read", error: { message: expect.stringContaining("ELOOP") } });
      expect(JSON.stringify(line)).not.toContain(fileName.slice(0, 16));
      expect(JSON.stringify(line)).not.toMatch(/[0-9a-f]{32}/i);
      expectNothingPrivate();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("a 200 KB request id and a long error: every field is cut to its bound", async () => {
    const longId = `amzn1.echo-api.request.${"x".repeat(200 * 1024)}`;
    class LongNamedError extends Error {
      override readonly name = "E".repeat(10_000);
    }
    const store: RecordStore = {
      kind: "memory",
      quarantine: async () => true,
      read: async () => {
        throw new LongNamedError("m".repeat(10_000));
      },
      write: async () => ({ ok: true, version: 1 }),
      remove: async () => undefined,
    };
    const skill = buildSkill({ store });
    await assertValidResponse(await skill.invoke(request(longId)));
    const line = onlyErrorLine();
    expect(line.requestId?.startsWith("amzn1.echo-api.request.x")).toBe(true);
    expect(line.requestId?.length).toBeLessThanOrEqual(MAX_LENGTHS.requestId);
    expect(line.error.name.length).toBeLessThanOrEqual(MAX_LENGTHS.name);
    expect(line.error.message.length).toBeLessThanOrEqual(MAX_LENGTHS.message);
    expect(String(errors.mock.calls[0]?.[0]).length).toBeLessThan(1024);
  });
});

describe("a session Alexa ended with an error", () => {
  it("is logged with the request id and Alexa's reason, and answered with an empty response", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const request = {
        type: "SessionEndedRequest",
        requestId: "amzn1.echo-api.request.ended-with-error",
        timestamp: "2026-01-15T08:00:00Z",
        locale: "en-US",
        reason: "ERROR",
        error: { type: "INVALID_RESPONSE", message: "The response is invalid" },
      } as const;
      const response = await skill.invoke(envelope(request as never, { session: "continuing" }));
      expect(response.response.outputSpeech).toBeUndefined();
      const lines = logged.mock.calls.map((call) => String(call[0]));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain("amzn1.echo-api.request.ended-with-error");
      expect(lines[0]).toContain("INVALID_RESPONSE: The response is invalid");
    } finally {
      logged.mockRestore();
    }
  });
});
