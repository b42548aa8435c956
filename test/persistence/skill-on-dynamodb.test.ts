/**
 * The whole skill on its production store: DynamoStore against a real
 * DynamoDB-compatible server (dynalite) on 127.0.0.1. No mocks.
 */
import { describe, expect, it, vi } from "vitest";
import { DynamoStore } from "../../lambda/persistence/dynamo-store";
import { parseRecord } from "../../lambda/persistence/user-record";
import { withAttributes } from "../support/attributes-store";
import { newDevice, talk, TEST_USER } from "../support/conversation";
import { closedPort, localConnection, putRawItem } from "../support/dynalite";
import { useLocalTable } from "../support/local-table";
import { userEnvelope } from "../support/user-envelope";

const tableName = "neck-coach-skill-test";
const local = useLocalTable(tableName);

const storedRecord = async (userId: string) =>
  parseRecord(await withAttributes(local.store).getAttributes(userEnvelope({ userId }))).record;

describe("the skill on DynamoDB", () => {
  it("keeps a paused routine in the table and resumes it in a later session", async () => {
    const userId = "amzn1.ask.account.DYNAMO-RESUME";
    await talk(
      newDevice({ store: local.store, userId }),
      "U: ask neck coach to start the after lifting routine",
      "U: next",
      "U: pause",
      "A: [ended]",
    );
    expect((await storedRecord(userId)).routine).toEqual({ routineId: "after-lifting", index: 1, continuous: false });
    await talk(
      newDevice({ store: local.store, userId }),
      "U: ask neck coach to resume",
      "A: Back to the after lifting routine, picking up where you left off.",
      "A: stretch 3 of 5",
    );
  });

  it("resets a corrupt stored record and answers normally", async () => {
    const userId = "amzn1.ask.account.DYNAMO-CORRUPT";
    await putRawItem(local.endpoint, tableName, {
      id: userId,
      attributes: { schema: 2, visits: -4, routine: "garbage" },
    });
    await talk(
      newDevice({ store: local.store, userId }),
      "U: open neck coach",
      "A: Welcome to Neck Coach",
      "A: [open]",
    );
    const record = await storedRecord(userId);
    expect(record.visits).toBe(1);
    expect(record.routine).toBeNull();
  });

  it("migrates a record of the older shape and offers to resume its routine", async () => {
    const userId = "amzn1.ask.account.DYNAMO-OLDER";
    await putRawItem(local.endpoint, tableName, {
      id: userId,
      attributes: { visits: 3, routineId: "quick", step: 1, completed: 2 },
    });
    await talk(
      newDevice({ store: local.store, userId }),
      "U: open neck coach",
      "A: You stopped part way through the quick routine",
      "A: [open]",
    );
    const record = await storedRecord(userId);
    expect(record.schema).toBe(2);
    expect(record.routinesFinished).toBe(2);
  });

  it("answers from session state when the database is unreachable, says nothing alarming, and logs the error", async () => {
    const unreachable = new DynamoStore({
      tableName,
      connection: localConnection(`http://127.0.0.1:${await closedPort()}`),
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const user = newDevice({ store: unreachable, userId: TEST_USER });
      const [welcome] = await talk(user, "U: open neck coach", "A: Welcome to Neck Coach", "A: [open]");
      expect(welcome?.speech).not.toMatch(/sorry|error|wrong|database/i);
      await talk(
        user,
        "U: start the quick routine",
        "A: stretch 1 of 3",
        "U: next",
        "A: stretch 2 of 3",
        "U: go back",
        "A: stretch 1 of 3",
      );
      const lines = logged.mock.calls.map((call) => String(call[0]));
      expect(lines.some((line) => line.includes('"where":"store.read"'))).toBe(true);
      expect(lines.join("\n")).not.toContain(TEST_USER);
    } finally {
      logged.mockRestore();
    }
  });
});
