/**
 * One cold start, run by plain `node` from the bundle that bench/run.ts builds:
 *   node cold.js skill <bundle.js> <event.json>   require the bundle, answer one request
 *   node cold.js empty - <event.json>             the same process doing nothing (the floor)
 * Reports when the answer was ready, in ms since the process's time origin.
 */
import { readFileSync } from "node:fs";
import { report, speechOf } from "./protocol";

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

async function main(): Promise<void> {
  const [mode, bundlePath, eventPath] = process.argv.slice(2);
  if (!eventPath || !bundlePath) throw new Error("usage: cold.js <skill|empty> <bundle.js|-> <event.json>");
  const event: unknown = JSON.parse(readFileSync(eventPath, "utf8"));
  if (mode === "empty") {
    report({ answeredAt: performance.now(), requireMs: 0, invokeMs: 0, speech: "" });
    return;
  }
  const started = performance.now();
  const { handler } = require(bundlePath) as { handler: Handler };
  const loaded = performance.now();
  const response = await handler(event, {});
  const answered = performance.now();
  report({
    answeredAt: answered,
    requireMs: loaded - started,
    invokeMs: answered - loaded,
    speech: speechOf(response),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
