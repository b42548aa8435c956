import { describe, it, expect } from "vitest";
import { userKey } from "../../lambda/turn/user-key";
import { userEnvelope } from "../support/user-envelope";

describe("userKey", () => {
  it("prefers the recognized person", () => {
    expect(userKey(userEnvelope({ userId: "amzn1.ask.account.A", personId: "amzn1.ask.person.P" }))).toBe(
      "amzn1.ask.person.P",
    );
  });

  it("falls back to the account's user id", () => {
    expect(userKey(userEnvelope({ userId: "amzn1.ask.account.A" }))).toBe("amzn1.ask.account.A");
  });

  it("falls back to the session's user id when the context has none", () => {
    expect(userKey(userEnvelope({ sessionUserId: "amzn1.ask.account.S" }))).toBe("amzn1.ask.account.S");
  });

  it("is anonymous when no id is present", () => {
    expect(userKey(userEnvelope({}))).toBe("anonymous");
  });
});
