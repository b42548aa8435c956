/**
 * The server's last line (server/last-line.ts), in a real process: an
 * exception thrown from an event callback outside every request handler is
 * logged; after a parse or system error the server keeps serving, after a
 * programming error it exits with status 1 for its supervisor to restart it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { isSurvivable } from "../../server/last-line";
import { serveInChild, type Served } from "./child-server";

let running: Served | undefined;
afterEach(() => {
  running?.child.kill("SIGKILL");
  running = undefined;
});

async function healthy(url: string): Promise<number> {
  return (await fetch(`${url}/health`)).status;
}

describe("the server's last line", () => {
  it("logs a parse error thrown outside every handler and keeps serving", async () => {
    running = await serveInChild();
    running.child.stdin.write("throw-syntax\n");
    await expect.poll(() => running?.stderr() ?? "").toContain("uncaught.survived");
    expect(await healthy(running.url)).toBe(200);
    expect(running.stderr()).toContain('"level":"error"');
  });

  it("logs a programming error and exits with status 1", async () => {
    running = await serveInChild();
    running.child.stdin.write("throw-type\n");
    expect(await running.exited).toBe(1);
    expect(running.stderr()).toContain("uncaught.exiting");
  });

  it("tells survivable errors from the others", () => {
    expect(isSurvivable(new SyntaxError("Unexpected token <"))).toBe(true);
    expect(isSurvivable(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))).toBe(true);
    expect(isSurvivable(new TypeError("x is not a function"))).toBe(false);
    expect(isSurvivable(Object.assign(new Error("odd"), { code: "not-errno" }))).toBe(false);
    expect(isSurvivable("a string")).toBe(false);
  });
});
