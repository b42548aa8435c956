import type { CreateTableCommandInput, DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import type { RecordStore, StoredItem, WriteResult } from "./store";
import { userKey } from "./user-key";
import { isPlainObject } from "./user-record";

export interface DynamoStoreOptions {
  tableName: string;
  /** Region, endpoint, credentials, retries...; defaults come from the environment. */
  client?: DynamoDBClientConfig;
}

type ClientModule = typeof import("@aws-sdk/client-dynamodb");
type LibModule = typeof import("@aws-sdk/lib-dynamodb");

interface Connection {
  readonly lib: LibModule;
  readonly documentClient: DynamoDBDocumentClient;
}

/**
 * Loads the AWS SDK and builds the document client. The SDK is loaded by a
 * DynamoStore only, never at module load: it costs about 100 ms, which the
 * memory and file stores (tests, simulator, the benchmark's cold start) must
 * not pay. It is loaded with require, which takes the SDK's CommonJS build, one
 * file per package; import() would take its ES module build, hundreds of files,
 * about 50 ms more. Async, so a missing SDK rejects the first call that needs
 * it instead of throwing at load; but with no await inside, all of it runs
 * at once, in the constructor.
 */
async function connect(clientConfig: DynamoDBClientConfig): Promise<Connection> {
  const client = require("@aws-sdk/client-dynamodb") as ClientModule;
  const lib = require("@aws-sdk/lib-dynamodb") as LibModule;
  const documentClient = lib.DynamoDBDocumentClient.from(new client.DynamoDBClient(clientConfig), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { lib, documentClient };
}

/**
 * Attributes in a DynamoDB table, one item per user: `{ id: <userKey>, attributes: <map> }`.
 * Errors are not caught: a failing store throws and the caller decides.
 * The SDK is loaded and the client built in the constructor, so the store that
 * lambda/index.ts builds at module load does this work in Lambda's init phase,
 * which runs on a full vCPU whatever the function's memory setting; the first
 * request, which runs on the memory setting's share of a vCPU, only sends.
 */
export class DynamoStore implements RecordStore, PersistenceAdapter {
  private readonly tableName: string;
  private readonly connection: Promise<Connection>;

  constructor(options: DynamoStoreOptions) {
    this.tableName = options.tableName;
    this.connection = connect(options.client ?? {});
    // A failed load rejects the first call that needs the SDK, not the process (unhandled rejection).
    this.connection.catch(() => undefined);
  }

  /** Interim: versions are not kept yet, every item reads as version 0 and writes are unconditional. */
  async read(key: string): Promise<StoredItem | undefined> {
    const data = await this.getByKey(key);
    return Object.keys(data).length === 0 ? undefined : { data, version: 0 };
  }

  async write(key: string, data: Readonly<Record<string, unknown>>, _expected: number | undefined): Promise<WriteResult> {
    await this.saveByKey(key, { ...data });
    return { ok: true, version: 0 };
  }

  async remove(key: string): Promise<void> {
    await this.deleteByKey(key);
  }

  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return this.getByKey(userKey(envelope));
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    return this.saveByKey(userKey(envelope), attributes);
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    return this.deleteByKey(userKey(envelope));
  }

  private async getByKey(key: string): Promise<Record<string, unknown>> {
    const { lib, documentClient } = await this.connection;
    const output = await documentClient.send(
      new lib.GetCommand({ TableName: this.tableName, Key: { id: key }, ConsistentRead: true }),
    );
    const attributes: unknown = output.Item?.["attributes"];
    return isPlainObject(attributes) ? attributes : {};
  }

  private async saveByKey(key: string, attributes: Record<string, unknown>): Promise<void> {
    const { lib, documentClient } = await this.connection;
    await documentClient.send(
      new lib.PutCommand({ TableName: this.tableName, Item: { id: key, attributes } }),
    );
  }

  private async deleteByKey(key: string): Promise<void> {
    const { lib, documentClient } = await this.connection;
    await documentClient.send(new lib.DeleteCommand({ TableName: this.tableName, Key: { id: key } }));
  }
}

/** The table DynamoStore expects: partition key `id` (string), on-demand billing. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
    KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
    BillingMode: "PAY_PER_REQUEST",
  };
}
