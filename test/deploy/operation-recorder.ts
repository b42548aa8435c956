/**
 * An HTTP proxy on 127.0.0.1 in front of a local DynamoDB-compatible server
 * that records the operation of every request passing through (the
 * X-Amz-Target header: "DynamoDB_20120810.GetItem" is GetItem): which item
 * operations a client really sends, to compare with what a role allows.
 */
import { createServer, request } from "node:http";

export interface OperationRecorder {
  /** "http://127.0.0.1:<port>": give this to the client instead of the server's endpoint. */
  readonly endpoint: string;
  /** Operations in the order they were sent, e.g. ["GetItem", "PutItem"]. */
  readonly operations: string[];
  stop(): Promise<void>;
}

export async function startOperationRecorder(target: string): Promise<OperationRecorder> {
  const upstream = new URL(target);
  const operations: string[] = [];
  const server = createServer((incoming, outgoing) => {
    const operation = incoming.headers["x-amz-target"];
    if (typeof operation === "string") operations.push(operation.slice(operation.lastIndexOf(".") + 1));
    const forwarded = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the recorder is not listening on a TCP port");
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    operations,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
