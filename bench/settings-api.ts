/**
 * A local stand-in for Alexa's device settings API (the time zone), for the
 * benchmark: it answers after `delayMs`, as a remote API would, and counts calls.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SettingsApi {
  readonly endpoint: string;
  /** Calls so far. */
  readonly calls: number;
  delayMs: number;
  stop(): Promise<void>;
}

export async function startSettingsApi(delayMs: number, zone = "America/Los_Angeles"): Promise<SettingsApi> {
  let calls = 0;
  const state = { delayMs };
  const server: Server = createServer((req, res) => {
    calls += 1;
    const answer = (): void => {
      if (!/\/settings\/System\.timeZone$/.test(req.url ?? "")) res.writeHead(404).end();
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(zone));
    };
    if (state.delayMs > 0) setTimeout(answer, state.delayMs);
    else answer();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get calls() {
      return calls;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(value: number) {
      state.delayMs = value;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
