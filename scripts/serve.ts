/**
 * npm run serve: Neck Coach as a web service, for a self-hosted HTTPS endpoint
 * (put a TLS-terminating proxy in front of it).
 *
 *   npm run serve                       verify signature, timestamp and skill id
 *   npm run serve -- --insecure-dev     no verification: local testing only
 *
 * Environment: PORT (3000), HOST (0.0.0.0; 127.0.0.1 with --insecure-dev),
 * SKILL_ID (required unless --insecure-dev), and the store settings of
 * lambda/persistence/store-config.ts.
 */
import { logError } from "../lambda/log";
import { createApp, startServer, UnsafeConfigurationError, type RunningServer } from "../server/app";
import { installLastLine } from "../server/last-line";
import { serveCommand } from "../server/serve-options";

const USAGE = `Usage: npm run serve [-- --insecure-dev]

Serves Neck Coach over HTTP on HOST:PORT (default 0.0.0.0:3000) at POST / and
POST /alexa, with GET /health. Put a TLS proxy in front of it for Alexa.

  --insecure-dev   turn off signature, timestamp (and, without SKILL_ID,
                   skill id) verification, and listen on 127.0.0.1 unless
                   HOST says otherwise. For local testing only.
  --help           show this help

Environment: PORT, HOST, SKILL_ID (required without --insecure-dev),
NECK_COACH_STORE, NECK_COACH_TABLE, NECK_COACH_DATA_DIR, DYNAMODB_ENDPOINT, AWS_REGION.`;

function loudWarning(): void {
  const lines = [
    "WARNING: --insecure-dev",
    "Request signature and timestamp are NOT verified.",
    "Anyone who can reach this port can send requests as Alexa.",
    "Use this for local testing only; never expose it to the internet.",
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = "!".repeat(width);
  process.stderr.write(`\n${bar}\n${lines.map((l) => `! ${l.padEnd(width - 4)} !`).join("\n")}\n${bar}\n\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const command = serveCommand(argv, process.env);
  if (command.kind === "help") {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === "error") {
    console.error(`${command.message}\n\n${USAGE}`);
    return 2;
  }
  const { insecure, port, host, skillId } = command;

  let running: RunningServer;
  try {
    const app = createApp({ verifySignature: !insecure, verifyTimestamp: !insecure, ...(skillId ? { skillId } : {}) });
    if (insecure) loudWarning();
    running = await startServer(app, port, host);
  } catch (error) {
    if (error instanceof UnsafeConfigurationError) {
      console.error(`Neck Coach will not start: ${error.message}`);
      return 1;
    }
    console.error(`Neck Coach could not start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  console.log(
    JSON.stringify({
      level: insecure ? "warn" : "info",
      event: "listening",
      url: running.url,
      paths: ["/", "/alexa", "/health"],
      verification: insecure ? "off" : "signature, timestamp, skill id",
      skillIdCheck: skillId ? "on" : "off",
    }),
  );

  const stop = (signal: string) => {
    console.log(JSON.stringify({ level: "info", event: "stopping", signal }));
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    setTimeout(() => process.exit(0), 5000).unref();
  };
  // Each request's errors are answered in the app; anything that escapes is logged, and serving goes on.
  process.on("unhandledRejection", (error) => logError({ requestId: undefined, where: "serve", error }));
  // An exception that escapes every handler is logged; serving goes on only where that is safe.
  installLastLine();
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
