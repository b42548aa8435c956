/**
 * The DynamoDB client the store sends through: @aws-lite/client, chosen over
 * the AWS SDK v3 by `npm run bench` (a fraction of the SDK's cold start; see
 * bench/results.json, where the SDK's rows stay for comparison), sending
 * DynamoDB's own JSON as dynamo-call.ts describes.
 */
import { DynamoFailure, type DynamoCall, type DynamoConnection } from "./dynamo-call";

type AwsLite = typeof import("@aws-lite/client");
type AwsLiteClient = Awaited<ReturnType<AwsLite>>;
type AwsLiteRequest = Parameters<AwsLiteClient>[0];

/**
 * Builds the client now (credentials and region are resolved at once, in
 * Lambda's init phase when called at module load) and returns its sender.
 */
export function connectDynamo(connection: DynamoConnection): DynamoCall {
  const client = createClient(connection);
  // A failed start rejects the first request that needs the client, not the process (unhandled rejection).
  client.catch(() => undefined);
  return async (operation, input, signal) => {
    const aws = await client;
    try {
      const response = await aws({
        service: "dynamodb",
        headers: { "X-Amz-Target": `DynamoDB_20120810.${operation}`, "content-type": "application/x-amz-json-1.0" },
        awsjson: false,
        payload: input,
        // Passed through to node's http.request, which aborts the request.
        signal,
      } as AwsLiteRequest);
      return (response.payload ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw failureOf(error);
    }
  };
}

async function createClient({ endpoint, region, credentials }: DynamoConnection): Promise<AwsLiteClient> {
  const awsLite = require("@aws-lite/client") as AwsLite;
  return awsLite({
    ...(endpoint ? { endpoint } : {}),
    ...(region ? { region } : {}),
    ...(credentials ?? {}),
    retries: 0,
    // DynamoDB's answers are read as plain JSON: this module reads attribute values itself.
    responseContentType: "application/json",
  });
}

function failureOf(error: unknown): DynamoFailure {
  const e = (error ?? {}) as { __type?: unknown; statusCode?: unknown };
  const status = typeof e.statusCode === "number" ? e.statusCode : undefined;
  const type = typeof e.__type === "string" ? e.__type.slice(e.__type.lastIndexOf("#") + 1) : undefined;
  const code = (type ?? (status === undefined ? "network" : `http-${status}`)).replace(/[^A-Za-z0-9_-]/g, "").slice(0, 60);
  return new DynamoFailure(code, status);
}
