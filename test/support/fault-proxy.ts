/**
 * A small HTTP proxy on 127.0.0.1 in front of a local DynamoDB (dynalite) that
 * misbehaves on demand, as a real table or network can:
 * - pass: forwards the request and its answer.
 * - hang: accepts the request and never answers.
 * - throttle: answers 400 ThrottlingException at once.
 * - reset: drops the connection without an answer.
 * - lose-answer: forwards the request (it takes effect), then drops the connection instead of answering.
 * - slow: forwards the request, and answers `slowMs` later.
 * - html: answers 200 with an HTML page, as a captive portal or a misrouted load balancer would.
 * - text-503: answers 503 with a plain-text body.
 * - truncated: forwards the request, then answers with the first half of the JSON body (a consistent length).
 * - cut: forwards the request, announces the whole body's length, sends half of it and drops the connection.
 * - deny: answers 400 AccessDeniedException at once (not worth another try).
 */
import { request, createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

export type Fault =
  | "pass"
  | "hang"
  | "throttle"
  | "reset"
  | "lose-answer"
  | "slow"
  | "html"
  | "text-503"
  | "truncated"
  | "cut"
  | "deny";

export interface FaultProxy {
  readonly endpoint: string;
  /** What the next requests meet; change it at any time. */
  fault: Fault;
  /** When set, only requests for this DynamoDB operation (e.g. "UpdateItem") meet the fault; others pass. */
  only: string | undefined;
  /** When set, only requests whose body contains this text meet the fault (with `only`, both must hold). */
  onlyBody?: string | undefined;
  /** After this many faulty answers the proxy passes requests again (Infinity: never). */
  faultsLeft: number;
  /** How late a "slow" answer comes, in ms. */
  slowMs: number;
  /** Requests received, by DynamoDB operation. */
  readonly seen: Record<string, number>;
  stop(): Promise<void>;
}

const DENIED = JSON.stringify({ __type: "com.amazon.coral.service#AccessDeniedException", message: "Not allowed." });
const THROTTLED = JSON.stringify({
  __type: "com.amazonaws.dynamodb.v20120810#ThrottlingException",
  message: "Rate of requests exceeds the allowed throughput.",
});

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = {
    endpoint: "",
    fault: "pass",
    only: undefined,
    faultsLeft: Number.POSITIVE_INFINITY,
    slowMs: 0,
    seen: {},
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const forward = (
    incoming: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: incoming.url,
          method: incoming.method,
          headers: incoming.headers,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () =>
            resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const operation =
          String(incoming.headers["x-amz-target"] ?? "")
            .split(".")
            .pop() ?? "";
        proxy.seen[operation] = (proxy.seen[operation] ?? 0) + 1;
        const faulty =
          proxy.fault !== "pass" &&
          (proxy.only === undefined || proxy.only === operation) &&
          (proxy.onlyBody === undefined || body.includes(proxy.onlyBody)) &&
          proxy.faultsLeft > 0;
        if (faulty) proxy.faultsLeft -= 1;
        const fault = faulty ? proxy.fault : "pass";
        if (fault === "hang") return;
        if (fault === "reset") {
          incoming.socket.destroy();
          return;
        }
        if (fault === "throttle") {
          response.writeHead(400, { "content-type": "application/x-amz-json-1.0" }).end(THROTTLED);
          return;
        }
        if (fault === "html") {
          response
            .writeHead(200, { "content-type": "text/html" })
            .end("<html><body><h1>Service unavailable</h1></body></html>");
          return;
        }
        if (fault === "text-503") {
          response.writeHead(503, { "content-type": "text/plain" }).end("Service Unavailable");
          return;
        }
        if (fault === "deny") {
          response.writeHead(400, { "content-type": "application/x-amz-json-1.0" }).end(DENIED);
          return;
        }
        const answer = await forward(incoming, body);
        if (fault === "truncated" || fault === "cut") {
          const half = answer.body.subarray(0, Math.max(1, Math.floor(answer.body.length / 2)));
          const length = fault === "cut" ? answer.body.length : half.length;
          response.writeHead(answer.status, {
            "content-type": "application/x-amz-json-1.0",
            "content-length": String(length),
          });
          if (fault === "truncated") response.end(half);
          else response.write(half, () => incoming.socket.destroy());
          return;
        }
        if (fault === "lose-answer") {
          incoming.socket.destroy();
          return;
        }
        if (fault === "slow") await new Promise((resolve) => setTimeout(resolve, proxy.slowMs));
        response.writeHead(answer.status, answer.headers).end(answer.body);
      })().catch(() => incoming.socket.destroy());
    });
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the proxy is not listening on a TCP port");
  return Object.assign(proxy, { endpoint: `http://127.0.0.1:${address.port}` });
}
