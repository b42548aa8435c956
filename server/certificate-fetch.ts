/**
 * Downloads a certificate chain: one GET, no redirects followed, status 200
 * only, at most `maxBytes`, stopped when `signal` aborts. The verifier only
 * passes https URLs on s3.amazonaws.com; http is served too, for a local
 * certificate host.
 */
import http from "node:http";
import https from "node:https";

/** Gets the text at `url`; must stop when `signal` aborts. */
export type CertificateFetcher = (url: URL, signal: AbortSignal) => Promise<string>;

/** Amazon's chain is about 6 KB. */
export const MAX_CHAIN_BYTES = 64 * 1024;

export function fetchCertificateText(url: URL, signal: AbortSignal, maxBytes = MAX_CHAIN_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "http:" ? http : https;
    const request = client.get(url, { signal, headers: { accept: "*/*" } }, (response) => {
      if (response.statusCode !== 200) {
        request.destroy();
        reject(new Error(`certificate download answered ${response.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          request.destroy();
          reject(new Error(`certificate chain is larger than ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      response.on("close", () => reject(new Error("certificate download was cut off")));
    });
    request.on("error", (error) => reject(new Error(`certificate download failed: ${error.message}`)));
  });
}
