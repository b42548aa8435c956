/**
 * A benchmark candidate: the DynamoDB store sending through the AWS SDK v3
 * (its low-level client) instead of @aws-lite/client. bench/run.ts builds Neck
 * Coach with this file in place of lambda/persistence/dynamo-client.ts, once
 * with the SDK left to the Lambda runtime and once bundled and minified, to
 * compare their cold starts with the client the Lambda ships.
 */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoFailure, type DynamoCall, type DynamoConnection } from "../../lambda/persistence/dynamo-call";

type Sdk = typeof import("@aws-sdk/client-dynamodb");

/** Builds the client now, as the Lambda's client is built: the SDK loads in the init phase. */
export function connectDynamo({ endpoint, region, credentials }: DynamoConnection): DynamoCall {
  const sdk = require("@aws-sdk/client-dynamodb") as Sdk;
  const client: DynamoDBClient = new sdk.DynamoDBClient({
    ...(endpoint ? { endpoint } : {}),
    ...(region ? { region } : {}),
    ...(credentials ? { credentials } : {}),
    maxAttempts: 1,
  });
  const commands: Record<string, new (input: never) => unknown> = {
    GetItem: sdk.GetItemCommand,
    UpdateItem: sdk.UpdateItemCommand,
    DeleteItem: sdk.DeleteItemCommand,
  };
  return async (operation, input, signal) => {
    const Command = commands[operation];
    if (!Command) throw new DynamoFailure("unknown-operation", undefined);
    try {
      return (await client.send(new Command(input as never) as never, { abortSignal: signal })) as unknown as Record<
        string,
        unknown
      >;
    } catch (error) {
      const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
      const status = typeof e.$metadata?.httpStatusCode === "number" ? e.$metadata.httpStatusCode : undefined;
      throw new DynamoFailure(status === undefined ? "network" : String(e.name), status);
    }
  };
}
