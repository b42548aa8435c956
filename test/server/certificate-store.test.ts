/**
 * Certificate downloads against a certificate host on 127.0.0.1 that can hang:
 * each ends by its deadline and lets go of its socket, at most so many run at
 * once, the rest are refused at once, one URL is downloaded once however many
 * ask, and results, failures included, are remembered by URL.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CertificateStore, type CertificateStoreOptions } from "../../server/certificate-store";
import { HANG_PREFIX, startFakeCertificateHost, type FakeCertificateHost } from "./fake-certificate-host";

let host: FakeCertificateHost;
beforeAll(async () => {
  host = await startFakeCertificateHost();
  host.serve("/echo.api/huge.pem", "x".repeat(100 * 1024));
});
afterAll(() => host.close());

const url = (path: string) => new URL(`https://s3.amazonaws.com${path}`);
const store = (options: CertificateStoreOptions = {}) => new CertificateStore({ fetch: host.fetcher, ...options });
const timesAsked = (path: string) => host.requested.filter((p) => p === path).length;

describe("CertificateStore", () => {
  it("gives up on a hanging host at the deadline, lets go of the socket, and remembers the failure", async () => {
    const certificates = store({ timeoutMs: 200 });
    const path = `${HANG_PREFIX}deadline.pem`;
    const started = performance.now();
    await expect(certificates.signingKey(url(path))).rejects.toThrow(/took over 200 ms/);
    expect(performance.now() - started).toBeLessThan(2000);
    await vi.waitFor(() => expect(host.hanging()).toBe(0));
    await expect(certificates.signingKey(url(path))).rejects.toThrow(/took over 200 ms/);
    expect(timesAsked(path)).toBe(1);
  });

  it("downloads one URL once, however many requests wait for it", async () => {
    const certificates = store({ timeoutMs: 200 });
    const path = `${HANG_PREFIX}shared.pem`;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => certificates.signingKey(url(path))));
    expect(results.map((r) => r.status)).toEqual(Array(5).fill("rejected"));
    expect(timesAsked(path)).toBe(1);
  });

  it("runs at most maxConcurrent downloads, queues maxQueued, refuses the rest at once, and does not remember the queued ones", async () => {
    const certificates = store({ timeoutMs: 300, maxConcurrent: 2, maxQueued: 2 });
    const paths = Array.from({ length: 6 }, (_, i) => `${HANG_PREFIX}cap-${i}.pem`);
    const started = performance.now();
    const pending = paths.map((path) =>
      certificates.signingKey(url(path)).then(
        () => "ok",
        (error: Error) => ({ error: error.message, ms: performance.now() - started }),
      ),
    );
    await vi.waitFor(() => expect(host.hanging()).toBe(2));
    const results = await Promise.all(pending);
    expect(paths.map(timesAsked)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(results.slice(0, 2)).toMatchObject([
      { error: expect.stringMatching(/took over/) },
      { error: expect.stringMatching(/took over/) },
    ]);
    expect(results.slice(2, 4)).toMatchObject([
      { error: expect.stringMatching(/no certificate download slot/) },
      { error: expect.stringMatching(/no certificate download slot/) },
    ]);
    for (const refused of results.slice(4))
      expect(refused).toMatchObject({ error: expect.stringMatching(/too many/), ms: expect.any(Number) });
    for (const refused of results.slice(4)) expect((refused as { ms: number }).ms).toBeLessThan(200);
    // The queued URL was never tried: asking again downloads it.
    await expect(certificates.signingKey(url(paths[2] as string))).rejects.toThrow(/took over/);
    expect(timesAsked(paths[2] as string)).toBe(1);
  });

  it("refuses a chain larger than 64 KB, and a URL the host does not have", async () => {
    const certificates = store();
    await expect(certificates.signingKey(url("/echo.api/huge.pem"))).rejects.toThrow(/larger than 65536 bytes/);
    await expect(certificates.signingKey(url("/echo.api/absent.pem"))).rejects.toThrow(/answered 404/);
  });

  it("forgets the oldest URL past maxEntries", async () => {
    const certificates = store({ maxEntries: 2 });
    for (const name of ["a", "b", "c", "a"])
      await certificates.signingKey(url(`/echo.api/evict-${name}.pem`)).catch(() => undefined);
    expect(["a", "b", "c"].map((name) => timesAsked(`/echo.api/evict-${name}.pem`))).toEqual([2, 1, 1]);
  });
});
