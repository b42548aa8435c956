/**
 * dynalite for tests: the server and table set-up shared with the benchmark
 * (scripts/lib/local-dynamo.ts), plus what only tests do: write raw items and
 * find a port where nothing listens.
 */
import { createServer } from "node:net";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { localSdkConfig } from "../../scripts/lib/local-dynamo";

export {
  createTable,
  createTableInput,
  localConnection,
  localSdkConfig,
  startDynalite,
  type LocalDynamo,
} from "../../scripts/lib/local-dynamo";

/** Writes an item directly, bypassing DynamoStore, as a buggy older version might have. */
export async function putRawItem(endpoint: string, tableName: string, item: Record<string, unknown>): Promise<void> {
  const client = new DynamoDBClient(localSdkConfig(endpoint));
  try {
    await DynamoDBDocumentClient.from(client).send(new PutCommand({ TableName: tableName, Item: item }));
  } finally {
    client.destroy();
  }
}

/** An item as stored, read directly, bypassing DynamoStore (undefined when there is none). */
export async function getRawItem(
  endpoint: string,
  tableName: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const client = new DynamoDBClient(localSdkConfig(endpoint));
  try {
    return (
      await DynamoDBDocumentClient.from(client).send(
        new GetCommand({ TableName: tableName, Key: { id }, ConsistentRead: true }),
      )
    ).Item;
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
