/**
 * The self-hosted web service over real HTTP on 127.0.0.1: health, the
 * verification failures Alexa's rules demand, body limits, a real skill
 * response, one log line per request, and that it keeps serving throughout.
 */
import https from "node:https";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { createApp, UnsafeConfigurationError } from "../../server/app";
import { assertValidResponse } from "../support/response-checks";
import { startFakeCertificateHost, type FakeCertificateHost } from "./fake-certificate-host";
import { health, lastLine, launch, post, SKILL_ID, start, USER_ID, type Harness } from "./harness";

const SLOT_VALUE = "chin tuck";

function teachChinTuck(): RequestEnvelope {
  const envelope = launch();
  envelope.request = {
    type: "IntentRequest",
    requestId: "request-teach",
    timestamp: new Date().toISOString(),
    locale: "en-US",
    dialogState: "COMPLETED",
    intent: {
      name: "TeachStretchIntent",
      confirmationStatus: "NONE",
      slots: { stretch: { name: "stretch", value: SLOT_VALUE, confirmationStatus: "NONE" } },
    },
  };
  return envelope;
}

describe("createApp", () => {
  it("refuses to verify signatures without a skill id", () => {
    expect(() => createApp({ store: new MemoryStore() })).toThrow(UnsafeConfigurationError);
    expect(() => createApp({ store: new MemoryStore(), skillId: "  " })).toThrow(/SKILL_ID/);
  });

  it("builds without a skill id when verification is off", () => {
    expect(() => createApp({ store: new MemoryStore(), verifySignature: false, verifyTimestamp: false })).not.toThrow();
  });
});

describe("serve, secure mode (signature, timestamp and skill id verified)", () => {
  let h: Harness;
  let host: FakeCertificateHost;

  beforeAll(async () => {
    host = await startFakeCertificateHost();
    h = await start({ skillId: SKILL_ID, certificates: { fetch: host.fetcher } });
  });
  afterAll(async () => {
    await h.running.close();
    await host.close();
  });

  it("answers GET /health with 200 and {status: ok}", async () => {
    expect(await health(h)).toBe(200);
    expect(lastLine(h)).toMatchObject({ status: 200, outcome: "health", level: "info" });
  });

  it("refuses an unsigned request with a 4xx and a short JSON error", async () => {
    const { status, json } = await post(h, launch());
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "signature_invalid" });
    expect(lastLine(h)).toMatchObject({ status: 400, outcome: "signature_invalid", requestType: "LaunchRequest" });
  });

  it("refuses a certificate URL outside s3.amazonaws.com/echo.api/ without fetching it", async () => {
    const headers = {
      SignatureCertChainUrl: "https://evil.example.com/cert.pem",
      "Signature-256": Buffer.from("not a signature").toString("base64"),
    };
    const { status, json } = await post(h, launch(), headers);
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "signature_invalid" });
    expect(lastLine(h)?.detail).toMatch(/host is not s3.amazonaws.com/);
  });

  it.each([
    ["http scheme", "http://s3.amazonaws.com/echo.api/echo-api-cert.pem"],
    ["wrong path", "https://s3.amazonaws.com/not.echo.api/echo-api-cert.pem"],
    ["wrong port", "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem"],
    ["`..` out of /echo.api/", "https://s3.amazonaws.com/echo.api/../other/echo-api-cert.pem"],
  ])("refuses a certificate URL with a %s without fetching it", async (_name, url) => {
    const { status } = await post(h, launch(), { SignatureCertChainUrl: url, "Signature-256": "c2ln" });
    expect(status).toBe(400);
  });

  it("refuses a request without a context with 400, before any download", async () => {
    const envelope: Partial<RequestEnvelope> = launch();
    delete envelope.context;
    const headers = {
      SignatureCertChainUrl: "https://s3.amazonaws.com/echo.api/no-context.pem",
      "Signature-256": "c2ln",
    };
    const { status, json } = await post(h, JSON.stringify(envelope), headers);
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "not_an_alexa_request" });
  });

  it("refuses malformed JSON with 400", async () => {
    const { status, json } = await post(h, '{"version": "1.0", "request": ');
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "malformed_json" });
  });

  it("downloaded no certificate for any of these", () => {
    expect(host.requested).toEqual([]);
  });

  it("still answers the health check", async () => {
    expect(await health(h)).toBe(200);
  });
});

describe("the production certificate download", () => {
  it("asks https://s3.amazonaws.com for the normalised URL (caught here before it leaves)", async () => {
    const download = vi.spyOn(https, "get").mockImplementation(() => {
      throw new Error("blocked in tests");
    });
    const h = await start({ skillId: SKILL_ID });
    try {
      const headers = {
        SignatureCertChainUrl: "HTTPS://S3.AmazonAWS.com:443/echo.api/./x/../echo-api-cert.pem",
        "Signature-256": "c2ln",
      };
      const { status } = await post(h, launch(), headers);
      expect(status).toBe(400);
      expect(download).toHaveBeenCalledTimes(1);
      expect(String(download.mock.calls[0]?.[0])).toBe("https://s3.amazonaws.com/echo.api/echo-api-cert.pem");
    } finally {
      await h.running.close();
      download.mockRestore();
    }
  });
});

