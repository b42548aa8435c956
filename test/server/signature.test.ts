/**
 * Secure mode end to end over real HTTP on 127.0.0.1: requests signed with a
 * certificate chain made here, served by a certificate host on 127.0.0.1 and
 * trusted through the server's trust anchors option. A validly signed request
 * is answered; every way a chain or a signature can be wrong is refused; each
 * normalised URL is downloaded once, failures included.
 */
import type { ResponseEnvelope } from "ask-sdk-model";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { buildSkill } from "../../lambda/skill";
import { CLIENT_CLOSED_STATUS } from "../../server/app";
import { assertValidResponse } from "../support/response-checks";
import { startFakeCertificateHost, type FakeCertificateHost } from "./fake-certificate-host";
import { lastLine, launch, post, SKILL_ID, start, type Harness } from "./harness";
import { createTestPki, type SigningChain } from "./test-pki";

const S3 = "https://s3.amazonaws.com";
const DAY_MS = 86_400_000;

let host: FakeCertificateHost;
let h: Harness;
let good: SigningChain;
let untrusted: SigningChain;
let noSan: SigningChain;
let expired: SigningChain;
let rootPem: string;

beforeAll(async () => {
  // The impostor's certificates bear the same names as the trusted ones; only their keys differ.
  const [pki, impostor] = await Promise.all([createTestPki("Neck Coach"), createTestPki("Neck Coach")]);
  noSan = pki.signingChain({ dnsNames: ["echo-api.amazon.com.evil.example", "example.com"] });
  expired = pki.signingChain({
    notBefore: new Date(Date.now() - 10 * DAY_MS),
    notAfter: new Date(Date.now() - DAY_MS),
  });
  good = pki;
  untrusted = impostor;
  rootPem = pki.rootPem;
  host = await startFakeCertificateHost();
  host.serve("/echo.api/good.pem", good.chain);
  host.serve("/echo.api/untrusted.pem", untrusted.chain);
  host.serve("/echo.api/no-san.pem", noSan.chain);
  host.serve("/echo.api/expired.pem", expired.chain);
  host.serve(
    "/echo.api/garbage.pem",
    "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
  );
  h = await start({
    skillId: SKILL_ID,
    certificates: { fetch: host.fetcher, trustAnchors: [rootPem] },
  });
});

afterAll(async () => {
  await h.running.close();
  await host.close();
});

/** A fresh launch, signed by `pki`, naming `url` as its chain. */
function signed(pki: SigningChain, url: string, change: (body: string) => string = (b) => b) {
  const body = JSON.stringify(launch());
  return post(h, change(body), { SignatureCertChainUrl: url, "Signature-256": pki.signBody(body) });
}

describe("a validly signed request", () => {
  it("is answered 200 with the skill's response, after one download of its chain", async () => {
    const { status, json } = await signed(good, `${S3}/echo.api/good.pem`);
    expect(status).toBe(200);
    await assertValidResponse(json as ResponseEnvelope);
    expect(lastLine(h)).toMatchObject({ status: 200, outcome: "ok", level: "info" });
    expect(host.requested).toEqual(["/echo.api/good.pem"]);
  });

  it("is answered again from the cached chain, also when its URL is written another way", async () => {
    expect((await signed(good, `${S3}/echo.api/good.pem`)).status).toBe(200);
    expect((await signed(good, "HTTPS://S3.AMAZONAWS.COM:443/echo.api/x/../good.pem")).status).toBe(200);
    expect(host.requested).toEqual(["/echo.api/good.pem"]);
  });

  it("is refused when the body was changed after signing", async () => {
    const { status } = await signed(good, `${S3}/echo.api/good.pem`, (body) =>
      body.replace("LaunchRequest", "SessionEndedRequest"),
    );
    expect(status).toBe(400);
    expect(lastLine(h)).toMatchObject({
      outcome: "signature_invalid",
      detail: expect.stringMatching(/does not match/),
    });
  });

  it("is refused when its timestamp is stale or in the future, without a download", async () => {
    const before = host.requested.length;
    for (const offset of [-151_000, 151_000]) {
      const body = JSON.stringify(launch({ timestamp: new Date(Date.now() + offset).toISOString() }));
      const headers = {
        SignatureCertChainUrl: `${S3}/echo.api/fresh-${offset}.pem`,
        "Signature-256": good.signBody(body),
      };
      const { status } = await post(h, body, headers);
      expect(status).toBe(400);
      expect(lastLine(h)).toMatchObject({ outcome: "timestamp_invalid" });
    }
    expect(host.requested.length).toBe(before);
  });
});

describe("a request whose chain is not acceptable", () => {
  it.each([
    ["does not lead to a trusted root", () => untrusted, "untrusted.pem", /trusted root/],
    ["lacks echo-api.amazon.com in its signing certificate", () => noSan, "no-san.pem", /subject alternative name/],
    ["is expired", () => expired, "expired.pem", /expired/],
    ["is not a certificate", () => good, "garbage.pem", /unreadable/],
    ["is not there (404)", () => good, "missing.pem", /answered 404/],
  ])("is refused when the chain %s, and the failure is cached", async (_name, pki, file, reason) => {
    const url = `${S3}/echo.api/${file}`;
    const { status, json } = await signed(pki(), url);
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "signature_invalid" });
    expect(lastLine(h)?.detail).toMatch(reason);
    expect((await signed(pki(), url)).status).toBe(400);
    expect(host.requested.filter((path) => path === `/echo.api/${file}`)).toHaveLength(1);
  });
});

describe("a validly signed request whose client leaves while its chain downloads", () => {
  it("is logged as abandoned, and the skill does not take the turn", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    const invoke = vi.spyOn(skill, "invoke");
    let downloadStarted = () => {};
    const started = new Promise<void>((resolve) => (downloadStarted = resolve));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    // A certificate host that answers only once the test says so.
    const heldHost = async () => {
      downloadStarted();
      await released;
      return good.chain;
    };
    const slow = await start({ skillId: SKILL_ID, skill, certificates: { fetch: heldHost, trustAnchors: [rootPem] } });
    try {
      const body = JSON.stringify(launch());
      const headers = { SignatureCertChainUrl: `${S3}/echo.api/held.pem`, "Signature-256": good.signBody(body) };
      const client = new AbortController();
      const leaving = fetch(`${slow.running.url}/`, { method: "POST", headers, body, signal: client.signal });
      await started;
      client.abort();
      await expect(leaving).rejects.toThrow();
      await vi.waitFor(() => expect(slow.lines).toHaveLength(1));
      expect(slow.lines[0]).toMatchObject({
        outcome: "aborted",
        status: CLIENT_CLOSED_STATUS,
        requestType: "LaunchRequest",
      });
      // The chain arrives and the signature checks out, but no one is waiting for the answer. A client
      // that waits is answered by the skill, from the cached chain; by then the first request is long through.
      release();
      const staying = await fetch(`${slow.running.url}/`, { method: "POST", headers, body });
      expect(staying.status).toBe(200);
      expect(invoke).toHaveBeenCalledTimes(1);
    } finally {
      await slow.running.close();
    }
  });
});
