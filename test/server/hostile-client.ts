/**
 * The attacker of the fault suite, in a process of its own as an attacker
 * would be. For each plan it gets over IPC it sends the plan's requests, each
 * on a connection of its own, spread evenly over `spreadMs`, says "started",
 * and once all are answered sends back their statuses. It exits when the test
 * lets go of it.
 */
import http from "node:http";

export interface HostileRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface HostilePlan {
  /** The server, http://127.0.0.1:port. */
  readonly url: string;
  readonly requests: readonly HostileRequest[];
  /** The requests are sent evenly over this many milliseconds (0: all at once). */
  readonly spreadMs: number;
}

export type HostileMessage =
  | { readonly kind: "started" }
  /** Status of each hostile request, in plan order (0: no answer). */
  | { readonly kind: "done"; readonly statuses: number[] };

/** POSTs one request on a connection of its own; resolves with the status, 0 if there was none. */
function send(url: string, request: HostileRequest): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: "POST", agent: false, headers: { "content-type": "application/json", ...request.headers } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", () => resolve(0));
      },
    );
    req.on("error", () => resolve(0));
    req.end(request.body);
  });
}

const tell = (message: HostileMessage) => process.send?.(message);

process.on("message", (plan: HostilePlan) => {
  const gap = plan.spreadMs / plan.requests.length;
  const attack = Promise.all(
    plan.requests.map((request, i) =>
      new Promise((resolve) => setTimeout(resolve, i * gap)).then(() => send(`${plan.url}/`, request)),
    ),
  );
  tell({ kind: "started" });
  void attack.then((statuses) => tell({ kind: "done", statuses }));
});
process.on("disconnect", () => process.exit(0));
