import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { DynamoStore, createTableInput } from "../../lambda/persistence/dynamo-store";
import { defaultRecord, parseRecord } from "../../lambda/persistence/user-record";
import { closedPort, createTable, localClientConfig, putRawItem, startDynalite, type LocalDynamo } from "../support/dynalite";
import { userEnvelope } from "../support/user-envelope";

const tableName = "neck-coach-users-test";
const alice = userEnvelope({ userId: "amzn1.ask.account.alice" });
const bob = userEnvelope({ userId: "amzn1.ask.account.bob" });
const record = { ...defaultRecord(), visits: 3, routine: { routineId: "full", index: 2, continuous: true } };

let dynamo: LocalDynamo;
let store: DynamoStore;

beforeAll(async () => {
  dynamo = await startDynalite();
  await createTable(dynamo.endpoint, tableName);
  store = new DynamoStore({ tableName, client: localClientConfig(dynamo.endpoint) });
});

afterAll(async () => {
  await dynamo?.stop();
});

const putRaw = (item: Record<string, unknown>) => putRawItem(dynamo.endpoint, tableName, item);

describe("createTableInput", () => {
  it("describes an on-demand table keyed by a string id", () => {
    expect(createTableInput("t")).toEqual({
      TableName: "t",
      AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    });
  });
});

describe("DynamoStore on dynalite", () => {
  it("reads an unknown user as an empty object", async () => {
    expect(await store.getAttributes(userEnvelope({ userId: "amzn1.ask.account.nobody" }))).toEqual({});
  });

  it("saves and loads", async () => {
    await store.saveAttributes(alice, record);
    expect(await store.getAttributes(alice)).toEqual(record);
    expect(parseRecord(await store.getAttributes(alice))).toEqual({ record, status: "ok" });
  });

  it("overwrites on the next save", async () => {
    await store.saveAttributes(alice, record);
    await store.saveAttributes(alice, { ...record, visits: 4, routine: null });
    expect(await store.getAttributes(alice)).toEqual({ ...record, visits: 4, routine: null });
  });

  it("keeps users apart", async () => {
    await store.saveAttributes(alice, record);
    await store.saveAttributes(bob, { ...record, visits: 1 });
    expect(await store.getAttributes(alice)).toEqual(record);
    expect(await store.getAttributes(bob)).toEqual({ ...record, visits: 1 });
  });

  it("deletes one user's item, and deleting twice is fine", async () => {
    await store.saveAttributes(alice, record);
    await store.saveAttributes(bob, record);
    await store.deleteAttributes(alice);
    await store.deleteAttributes(alice);
    expect(await store.getAttributes(alice)).toEqual({});
    expect(await store.getAttributes(bob)).toEqual(record);
  });

  it("reads attributes that are not a map as an empty object", async () => {
    await putRaw({ id: "amzn1.ask.account.alice", attributes: "garbage" });
    const attributes = await store.getAttributes(alice);
    expect(attributes).toEqual({});
    expect(parseRecord(attributes).record).toEqual(defaultRecord());
  });

  it("leaves a wrongly shaped record for parseRecord to reset", async () => {
    await putRaw({ id: "amzn1.ask.account.alice", attributes: { schema: 2, visits: -5, routine: "quick" } });
    expect(parseRecord(await store.getAttributes(alice))).toEqual({ record: defaultRecord(), status: "reset" });
  });

  it("drops undefined values instead of failing", async () => {
    await store.saveAttributes(alice, { ...record, note: undefined });
    expect(await store.getAttributes(alice)).toEqual(record);
  });

  it("rejects when the database is unreachable", async () => {
    const unreachable = new DynamoStore({
      tableName,
      client: {
        ...localClientConfig(`http://127.0.0.1:${await closedPort()}`),
        requestHandler: { connectionTimeout: 500, requestTimeout: 500 },
      },
    });
    await expect(unreachable.getAttributes(alice)).rejects.toThrow();
  });
});
