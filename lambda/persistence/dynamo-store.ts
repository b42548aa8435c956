import { DYNAMO_TABLE_KEY } from "./dynamo-access";
import {
  BAD_RESPONSE,
  DynamoFailure,
  isDynamoFailure,
  type DynamoCall,
  type DynamoConnection,
  type DynamoOperation,
} from "./dynamo-call";
import { connectDynamo } from "./dynamo-client";
import { fromAttribute, toAttribute, toAttributeMap } from "./dynamo-json";
import { MAX_RECORD_BYTES, StoreError, jsonBytes, type RecordStore, type StoredItem, type WriteResult } from "./store";
import { isPlainObject } from "./user-record";

/**
 * The longest one store operation may take, retries included. A turn makes at
 * most a read and a write on the happy path, so a hung or throttled table costs
 * a turn about 1.5 s at worst, well inside the 8 s Alexa waits.
 */
export const DYNAMO_TIMEOUT_MS = 700;

export interface DynamoStoreOptions {
  tableName: string;
  /** Endpoint, region, credentials; defaults come from the environment. */
  connection?: DynamoConnection;
  /** See DYNAMO_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** DynamoDB's answers that say "not now" rather than "no": worth another try within the deadline. */
const THROTTLED = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "LimitExceededException",
]);
const CONDITION_FAILED = "ConditionalCheckFailedException";
/** Kept at the end of a write's time to read back whether a write without a readable answer landed. */
const CHECK_MS = 100;
/** First wait before a retry; it doubles with each, at random up to that (full jitter). */
const BACKOFF_MS = 25;

/** Attribute names, as placeholders: `version` is a reserved word in DynamoDB expressions. */
const NAMES = { "#a": "attributes", "#v": "version" } as const;
/** The id of the write that left the item as it is: tells a write that landed unanswered from another's. */
const WRITER = "writer";

/**
 * One item per user: `{ id: <userKey>, attributes: <map>, version: <number>,
 * writer: <id of the write> }`. Writes are UpdateItem with a condition on the
 * version (an item without one was written before versions: version 0), so a
 * write never replaces what it did not read, and leaves any other attribute of
 * the item alone. Quarantined copies go to a second item,
 * `<userKey>#quarantine`, as a list. The table needs dynamodb:GetItem,
 * dynamodb:UpdateItem and dynamodb:DeleteItem.
 *
 * The client is built in the constructor, so the store that lambda/index.ts
 * builds at module load does that work in Lambda's init phase, which runs on a
 * full vCPU whatever the function's memory setting.
 */
export class DynamoStore implements RecordStore {
  readonly kind = "dynamodb";
  private readonly tableName: string;
  private readonly timeoutMs: number;
  private readonly send: DynamoCall;

  constructor(options: DynamoStoreOptions) {
    this.tableName = options.tableName;
    this.timeoutMs = options.timeoutMs ?? DYNAMO_TIMEOUT_MS;
    this.send = connectDynamo(options.connection ?? {});
  }

  async read(key: string, deadline?: number): Promise<StoredItem | undefined> {
    const item = await this.getRaw("read", key, deadline);
    if (item === undefined) return undefined;
    const version = versionOf(item.version);
    const data = fromAttribute(item.attributes);
    // The table caps an item at 400 KB, so it was read whole; it is still refused.
    if (jsonBytes(data) > MAX_RECORD_BYTES) return { data: undefined, version, damage: "too-large" };
    return { data, version };
  }

  async write(
    key: string,
    data: Readonly<Record<string, unknown>>,
    expected: number | undefined,
    deadline?: number,
  ): Promise<WriteResult> {
    if (jsonBytes(data) > MAX_RECORD_BYTES) throw new StoreError("dynamodb", "write", "too-large");
    const version = (expected ?? 0) + 1;
    const writer = crypto.randomUUID();
    let condition = "#v = :expected";
    if (expected === undefined) condition = "attribute_not_exists(#k)";
    else if (expected === 0) condition = "attribute_exists(#k) AND attribute_not_exists(#v)";
    // The write's own tries stop CHECK_MS before the caller's deadline at the latest: that much is kept to ask
    // whether it landed. With the save's budget (SAVE_BUDGET_MS) past the store's timeout, the write keeps all of it.
    const writeBy = Math.min(Date.now() + this.timeoutMs, (deadline ?? Number.POSITIVE_INFINITY) - CHECK_MS);
    const outcomeBy = deadline ?? writeBy + CHECK_MS;
    try {
      await this.request("write", writeBy, "UpdateItem", {
        TableName: this.tableName,
        Key: this.keyOf(key),
        UpdateExpression: "SET #a = :a, #v = :v, #w = :w",
        ConditionExpression: condition,
        ExpressionAttributeNames: {
          ...NAMES,
          "#w": WRITER,
          ...(expected === undefined || expected === 0 ? { "#k": DYNAMO_TABLE_KEY } : {}),
        },
        ExpressionAttributeValues: {
          ":a": { M: toAttributeMap(data) },
          ":v": { N: String(version) },
          ":w": { S: writer },
          ...(expected !== undefined && expected > 0 ? { ":expected": { N: String(expected) } } : {}),
        },
      });
    } catch (error) {
      if (!(isDynamoFailure(error) && error.code === CONDITION_FAILED)) {
        // No answer, or one that could not be read: the write may have landed all the same (a
        // timeout, a body cut short). Reported as saved only when the item says it is ours.
        if (await this.landed(key, writer, outcomeBy)) return { ok: true, version };
        throw error;
      }
      // A retry after a lost answer fails its condition on its own first try: then the item is ours.
      const stored = await this.getRaw("write", key, deadline, true);
      const ours = stored !== undefined && fromAttribute(stored[WRITER]) === writer;
      return ours ? { ok: true, version } : { ok: false, conflict: true };
    }
    return { ok: true, version };
  }

