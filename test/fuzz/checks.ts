/**
 * What the fuzz properties and their regression tests check on every
 * response, on top of test/support/response-checks.ts, and the stores they
 * run against.
 */
import type { RecordStore, StoredItem, WriteResult } from "../../lambda/persistence/store";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { parseRecord } from "../../lambda/persistence/user-record";
import { responseProblems } from "../support/response-checks";

export type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

/**
 * Every problem with `response` as the answer to `request`: the shared
 * response checks, and a CanFulfillIntentRequest answered with speech or
 * without a verdict.
 */
export async function envelopeProblems(
  request: RequestEnvelope,
  response: ResponseEnvelope,
  locale = "en-US",
): Promise<string[]> {
  const problems = await responseProblems(response, locale);
  if (!response?.response) return problems;
  if (request?.request?.type === "CanFulfillIntentRequest") {
    if (!response.response.canFulfillIntent) problems.push("CanFulfillIntentRequest without canFulfillIntent");
    if (response.response.outputSpeech) problems.push("CanFulfillIntentRequest answered with speech");
  }
  return problems;
}

/** Sends `request` and lists every problem; a rejection is a problem too. */
export async function sendAndCheck(
  send: Handler,
  request: RequestEnvelope,
  locale = "en-US",
): Promise<{ response?: ResponseEnvelope; problems: string[] }> {
  let response: ResponseEnvelope;
  try {
    response = await send(request);
  } catch (error) {
    return {
      problems: [`handler rejected: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`],
    };
  }
  return { response, problems: await envelopeProblems(request, response, locale) };
}

export const STORE_FAULTS = ["read", "write", "both", "garbage"] as const;
export type StoreFault = (typeof STORE_FAULTS)[number];

/** A store that throws on read, on write, or both, or reads back `returned()`. */
export class FaultyStore implements RecordStore {
  readonly kind = "memory";

  constructor(
    private readonly fault: StoreFault,
    private readonly returned: () => unknown = () => ({}),
  ) {}

  async read(): Promise<StoredItem | undefined> {
    if (this.fault === "read" || this.fault === "both") throw new Error("store read failed (test)");
    return this.fault === "garbage" ? { data: this.returned(), version: 1 } : undefined;
  }

  async write(_key: string, _data: unknown, expected: number | undefined): Promise<WriteResult> {
    if (this.fault === "write" || this.fault === "both") throw new Error("store write failed (test)");
    return { ok: true, version: (expected ?? 0) + 1 };
  }

  async remove(): Promise<void> {}

  async quarantine(): Promise<boolean> {
    return true;
  }
}

/** A memory store that notes every write it could not read back as a current record. */
export class CheckingStore extends MemoryStore {
  readonly badWrites: string[] = [];

  override async write(
    key: string,
    attributes: Readonly<Record<string, unknown>>,
    expected: number | undefined,
  ): Promise<WriteResult> {
    const { status } = parseRecord(structuredClone(attributes));
    if (status !== "ok")
      this.badWrites.push(`wrote a record that reads back as "${status}": ${JSON.stringify(attributes).slice(0, 300)}`);
    return super.write(key, attributes, expected);
  }
}
