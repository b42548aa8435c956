/**
 * The self-hosted server in a process of its own, for tests that must see
 * whether it survives (test/server/last-line.test.ts, the fault suite): the
 * app on 127.0.0.1 with verification off, its store from the environment
 * (NECK_COACH_STORE, DYNAMODB_ENDPOINT, ...), and the last line of
 * server/last-line.ts installed as scripts/serve.ts installs it.
 * Prints one JSON line, { url }, once listening. A line on stdin,
 * "throw-syntax" or "throw-type", throws that error from an event callback,
 * as a dependency might.
 *   node --import tsx serve.child.ts
 */
import { createInterface } from "node:readline";
import { createApp, startServer } from "../../server/app";
import { installLastLine } from "../../server/last-line";

async function main(): Promise<void> {
  installLastLine();
  const app = createApp({ verifySignature: false, verifyTimestamp: false, log: () => undefined });
  const running = await startServer(app, 0, "127.0.0.1");
  process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
  createInterface({ input: process.stdin }).on("line", (line) => {
    if (line === "throw-syntax") setImmediate(() => JSON.parse("<html>"));
    if (line === "throw-type") setImmediate(() => (undefined as unknown as { x: () => void }).x());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
