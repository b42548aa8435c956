/**
 * The fault suite: 200 hostile requests at once against a secure-mode server
 * whose certificate host (on 127.0.0.1) hangs or serves a chain no trusted
 * root vouches for, and whose certificate URLs try to climb out of /echo.api/.
 * Meanwhile GET /health keeps answering within 100 ms at the 99th percentile
 * (the bound the issue sets), every hostile request is refused with a 400,
 * and no certificate is asked for outside /echo.api/. The requests come from
 * a process of their own, as an attacker's would; /health is probed from
 * here, one request after another, while they run. Bounded: 200 requests, a
 * 1 s download deadline, over in a few seconds. */
import { fork } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HANG_PREFIX, startFakeCertificateHost, type FakeCertificateHost } from "./fake-certificate-host";
import { launch, SKILL_ID, start, type Harness } from "./harness";
import type { HostileMessage, HostilePlan, HostileRequest } from "./hostile-client";
import { createTestPki, type TestPki } from "./test-pki";

const S3 = "https://s3.amazonaws.com";
const EACH = 50;
/** The bound for /health under this load. */
const HEALTH_P99_MS = 100;
const CLIENT = fileURLToPath(new URL("./hostile-client.ts", import.meta.url));

let host: FakeCertificateHost;
let h: Harness;
let attacker: TestPki;

beforeAll(async () => {
  attacker = await createTestPki("Attacker");
  host = await startFakeCertificateHost();
  for (let i = 0; i < EACH; i++) host.serve(`/echo.api/untrusted/${i}.pem`, attacker.chain);
  // Production trust anchors (Node's root CAs): the attacker's chain leads to none of them.
  h = await start({ skillId: SKILL_ID, certificates: { fetch: host.fetcher, timeoutMs: 1000 } });
});

afterAll(async () => {
  await h.running.close();
  await host.close();
});

function hostileUrls(): string[] {
  const urls: string[] = [];
  for (let i = 0; i < EACH; i++) {
    urls.push(`${S3}${HANG_PREFIX}${i}.pem`);
    urls.push(`${S3}/echo.api/untrusted/${i}.pem`);
    urls.push(i % 2 === 0 ? `${S3}/echo.api/../outside/${i}.pem` : `${S3}/echo.api/%2e%2e/outside/${i}.pem`);
    urls.push(i % 2 === 0 ? `${S3}/echo.api/..%2Foutside/${i}.pem` : `${S3}/ECHO.API/../echo.api/../../outside/${i}.pem`);
  }
  return urls;
}

function signedBy(pki: TestPki, certificateUrl: string): HostileRequest {
  const body = JSON.stringify(launch());
  return { body, headers: { SignatureCertChainUrl: certificateUrl, "Signature-256": pki.signBody(body) } };
}

interface Outcome {
  readonly statuses: readonly number[];
  readonly healthMs: readonly number[];
  readonly healthStatuses: readonly number[];
}

/** GET /health on a kept-alive connection; resolves with the status and the milliseconds it took. */
function probe(url: string, agent: http.Agent): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/health`, { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      })
      .on("error", reject);
  });
}

/** Runs the plan in an attacker process (which ends itself), probing GET /health from here, one after another, from its start to its end. */
function attackWhileProbing(plan: HostilePlan, agent: http.Agent): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const attacker = fork(CLIENT, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"], timeout: 20_000 });
    const healthMs: number[] = [];
    const healthStatuses: number[] = [];
    let done = false;
    const probing = async () => {
      while (!done) {
        const { status, ms } = await probe(plan.url, agent);
        healthMs.push(ms);
        healthStatuses.push(status);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    let probed: Promise<void> = Promise.resolve();
    attacker.on("message", (message: HostileMessage) => {
      if (message.kind === "started") probed = probing();
      if (message.kind === "done") {
        done = true;
        probed.then(() => resolve({ statuses: message.statuses, healthMs, healthStatuses }), reject);
      }
    });
    attacker.once("error", reject);
    attacker.once("exit", (code) => {
      if (!done) reject(new Error(`the attacker exited (${code}) before it was done`));
    });
    attacker.send(plan);
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe("200 hostile requests at once", () => {
  it("are all refused, fetch nothing outside /echo.api/, and /health stays fast throughout", async () => {
    const urls = hostileUrls();
    expect(urls).toHaveLength(4 * EACH);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 3; i++) await probe(h.running.url, agent);
    const { statuses, healthMs, healthStatuses } = await attackWhileProbing(
      { url: h.running.url, requests: urls.map((url) => signedBy(attacker, url)) },
      agent,
    );
    agent.destroy();

    expect(statuses).toEqual(Array(urls.length).fill(400));
    expect(healthStatuses.every((status) => status === 200)).toBe(true);
    expect(healthMs.length).toBeGreaterThan(20);
    expect(percentile(healthMs, 99)).toBeLessThan(HEALTH_P99_MS);

    expect(host.requested.length).toBeGreaterThan(0);
    for (const path of host.requested) expect(path).toMatch(/^\/echo\.api\/(hang|untrusted)\/\d+\.pem$/);
    // At most 4 downloads at once (the default cap), and none left hanging.
    expect(host.peakHanging()).toBeLessThanOrEqual(4);
    expect(host.hanging()).toBe(0);
    expect(h.lines.filter((line) => line.outcome === "signature_invalid")).toHaveLength(urls.length);
  });
});
