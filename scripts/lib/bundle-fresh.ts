/**
 * Whether the Lambda bundle is older than the code it is built from, so that
 * `npm start` (and the simulator's tests) build only when something changed.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { FILE_STORE_FILE, LAMBDA_BUNDLE, PROJECT_ROOT } from "./bundle";

/** What the bundle is built from: a change to one of these since the bundle was written means a build. */
export const BUNDLE_SOURCES = ["lambda", "models", "package-lock.json", join("scripts", "lib", "bundle.ts")].map((p) =>
  join(PROJECT_ROOT, p),
);

/** The latest modification time of a file, or of anything in a folder, in ms (0 when absent). */
export function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * True when there is no bundle, or a source changed after it was written, or
 * the file store's file is not beside it (the deploy build leaves it out; the
 * local runners need it).
 */
export function bundleStale(bundle = LAMBDA_BUNDLE, sources: readonly string[] = BUNDLE_SOURCES): boolean {
  if (!existsSync(join(dirname(bundle), FILE_STORE_FILE))) return true;
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  return built <= Math.max(0, ...sources.map(newestChange));
}