describe("serve, timestamp verified, signature not", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start({ skillId: SKILL_ID, verifySignature: false, verifyTimestamp: true });
  });
  afterAll(() => h.running.close());

  it("refuses a request more than 150 s old", async () => {
    const stale = new Date(Date.now() - 151_000).toISOString();
    const { status, json } = await post(h, launch({ timestamp: stale }));
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "timestamp_invalid" });
    expect(lastLine(h)).toMatchObject({ outcome: "timestamp_invalid", level: "warn" });
  });

  it("accepts the same request when it is fresh", async () => {
    const { status } = await post(h, launch());
    expect(status).toBe(200);
  });
});

describe("serve --insecure-dev (no signature or timestamp verification)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start({ skillId: SKILL_ID, verifySignature: false, verifyTimestamp: false });
  });
  afterAll(() => h.running.close());

  it("answers a LaunchRequest with 200 and a valid response", async () => {
    const { status, json } = await post(h, launch({ timestamp: "2020-01-01T00:00:00Z" }));
    expect(status).toBe(200);
    await assertValidResponse(json as ResponseEnvelope);
    expect(lastLine(h)).toMatchObject({
      status: 200,
      outcome: "ok",
      requestType: "LaunchRequest",
      requestId: "request-1",
    });
  });

  it("answers on /alexa too, and names the intent in the log", async () => {
    const { status, json } = await post(h, teachChinTuck(), {}, "/alexa");
    expect(status).toBe(200);
    await assertValidResponse(json as ResponseEnvelope);
    expect(lastLine(h)).toMatchObject({ intent: "TeachStretchIntent", requestType: "IntentRequest", path: "/alexa" });
  });

  it("warns on every request that verification is off", () => {
    expect(h.lines.length).toBeGreaterThan(0);
    for (const line of h.lines)
      expect(line).toMatchObject({ level: "warn", warning: expect.stringMatching(/insecure-dev/) });
  });

  it("refuses a request for another skill with 403", async () => {
    const { status, json } = await post(h, launch({ applicationId: "amzn1.ask.skill.someone-else" }));
    expect(status).toBe(403);
    expect(json).toMatchObject({ error: "wrong_skill" });
  });

  it("refuses a request without a context with 400 (not 500), though SKILL_ID is set", async () => {
    const envelope: Partial<RequestEnvelope> = launch();
    delete envelope.context;
    const { status, json } = await post(h, JSON.stringify(envelope));
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "not_an_alexa_request" });
  });

  it("refuses a request with no skill id with 403", async () => {
    const envelope = launch();
    delete (envelope.context.System as { application?: unknown }).application;
    delete envelope.session;
    const { status } = await post(h, envelope);
    expect(status).toBe(403);
  });

  it("refuses malformed JSON with 400", async () => {
    const { status, json } = await post(h, "{not json");
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "malformed_json" });
  });

  it.each([
    ["an empty body", ""],
    ["a JSON array", "[1, 2]"],
    ["an object without a request", '{"version": "1.0"}'],
    ["a request without a type", '{"version": "1.0", "request": {"requestId": "x"}}'],
  ])("refuses %s with 400", async (_name, body) => {
    const { status } = await post(h, body);
    expect(status).toBe(400);
  });

  it("refuses a body over 256 KB with 413", async () => {
    const envelope = launch() as RequestEnvelope & { padding?: string };
    envelope.padding = "x".repeat(300 * 1024);
    const { status, json } = await post(h, envelope);
    expect(status).toBe(413);
    expect(json).toMatchObject({ error: "body_too_large" });
  });

  it("answers GET on the skill path with 405 and an unknown path with 404", async () => {
    const before = h.lines.length;
    const get = await fetch(`${h.running.url}/alexa`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const missing = await fetch(`${h.running.url}/nothing-here`, { method: "POST", body: "{}" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not_found" });
    await vi.waitFor(() => expect(h.lines.length).toBe(before + 2));
  });

  it("logs one line per request, with the fields and without user ids or spoken words", () => {
    for (const line of h.lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(["requestId", "requestType", "intent", "latencyMs", "status", "outcome"]),
      );
      expect(line.latencyMs).toBeGreaterThanOrEqual(0);
      const text = JSON.stringify(line);
      expect(text).not.toContain(USER_ID);
      expect(text).not.toMatch(/userId|personId/i);
      expect(text).not.toContain(SLOT_VALUE);
    }
  });

  it("still answers the health check after every error", async () => {
    expect(await health(h)).toBe(200);
  });
});
