/**
 * Two Echos on one account: what one says about the saved place must be true
 * of the stored record, whatever the other saved since (issue 23, finding 4).
 */
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { newDevice, talk } from "../support/conversation";

describe("two devices on one account", () => {
  it("U: stop on A after B saved its own routine: A does not claim its place is saved", async () => {
    const store = new MemoryStore();
    const a = newDevice({ store });
    const b = newDevice({ store });
    await talk(a, "U: open neck coach", "U: start the quick routine", "U: next");
    await talk(b, "U: open neck coach", "U: start the full routine", "U: next");
    const [stop] = await talk(a, "U: stop", "A: [ended]");
    expect(stop?.speech).not.toMatch(/is saved/);
    expect(stop?.speech).toMatch(/couldn't make sure your place/);
  });

  it("U: stop on A with no other device in between: A's place is saved, as it is", async () => {
    const store = new MemoryStore();
    const a = newDevice({ store });
    await talk(
      a,
      "U: open neck coach",
      "U: start the quick routine",
      "U: next",
      "U: stop",
      "A: /Your place in the quick routine is saved/",
      "A: [ended]",
    );
  });
});
