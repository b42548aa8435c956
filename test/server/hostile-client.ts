/**
 * The attacker of the fault suite, in a process of its own as an attacker
 * would be: given a plan over IPC, it sends every hostile request at once,
 * says "started", and once all are answered sends back their statuses.
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
}

export type HostileMessage =
  | { readonly kind: "started" }
  /** Status of each hostile request, in plan order (0: no answer), and how long they all took. */
  | { readonly kind: "done"; readonly statuses: number[]; readonly attackMs: number };

/** POSTs one request on a connection of its own; resolves with the status, 0 if there was none. */
function send(url: string, request: HostileRequest): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: "POST", agent: false, headers: { "content-type": "application/json", ...request.headers } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(0));
    });
    req.on("error", () => resolve(0));
    req.end(request.body);
  });
}

function tell(message: HostileMessage, then?: () => void): void {
  if (then) process.send?.(message, then);
  else process.send?.(message);
}

process.once("message", (plan: HostilePlan) => {
  const started = performance.now();
  const attack = Promise.all(plan.requests.map((request) => send(`${plan.url}/`, request)));
  tell({ kind: "started" });
  void attack.then((statuses) => tell({ kind: "done", statuses, attackMs: performance.now() - started }, () => process.disconnect()));
});
