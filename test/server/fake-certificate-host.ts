/**
 * A certificate host on 127.0.0.1 standing in for s3.amazonaws.com: it serves
 * the chain registered for a path, hangs on paths under /echo.api/hang/, and
 * answers 404 otherwise; it records every path asked for. `fetcher` is what
 * the server is given instead of its HTTPS download: the production download
 * (fetchCertificateText), pointed at this host, path and query unchanged.
 */
import type { AddressInfo } from "node:net";
import { createServer, type ServerResponse } from "node:http";
import { fetchCertificateText, type CertificateFetcher } from "../../server/certificate-fetch";

export const HANG_PREFIX = "/echo.api/hang/";

export interface FakeCertificateHost {
  /** Every path (with query) requested, in order. */
  readonly requested: string[];
  /** Serve `pem` at `path`. */
  serve(path: string, pem: string): void;
  readonly fetcher: CertificateFetcher;
  /** Requests being held open right now. */
  hanging(): number;
  /** The most requests held open at once so far. */
  peakHanging(): number;
  close(): Promise<void>;
}

export async function startFakeCertificateHost(): Promise<FakeCertificateHost> {
  const chains = new Map<string, string>();
  const requested: string[] = [];
  const held = new Set<ServerResponse>();
  let peak = 0;
  const server = createServer((req, res) => {
    const path = req.url ?? "";
    requested.push(path);
    if (path.startsWith(HANG_PREFIX)) {
      held.add(res);
      peak = Math.max(peak, held.size);
      res.on("close", () => held.delete(res));
      return;
    }
    const pem = chains.get(path);
    res.writeHead(pem === undefined ? 404 : 200, { "content-type": "application/x-pem-file" }).end(pem ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    requested,
    serve: (path, pem) => void chains.set(path, pem),
    fetcher: (url, signal) => fetchCertificateText(new URL(`${url.pathname}${url.search}`, origin), signal),
    hanging: () => held.size,
    peakHanging: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
