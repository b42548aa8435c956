/**
 * A local fake of Alexa's APIs on 127.0.0.1, as the skill reaches them through
 * ask-sdk-core's DefaultApiClient: the device's time zone (UPS settings) and
 * the Reminders API. Each can be told how to behave (a zone, slow, failing; the
 * reminders permission granted, refused, a device without reminders, failing),
 * and every call is recorded. The tests use it (test/sdk), and so does
 * `npm start`, so that reminders and the device's day work there as on an Echo;
 * given a file, it keeps the reminders there across runs.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RequestEnvelope } from "ask-sdk-model";

export type SettingsMode =
  | { readonly kind: "zone"; readonly zone: string }
  | { readonly kind: "slow" }
  | { readonly kind: "failing" };
export type RemindersMode = "granted" | "refused" | "unsupported" | "failing";

export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface StoredReminder {
  readonly alertToken: string;
  readonly request: Record<string, unknown>;
}

export class FakeAlexaApi {
  settings: SettingsMode = { kind: "zone", zone: "America/Los_Angeles" };
  reminders: RemindersMode = "granted";
  readonly calls: ApiCall[] = [];
  readonly stored = new Map<string, StoredReminder>();
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();
  private nextToken = 1;

  /** `file`: where the reminders are kept between runs (none: in memory only). */
  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      const kept = JSON.parse(readFileSync(file, "utf8")) as { reminders: StoredReminder[]; nextToken: number };
      for (const reminder of kept.reminders) this.stored.set(reminder.alertToken, reminder);
      this.nextToken = kept.nextToken;
    }
  }

  private keep(): void {
    if (this.file)
      writeFileSync(this.file, JSON.stringify({ reminders: [...this.stored.values()], nextToken: this.nextToken }));
  }

  /** The apiEndpoint a request names to reach this fake. */
  get endpoint(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error("FakeAlexaApi is not started");
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Back to a fresh account: no calls, no reminders, tokens from alert-1, everything answering. */
  reset(): void {
    this.calls.length = 0;
    this.stored.clear();
    this.nextToken = 1;
    this.settings = { kind: "zone", zone: "America/Los_Angeles" };
    this.reminders = "granted";
  }

  /** The calls to one kind of endpoint. */
  callsTo(kind: "settings" | "reminders"): ApiCall[] {
    return this.calls.filter((c) =>
      kind === "settings" ? c.path.includes("/settings/") : c.path.startsWith("/v1/alerts/reminders"),
    );
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const path = req.url ?? "";
    const method = req.method ?? "GET";
    this.calls.push({
      method,
      path,
      authorization: req.headers.authorization,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    });

    if (/^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path) && method === "GET") {
      if (this.settings.kind === "slow") {
        // Never answered while the test runs: the skill's deadline has to end the wait.
        this.hanging.add(res);
        return;
      }
      if (this.settings.kind === "failing")
        return json(res, 500, { code: "INTERNAL_ERROR", message: "settings unavailable" });
      return json(res, 200, this.settings.zone);
    }

    if (path.startsWith("/v1/alerts/reminders")) {
      if (this.reminders === "refused")
        return json(res, 401, { code: "UNAUTHORIZED", message: "no reminders permission" });
      if (this.reminders === "unsupported")
        return json(res, 403, { code: "DEVICE_NOT_SUPPORTED", message: "no reminders on this device" });
      if (this.reminders === "failing")
        return json(res, 500, { code: "INTERNAL_ERROR", message: "reminders unavailable" });
      const token = decodeURIComponent(path.split("/")[4] ?? "");
      const now = new Date().toISOString();
      if (method === "POST" && !token) {
        const alertToken = `alert-${this.nextToken++}`;
        this.stored.set(alertToken, { alertToken, request: JSON.parse(text) as Record<string, unknown> });
        this.keep();
        return json(res, 200, { alertToken, createdTime: now, updatedTime: now, status: "ON", version: "1" });
      }
      if (method === "GET" && !token) {
        const alerts = [...this.stored.values()].map(({ alertToken, request }) => ({
          alertToken,
          status: "ON",
          ...request,
        }));
        return json(res, 200, { totalCount: String(alerts.length), alerts });
      }
      if (!this.stored.has(token)) return json(res, 404, { code: "NOT_FOUND", message: "no such reminder" });
      if (method === "PUT") {
        this.stored.set(token, { alertToken: token, request: JSON.parse(text) as Record<string, unknown> });
        this.keep();
        return json(res, 200, { alertToken: token, createdTime: now, updatedTime: now, status: "ON", version: "2" });
      }
      if (method === "DELETE") {
        this.stored.delete(token);
        this.keep();
        res.writeHead(200).end();
        return;
      }
    }
    json(res, 404, { code: "NOT_FOUND", message: `no fake for ${method} ${path}` });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** Points a request at the fake, from a device that has API access (an access token) and a device id. */
export function reachFake(event: RequestEnvelope, api: FakeAlexaApi, apiAccess = true): void {
  const system = event.context.System;
  system.apiEndpoint = api.endpoint;
  system.device = { supportedInterfaces: {}, ...system.device, deviceId: "amzn1.ask.device.FAKE-ECHO" };
  if (apiAccess) system.apiAccessToken = "fake-api-token";
  else delete (system as { apiAccessToken?: string }).apiAccessToken;
}
