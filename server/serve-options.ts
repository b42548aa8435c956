/**
 * What `npm run serve` is asked to do, from its arguments and environment:
 * verify requests or not (--insecure-dev), and where to listen. Without
 * verification it listens on 127.0.0.1 unless HOST names another address.
 */

export interface ServeOptions {
  readonly insecure: boolean;
  readonly host: string;
  readonly port: number;
  readonly skillId: string | undefined;
}

export type ServeCommand =
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string }
  | ({ readonly kind: "serve" } & ServeOptions);

export const INSECURE_FLAG = "--insecure-dev";
export const DEFAULT_PORT = 3000;
/** Where a verifying server listens by default: every interface, for the TLS proxy in front. */
export const PUBLIC_HOST = "0.0.0.0";
/** Where an --insecure-dev server listens by default: this machine only. */
export const LOCAL_HOST = "127.0.0.1";

export function serveCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ServeCommand {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  const unknown = argv.filter((a) => a !== INSECURE_FLAG);
  if (unknown.length > 0) return { kind: "error", message: `Unknown option: ${unknown.join(" ")}` };
  const insecure = argv.includes(INSECURE_FLAG);
  const port = parsePort(env.PORT);
  if (port === undefined) return { kind: "error", message: `PORT="${env.PORT}" is not a port number (0-65535).` };
  const host = env.HOST?.trim() || (insecure ? LOCAL_HOST : PUBLIC_HOST);
  return { kind: "serve", insecure, host, port, skillId: env.SKILL_ID?.trim() || undefined };
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return DEFAULT_PORT;
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : undefined;
}
