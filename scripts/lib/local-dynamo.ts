/// <reference path="./dynalite.d.ts" />
/**
 * A real DynamoDB-compatible server (dynalite, in memory) on 127.0.0.1, and
 * the table the DynamoDB store expects, for the tests and the benchmark. No
 * credentials or network beyond loopback.
 */
import {
  CreateTableCommand,
  DynamoDBClient,
  type CreateTableCommandInput,
  type DynamoDBClientConfig,
} from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";
import { DYNAMO_TABLE_KEY } from "../../lambda/persistence/dynamo-access";
import type { DynamoConnection } from "../../lambda/persistence/dynamo-call";

export interface LocalDynamo {
  /** "http://127.0.0.1:<port>" */
  endpoint: string;
  stop(): Promise<void>;
}

/** The DynamoDB store's connection to a local server: fixed region, dummy credentials. */
export function localConnection(endpoint: string): DynamoConnection {
  return { endpoint, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } };
}

/** The same, for an AWS SDK client (table set-up, raw items), with one attempt. */
export function localSdkConfig(endpoint: string): DynamoDBClientConfig {
  const { region, credentials } = localConnection(endpoint);
  return { endpoint, region, ...(credentials ? { credentials } : {}), maxAttempts: 1 };
}

export async function startDynalite(): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("dynalite is not listening on a TCP port");
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from clients would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** The table DynamoStore expects: partition key `id` (string), on-demand billing. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    AttributeDefinitions: [{ AttributeName: DYNAMO_TABLE_KEY, AttributeType: "S" }],
    KeySchema: [{ AttributeName: DYNAMO_TABLE_KEY, KeyType: "HASH" }],
    BillingMode: "PAY_PER_REQUEST",
  };
}

/** Creates the table DynamoStore expects (see createTableInput). */
export async function createTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient(localSdkConfig(endpoint));
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } finally {
    client.destroy();
  }
}
