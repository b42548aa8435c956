import { afterAll, beforeAll } from "vitest";
import { DynamoStore } from "../../lambda/persistence/dynamo-store";
import { createTable, localConnection, startDynalite, type LocalDynamo } from "./dynalite";

/**
 * For a test file: a dynalite server with `tableName` created, started before
 * the file's tests and stopped after them, and a DynamoStore on it.
 */
export function useLocalTable(tableName: string): { readonly endpoint: string; readonly store: DynamoStore } {
  let dynamo: LocalDynamo | undefined;
  let store: DynamoStore | undefined;
  beforeAll(async () => {
    dynamo = await startDynalite();
    await createTable(dynamo.endpoint, tableName);
    store = new DynamoStore({ tableName, connection: localConnection(dynamo.endpoint) });
  });
  afterAll(async () => {
    await dynamo?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the local table is not started yet (use it inside a test)");
    return value;
  };
  return {
    get endpoint() {
      return ready(dynamo).endpoint;
    },
    get store() {
      return ready(store);
    },
  };
}
