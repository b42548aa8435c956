/**
 * The self-hosted server's last line against an exception that escaped every
 * handler (thrown in some dependency's event callback, where no request's
 * try/catch can see it). It is logged, without user data (lambda/log.ts). The
 * process stays up only where that is safe: an operational error (a parse
 * error, or a system error with an errno code, such as a reset socket) leaves
 * no half-changed state of this process behind. Anything else (a TypeError, a
 * RangeError: a bug) may have, so the process exits with status 1 for its
 * supervisor to restart it; so it does after too many survivable ones in a
 * minute, which would mean something keeps breaking.
 */
import { logError } from "../lambda/log";

/** Survivable exceptions tolerated per minute before the process gives up. */
export const MAX_SURVIVED_PER_MINUTE = 20;

/** True for an exception after which this process can go on serving. */
export function isSurvivable(error: unknown): boolean {
  if (error instanceof SyntaxError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && /^E[A-Z0-9_]+$/.test(code);
}

let installed = false;

/** Installs the handler once per process; `exit` is process.exit unless a test replaces it. */
export function installLastLine(exit: (code: number) => void = (code) => process.exit(code)): void {
  if (installed) return;
  installed = true;
  const survived: number[] = [];
  process.on("uncaughtException", (error) => {
    const now = Date.now();
    while (survived.length > 0 && (survived[0] ?? now) < now - 60_000) survived.shift();
    const survive = isSurvivable(error) && survived.length < MAX_SURVIVED_PER_MINUTE;
    logError({ requestId: undefined, where: survive ? "uncaught.survived" : "uncaught.exiting", error });
    if (survive) survived.push(now);
    else exit(1);
  });
}
