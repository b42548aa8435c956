/**
 * The DynamoDB client the store sends through: @aws-lite/client, chosen over
 * the AWS SDK v3 by `npm run bench` (a fraction of the SDK's cold start; see
 * bench/results.json, where the SDK's rows stay for comparison), sending
 * DynamoDB's own JSON as dynamo-call.ts describes.
 *
 * Nothing the other end sends may escape as an exception outside the returned
 * promise: the client is asked for the raw body (aws-lite would otherwise parse
 * it inside a socket event handler, where a body that is not JSON throws past
 * every caller), and this module parses it. A body that is not JSON, a
 * truncated one, or an answer that stops half-way is a DynamoFailure like any
 * other, and the caller's signal settles the call even when the client never
 * does (a connection dropped mid-body leaves aws-lite's promise pending).
 */
import {
  BAD_RESPONSE,
  DynamoFailure,
  type DynamoCall,
  type DynamoConnection,
  type DynamoOperation,
} from "./dynamo-call";

type AwsLite = typeof import("@aws-lite/client");
type AwsLiteClient = Awaited<ReturnType<AwsLite>>;

/** What aws-lite hands the plugin's `error` method: the status and the raw body of a failed answer. */
interface RawFailure {
  statusCode?: number;
  error?: unknown;
}

type Send = (input: {
  operation: DynamoOperation;
  payload: Readonly<Record<string, unknown>>;
  signal: AbortSignal;
}) => Promise<Record<string, unknown>>;

/**
 * Builds the client now (credentials and region are resolved at once, in
 * Lambda's init phase when called at module load) and returns its sender.
 */
export function connectDynamo(connection: DynamoConnection): DynamoCall {
  const client = createClient(connection);
  // A failed start rejects the first request that needs the client, not the process (unhandled rejection).
  client.catch(() => undefined);
  return async (operation, input, signal) => {
    const send = ((await client) as unknown as { NeckCoachDynamo: { Call: Send } }).NeckCoachDynamo.Call;
    try {
      return await settledBy(signal, send({ operation, payload: input, signal }));
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
    plugins: [PLUGIN],
  } as Parameters<AwsLite>[0]);
}

/** One method, Call: sends DynamoDB's JSON as it is and takes the answer's bytes raw, to be parsed here. */
const PLUGIN = {
  name: "neck-coach-dynamodb",
  service: "dynamodb",
  property: "NeckCoachDynamo",
  methods: {
    Call: {
      request: ({
        operation,
        payload,
        signal,
      }: {
        operation: DynamoOperation;
        payload: unknown;
        signal: AbortSignal;
      }) => ({
        headers: { "X-Amz-Target": `DynamoDB_20120810.${operation}`, "content-type": "application/x-amz-json-1.0" },
        awsjson: false,
        payload,
        rawResponsePayload: true,
        // Passed through to node's http.request, which aborts the request.
        signal,
      }),
      response: ({ payload }: { payload?: unknown }) => {
        const body = parseBody(payload);
        if (body === undefined || typeof body !== "object" || body === null || Array.isArray(body)) {
          throw Object.assign(new Error("DynamoDB answered with a body that is not a JSON object"), {
            __type: BAD_RESPONSE,
          });
        }
        return body;
      },
      // A failed answer's body, parsed when it is JSON; else only its status is kept.
      error: (failure: RawFailure) => {
        if (failure.statusCode === undefined) return failure; // no answer at all: a network error
        const body = parseBody(failure.error);
        const type = typeof body === "object" && body !== null ? (body as { __type?: unknown }).__type : undefined;
        return {
          statusCode: failure.statusCode,
          error: typeof type === "string" ? { __type: type } : { __type: `http-${failure.statusCode ?? 0}` },
        };
      },
    },
  },
};

/** An answer's raw bytes as JSON; undefined for an empty, truncated or non-JSON body. An empty body is {}. */
export function parseBody(raw: unknown): unknown {
  if (raw === null || raw === undefined) return {};
  const text = Buffer.isBuffer(raw) ? raw.toString("utf8") : typeof raw === "string" ? raw : undefined;
  if (text === undefined) return typeof raw === "object" ? raw : undefined;
  if (text.length === 0) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `work`, or a rejection as soon as `signal` aborts, whichever comes first. */
function settledBy<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", abort);
        reject(error);
      },
    );
  });
}

function failureOf(error: unknown): DynamoFailure {
  const e = (error ?? {}) as { __type?: unknown; statusCode?: unknown };
  const status = typeof e.statusCode === "number" ? e.statusCode : undefined;
  const type = typeof e.__type === "string" ? e.__type.slice(e.__type.lastIndexOf("#") + 1) : undefined;
  const code = (type ?? (status === undefined ? "network" : `http-${status}`))
    .replace(/[^A-Za-z0-9_-]/g, "")
    .slice(0, 60);
  return new DynamoFailure(code, status);
}
