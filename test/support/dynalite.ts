/// <reference path="./dynalite.d.ts" />
/**
 * A real DynamoDB-compatible server (dynalite, in memory) on 127.0.0.1, for
 * tests and benchmarks. No credentials or network beyond loopback.
 */
import { createServer } from "node:net";
import { CreateTableCommand, DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";
import { createTableInput } from "../../lambda/persistence/dynamo-store";

export interface LocalDynamo {
  /** "http://127.0.0.1:<port>" */
  endpoint: string;
  stop(): Promise<void>;
}

/** Client settings for a local server: fixed region, dummy credentials, one attempt. */
export function localClientConfig(endpoint: string): DynamoDBClientConfig {
  return {
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  };
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
        // Keep-alive sockets from SDK clients would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** Creates the table DynamoStore expects (see createTableInput). */
export async function createTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient(localClientConfig(endpoint));
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } finally {
    client.destroy();
  }
}

/** Writes an item directly, bypassing DynamoStore, as a buggy older version might have. */
export async function putRawItem(endpoint: string, tableName: string, item: Record<string, unknown>): Promise<void> {
  const client = new DynamoDBClient(localClientConfig(endpoint));
  try {
    await DynamoDBDocumentClient.from(client).send(new PutCommand({ TableName: tableName, Item: item }));
  } finally {
    client.destroy();
  }
}

/** A loopback port with nothing listening: bind an ephemeral port, then close it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP port");
  return address.port;
}
