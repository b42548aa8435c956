import { describe, it, expect } from "vitest";
import { DynamoStore } from "../../lambda/persistence/dynamo-store";
import { defaultRecord, parseRecord } from "../../lambda/persistence/user-record";
import { closedPort, createTableInput, localConnection, putRawItem } from "../support/dynalite";
import { withAttributes } from "../support/attributes-store";
import { useLocalTable } from "../support/local-table";
import { userEnvelope } from "../support/user-envelope";

const tableName = "neck-coach-users-test";
const alice = userEnvelope({ userId: "amzn1.ask.account.alice" });
const bob = userEnvelope({ userId: "amzn1.ask.account.bob" });
const record = { ...defaultRecord(), visits: 3, routine: { routineId: "full", index: 2, continuous: true } };

const local = useLocalTable(tableName);
/** The table's store, seeded and inspected by request envelope. */
const store = () => withAttributes(local.store);
const putRaw = (item: Record<string, unknown>) => putRawItem(local.endpoint, tableName, item);

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
    expect(await store().getAttributes(userEnvelope({ userId: "amzn1.ask.account.nobody" }))).toEqual({});
  });

  it("saves and loads", async () => {
    await store().saveAttributes(alice, record);
    expect(await store().getAttributes(alice)).toEqual(record);
    expect(parseRecord(await store().getAttributes(alice))).toEqual({ record, status: "ok" });
  });

  it("overwrites on the next save", async () => {
    await store().saveAttributes(alice, record);
    await store().saveAttributes(alice, { ...record, visits: 4, routine: null });
    expect(await store().getAttributes(alice)).toEqual({ ...record, visits: 4, routine: null });
  });

  it("keeps users apart", async () => {
    await store().saveAttributes(alice, record);
    await store().saveAttributes(bob, { ...record, visits: 1 });
    expect(await store().getAttributes(alice)).toEqual(record);
    expect(await store().getAttributes(bob)).toEqual({ ...record, visits: 1 });
  });

  it("deletes one user's item, and deleting twice is fine", async () => {
    await store().saveAttributes(alice, record);
    await store().saveAttributes(bob, record);
    await store().deleteAttributes(alice);
    await store().deleteAttributes(alice);
    expect(await store().getAttributes(alice)).toEqual({});
    expect(await store().getAttributes(bob)).toEqual(record);
  });

  it("reads attributes that are not a map as an empty object", async () => {
    await putRaw({ id: "amzn1.ask.account.alice", attributes: "garbage" });
    const attributes = await store().getAttributes(alice);
    expect(attributes).toEqual({});
    expect(parseRecord(attributes).record).toEqual(defaultRecord());
  });

  it("leaves a wrongly shaped record for parseRecord to salvage", async () => {
    await putRaw({ id: "amzn1.ask.account.alice", attributes: { schema: 2, visits: -5, routine: "quick" } });
    expect(parseRecord(await store().getAttributes(alice))).toEqual({ record: defaultRecord(), status: "salvaged" });
  });

  it("drops undefined values instead of failing", async () => {
    await store().saveAttributes(alice, { ...record, note: undefined });
    expect(await store().getAttributes(alice)).toEqual(record);
  });

  it("rejects when the database is unreachable", async () => {
    const unreachable = new DynamoStore({
      tableName,
      connection: localConnection(`http://127.0.0.1:${await closedPort()}`),
    });
    await expect(withAttributes(unreachable).getAttributes(alice)).rejects.toThrow(/dynamodb store read failed/);
  });
});
