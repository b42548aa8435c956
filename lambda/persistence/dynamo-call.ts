/**
 * What the DynamoDB store needs of a client, whichever it is: one request in
 * DynamoDB's own JSON (see dynamo-json.ts), one attempt, cancelled by the
 * caller's signal. Retries and deadlines are the store's.
 */

export interface DynamoConnection {
  /** Another endpoint than AWS's, e.g. "http://127.0.0.1:8000". */
  readonly endpoint?: string;
  /** Defaults to AWS_REGION. */
  readonly region?: string;
  /** Defaults to the environment (on Lambda, the function's role), then ~/.aws. */
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
}

/** The code of an answer whose body is not DynamoDB's JSON: a proxy's page, a truncated body. */
export const BAD_RESPONSE = "bad-response";

export type DynamoOperation = "GetItem" | "UpdateItem" | "DeleteItem";

/** Sends one request; resolves with DynamoDB's JSON answer, rejects with a DynamoFailure. */
export type DynamoCall = (
  operation: DynamoOperation,
  input: Readonly<Record<string, unknown>>,
  signal: AbortSignal,
) => Promise<Record<string, unknown>>;

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
 * True for a DynamoFailure. By name, not by class: the client may be bundled
 * in a file of its own (scripts/lib/bundle.ts), with its own copy of the class.
 */
export function isDynamoFailure(error: unknown): error is DynamoFailure {
  return (
    error instanceof Error && error.name === "DynamoFailure" && typeof (error as { code?: unknown }).code === "string"
  );
}
