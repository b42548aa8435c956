import type { CreateTableCommandInput, DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import { userKey } from "./user-key";
import { isPlainObject } from "./user-record";

export interface DynamoStoreOptions {
  tableName: string;
  /** Region, endpoint, credentials, retries...; defaults come from the environment. */
  client?: DynamoDBClientConfig;
}

type ClientModule = typeof import("@aws-sdk/client-dynamodb");
type LibModule = typeof import("@aws-sdk/lib-dynamodb");

interface Sdk {
  readonly client: ClientModule;
  readonly lib: LibModule;
}

/**
 * The AWS SDK is loaded by a DynamoStore only, never at module load: it costs
 * about 95 ms, which the memory and file stores (tests, simulator, the
 * benchmark's cold start) must not pay. It is loaded with require, which takes
 * the SDK's CommonJS build, one file per package; import() would take its
 * ES module build, hundreds of files, about 150 ms. Async, so a missing SDK
 * rejects the first call that needs it instead of throwing at load.
 */
async function loadSdk(): Promise<Sdk> {
  return {
    client: require("@aws-sdk/client-dynamodb") as ClientModule,
    lib: require("@aws-sdk/lib-dynamodb") as LibModule,
  };
}

/**
 * Attributes in a DynamoDB table, one item per user: `{ id: <userKey>, attributes: <map> }`.
 * Errors are not caught: a failing store throws and the caller decides.
 * The SDK import starts in the constructor, so a store built at module load
 * (lambda/index.ts) still loads the SDK during the Lambda init phase.
 */
export class DynamoStore implements PersistenceAdapter {
  private readonly tableName: string;
  private readonly clientConfig: DynamoDBClientConfig;
  private readonly sdk: Promise<Sdk>;
  private documentClient: DynamoDBDocumentClient | undefined;

  constructor(options: DynamoStoreOptions) {
    this.tableName = options.tableName;
    this.clientConfig = options.client ?? {};
    this.sdk = loadSdk();
    // A failed import rejects the first call that needs the SDK, not the process (unhandled rejection).
    this.sdk.catch(() => undefined);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { lib, documentClient } = await this.connection();
    const output = await documentClient.send(
      new lib.GetCommand({ TableName: this.tableName, Key: { id: userKey(envelope) }, ConsistentRead: true }),
    );
    const attributes: unknown = output.Item?.["attributes"];
    return isPlainObject(attributes) ? attributes : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const { lib, documentClient } = await this.connection();
    await documentClient.send(
      new lib.PutCommand({ TableName: this.tableName, Item: { id: userKey(envelope), attributes } }),
    );
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const { lib, documentClient } = await this.connection();
    await documentClient.send(new lib.DeleteCommand({ TableName: this.tableName, Key: { id: userKey(envelope) } }));
  }

  /** The SDK and a document client created on first use, then reused for the life of the process. */
  private async connection(): Promise<{ lib: LibModule; documentClient: DynamoDBDocumentClient }> {
    const { client, lib } = await this.sdk;
    this.documentClient ??= lib.DynamoDBDocumentClient.from(new client.DynamoDBClient(this.clientConfig), {
      marshallOptions: { removeUndefinedValues: true },
    });
    return { lib, documentClient: this.documentClient };
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
