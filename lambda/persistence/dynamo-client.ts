/**
 * The DynamoDB client the store sends through: @aws-lite/client, chosen over
 * the AWS SDK v3 by `npm run bench` (a fraction of the SDK's cold start; see
 * bench/results.json, where the SDK's rows stay for comparison). Requests are
 * DynamoDB's own JSON (see dynamo-json.ts), one attempt each, cancelled by the
 * caller's signal: retries and deadlines are the store's.
 */
type AwsLite = typeof import("@aws-lite/client");
type AwsLiteClient = Awaited<ReturnType<AwsLite>>;
type AwsLiteRequest = Parameters<AwsLiteClient>[0];

export interface DynamoConnection {
  /** Another endpoint than AWS's, e.g. "http://127.0.0.1:8000". */
  readonly endpoint?: string;
  /** Defaults to AWS_REGION. */
  readonly region?: string;
  /** Defaults to the environment (on Lambda, the function's role), then ~/.aws. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
}

export type DynamoOperation = "GetItem" | "UpdateItem" | "DeleteItem";

/** Sends one request; resolves with DynamoDB's JSON answer, rejects with a DynamoFailure. */
export type DynamoCall = (operation: DynamoOperation, input: Readonly<Record<string, unknown>>, signal: AbortSignal) => Promise<Record<string, unknown>>;

/** A failed request: DynamoDB's error type (without its namespace) or "network"; the HTTP status when there was an answer. */
export class DynamoFailure extends Error {
  override readonly name = "DynamoFailure";
  constructor(
    readonly code: string,
    readonly status: number | undefined,
  ) {
    super(`DynamoDB request failed: ${code}${status === undefined ? "" : ` (${status})`}`);
  }
}

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
