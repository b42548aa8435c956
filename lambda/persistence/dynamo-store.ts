import { DynamoDBClient, type CreateTableCommandInput, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { PersistenceAdapter } from "ask-sdk-core";
import type { RequestEnvelope } from "ask-sdk-model";
import { userKey } from "./user-key";
import { isPlainObject } from "./user-record";

export interface DynamoStoreOptions {
  tableName: string;
  /** Region, endpoint, credentials, retries...; defaults come from the environment. */
  client?: DynamoDBClientConfig;
}

/**
 * Attributes in a DynamoDB table, one item per user: `{ id: <userKey>, attributes: <map> }`.
 * Errors are not caught: a failing store throws and the caller decides.
 */
export class DynamoStore implements PersistenceAdapter {
  private readonly tableName: string;
  private readonly clientConfig: DynamoDBClientConfig;
  private documentClient: DynamoDBDocumentClient | undefined;

  constructor(options: DynamoStoreOptions) {
    this.tableName = options.tableName;
    this.clientConfig = options.client ?? {};
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const output = await this.client().send(
      new GetCommand({ TableName: this.tableName, Key: { id: userKey(envelope) }, ConsistentRead: true }),
    );
    const attributes: unknown = output.Item?.["attributes"];
    return isPlainObject(attributes) ? attributes : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.client().send(
      new PutCommand({ TableName: this.tableName, Item: { id: userKey(envelope), attributes } }),
    );
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    await this.client().send(new DeleteCommand({ TableName: this.tableName, Key: { id: userKey(envelope) } }));
  }

  /** Created on first use, then reused for the life of the process. */
  private client(): DynamoDBDocumentClient {
    this.documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient(this.clientConfig), {
      marshallOptions: { removeUndefinedValues: true },
    });
    return this.documentClient;
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
