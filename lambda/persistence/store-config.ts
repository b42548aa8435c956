import { join } from "node:path";
import type { DynamoConnection } from "./dynamo-call";
import { DynamoStore } from "./dynamo-store";
import { openFileStore } from "./file-store";
import { MemoryStore } from "./memory-store";
import type { RecordStore, StoreKind } from "./store";

export const STORE_KINDS: readonly StoreKind[] = ["dynamodb", "file", "memory"];

export const DEFAULT_TABLE = "neck-coach-users";

/**
 * The store named by the environment:
 * - NECK_COACH_STORE: "dynamodb" | "file" | "memory"; default "dynamodb" on Lambda
 *   (AWS_LAMBDA_FUNCTION_NAME set), else "file". Any other value throws.
 * - dynamodb: NECK_COACH_TABLE (default "neck-coach-users"), DYNAMODB_ENDPOINT, AWS_REGION.
 * - file: NECK_COACH_DATA_DIR (default ".data" under the current working directory).
 */
export function createRecordStore(env: NodeJS.ProcessEnv = process.env): RecordStore {
  const kind = storeKind(env);
  switch (kind) {
    case "dynamodb":
      return new DynamoStore({ tableName: env.NECK_COACH_TABLE || DEFAULT_TABLE, connection: dynamoConnection(env) });
    case "file":
      return openFileStore(env.NECK_COACH_DATA_DIR || join(process.cwd(), ".data"));
    case "memory":
      return new MemoryStore();
  }
}

function storeKind(env: NodeJS.ProcessEnv): StoreKind {
  const value = env.NECK_COACH_STORE;
  if (!value) return env.AWS_LAMBDA_FUNCTION_NAME ? "dynamodb" : "file";
  const kind = STORE_KINDS.find((known) => known === value);
  if (!kind) {
    throw new Error(`NECK_COACH_STORE="${value}" is not a store; use one of: ${STORE_KINDS.join(", ")}.`);
  }
  return kind;
}

/** Only the settings that are present, so the client's own defaults apply to the rest. */
function dynamoConnection(env: NodeJS.ProcessEnv): DynamoConnection {
  return {
    ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
    ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
  };
}