  async quarantine(key: string, item: StoredItem, deadline?: number): Promise<boolean> {
    const stored = await this.getRaw("quarantine", key, deadline);
    if (stored === undefined || versionOf(stored.version) !== item.version) return false;
    const copy = {
      M: {
        at: { S: new Date().toISOString() },
        version: toAttribute(item.version),
        attributes: stored.attributes ?? { NULL: true },
      },
    };
    await this.request("quarantine", deadline, "UpdateItem", {
      TableName: this.tableName,
      Key: this.keyOf(quarantineKey(key)),
      UpdateExpression: "SET #c = list_append(if_not_exists(#c, :none), :copy)",
      ExpressionAttributeNames: { "#c": "copies" },
      ExpressionAttributeValues: { ":none": { L: [] }, ":copy": { L: [copy] } },
    });
    return true;
  }

  async remove(key: string, deadline?: number): Promise<void> {
    // One after the other, copies first: when the second fails, the first is already gone, and
    // what is left is the record itself, not a copy of it the user was told is deleted.
    for (const id of [quarantineKey(key), key]) {
      await this.request("remove", deadline, "DeleteItem", { TableName: this.tableName, Key: this.keyOf(id) });
    }
  }

  /** True when the item was last written by `writer`; false when it was not, or that cannot be read by `deadline`. */
  private async landed(key: string, writer: string, deadline: number): Promise<boolean> {
    try {
      const stored = await this.getRaw("write", key, deadline, true);
      return stored !== undefined && fromAttribute(stored[WRITER]) === writer;
    } catch {
      return false;
    }
  }

  /** The item's attributes and version as DynamoDB sends them, or undefined when there is no item. */
  private async getRaw(
    operation: string,
    key: string,
    deadline: number | undefined,
    withWriter = false,
  ): Promise<Record<string, unknown> | undefined> {
    const output = await this.request(operation, deadline, "GetItem", {
      TableName: this.tableName,
      Key: this.keyOf(key),
      ConsistentRead: true,
      ProjectionExpression: withWriter ? "#v, #w" : "#a, #v",
      ExpressionAttributeNames: withWriter ? { "#v": NAMES["#v"], "#w": WRITER } : NAMES,
    });
    return isPlainObject(output.Item) ? output.Item : undefined;
  }

  private keyOf(id: string): Record<string, unknown> {
    return { [DYNAMO_TABLE_KEY]: { S: id } };
  }

  /**
   * Sends one request within the store's timeout and the caller's deadline,
   * retrying throttling, server errors and broken connections with short
   * random waits. A failed condition is thrown as it is (the caller's answer);
   * anything else as a StoreError.
   */
  private async request(
    operation: string,
    callerDeadline: number | undefined,
    call: DynamoOperation,
    input: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const deadline = Math.min(Date.now() + this.timeoutMs, callerDeadline ?? Number.POSITIVE_INFINITY);
    for (let attempt = 0; ; attempt += 1) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new StoreError("dynamodb", operation, "timeout");
      const signal = AbortSignal.timeout(remaining);
      try {
        return await this.send(call, input, signal);
      } catch (error) {
        if (signal.aborted) throw new StoreError("dynamodb", operation, "timeout");
        const failure = isDynamoFailure(error) ? error : new DynamoFailure("network", undefined);
        if (failure.code === CONDITION_FAILED) throw failure;
        // A body that is not DynamoDB's JSON (a proxy's page, a truncated answer) is tried again like a broken connection.
        const retryable =
          THROTTLED.has(failure.code) ||
          failure.code === "network" ||
          failure.code === BAD_RESPONSE ||
          (failure.status ?? 0) >= 500;
        if (!retryable) throw new StoreError("dynamodb", operation, failure.code);
        const wait = Math.random() * BACKOFF_MS * 2 ** attempt;
        if (wait >= deadline - Date.now()) throw new StoreError("dynamodb", operation, failure.code);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}

function quarantineKey(key: string): string {
  return `${key}#quarantine`;
}

/** A stored version: a positive integer, else 0 (an item written before versions). */
function versionOf(attribute: unknown): number {
  const version = fromAttribute(attribute);
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : 0;
}
