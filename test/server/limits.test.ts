/**
 * The server's own limits, over raw sockets on 127.0.0.1: slow headers and
 * slow bodies are cut off (408) instead of being held for Node's 300 s, idle
 * kept-alive connections are closed, connections past the cap are refused at
 * once, and a request the client abandons is logged as abandoned.
 */
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLIENT_CLOSED_STATUS } from "../../server/app";
import { health, launch, SKILL_ID, start, type Harness } from "./harness";

const LIMITS = {
  headersTimeoutMs: 300,
  requestTimeoutMs: 500,
  keepAliveTimeoutMs: 200,
  maxConnections: 4,
  checkIntervalMs: 50,
};

let h: Harness;
let port: number;
beforeAll(async () => {
  h = await start({ skillId: SKILL_ID, verifySignature: false, verifyTimestamp: false }, LIMITS);
  port = Number(new URL(h.running.url).port);
});
afterAll(() => h.running.close());

interface Connection {
  readonly socket: Socket;
  /** Everything the server sent, once it closed the connection. */
  readonly closed: Promise<{ received: string; afterMs: number }>;
}

function open(): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const started = performance.now();
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      received += chunk;
    });
    const closed = new Promise<{ received: string; afterMs: number }>((done) => {
      socket.on("close", () => done({ received, afterMs: performance.now() - started }));
    });
    socket.on("error", () => undefined);
    socket.once("connect", () => resolve({ socket, closed }));
    socket.once("error", reject);
  });
}

const body = JSON.stringify(launch());
const head = (length: number) =>
  `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

/** Sends `text` on a new connection and resolves once the server has closed it. */
async function sendAndWaitForClose(text: string): Promise<{ received: string; afterMs: number }> {
  const { socket, closed } = await open();
  socket.write(text);
  return closed;
}

describe("server limits", () => {
  it("cuts off a client that never finishes its headers", async () => {
    const { received, afterMs } = await sendAndWaitForClose("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeLessThan(3_000);
  });

  it("cuts off a client that sends its body too slowly, and logs the request as aborted", async () => {
    const before = h.lines.length;
    const { received, afterMs } = await sendAndWaitForClose(head(body.length) + body.slice(0, 10));
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeLessThan(3_000);
    await vi.waitFor(() => expect(h.lines.length).toBe(before + 1));
    expect(h.lines.at(-1)).toMatchObject({ outcome: "aborted", status: CLIENT_CLOSED_STATUS });
  });

  it("closes a kept-alive connection once it has been idle for the keep-alive timeout", async () => {
    const { received, afterMs } = await sendAndWaitForClose(
      "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n",
    );
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(afterMs).toBeLessThan(3_000);
  });

  it("refuses connections past the cap at once, and takes new ones when some close", async () => {
    const held = await Promise.all(Array.from({ length: LIMITS.maxConnections }, open));
    // Accepted in the order they connected: the held ones are counted before the extra one.
    const extra = await open();
    const refused = await extra.closed;
    expect(refused.received).toBe("");
    for (const { socket } of held) socket.destroy();
    const openConnections = () =>
      new Promise<number>((resolve) => h.running.server.getConnections((_error, count) => resolve(count)));
    await vi.waitFor(async () => expect(await openConnections()).toBe(0));
    expect(await health(h)).toBe(200);
  });

  it("logs a request whose client left before the answer as abandoned (status 499)", async () => {
    const before = h.lines.length;
    const { socket, closed } = await open();
    // With Expect: 100-continue the server says when it has the headers and has started on the request.
    const continued = new Promise<void>((resolve) => socket.once("data", () => resolve()));
    socket.write(head(body.length).replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));
    await continued;
    socket.write(body.slice(0, 10));
    socket.destroy();
    await closed;
    await vi.waitFor(() => expect(h.lines.length).toBe(before + 1));
    expect(h.lines.at(-1)).toMatchObject({ outcome: "aborted", status: CLIENT_CLOSED_STATUS, path: "/" });
  });
});
