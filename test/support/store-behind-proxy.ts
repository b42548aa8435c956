/**
 * For one test file: dynalite with a table, a fault proxy in front of it, and a
 * DynamoStore that reaches the table through the proxy; started before the
 * file's tests (handed to `started`), stopped after them.
 */
import { afterAll, beforeAll } from "vitest";
import { DynamoStore } from "../../lambda/persistence/dynamo-store";
import { createTable, localConnection, startDynalite, type LocalDynamo } from "./dynalite";
import { startFaultProxy, type FaultProxy } from "./fault-proxy";

export interface StoreBehindProxy {
  readonly dynamo: LocalDynamo;
  readonly proxy: FaultProxy;
  readonly store: DynamoStore;
}

export function useStoreBehindProxy(table: string, started: (local: StoreBehindProxy) => void): void {
  let local: StoreBehindProxy | undefined;
  beforeAll(async () => {
    const dynamo = await startDynalite();
    await createTable(dynamo.endpoint, table);
    const proxy = await startFaultProxy(dynamo.endpoint);
    local = {
      dynamo,
      proxy,
      store: new DynamoStore({ tableName: table, connection: localConnection(proxy.endpoint) }),
    };
    started(local);
  });
  afterAll(async () => {
    await local?.proxy.stop();
    await local?.dynamo.stop();
  });
}
