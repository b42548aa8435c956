/**
 * How the Lambda is bundled: lambda/index.ts -> dist/lambda/index.js (CommonJS,
 * node22, minified, with a source map). The AWS SDK v3 stays external: the
 * Lambda runtime ships it. The benchmark's baseline uses the same settings.
 */
import { build, type BuildOptions } from "esbuild";
import { join } from "node:path";

export const PROJECT_ROOT = join(__dirname, "..", "..");
export const LAMBDA_BUNDLE = join(PROJECT_ROOT, "dist", "lambda", "index.js");

export const LAMBDA_BUILD: BuildOptions = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node22",
  minify: true,
  sourcemap: true,
  external: ["@aws-sdk/*"],
  legalComments: "none",
  logLevel: "warning",
};

export async function bundle(entry: string, outfile: string): Promise<string> {
  await build({ ...LAMBDA_BUILD, entryPoints: [entry], outfile });
  return outfile;
}

export function buildLambda(): Promise<string> {
  return bundle(join(PROJECT_ROOT, "lambda", "index.ts"), LAMBDA_BUNDLE);
}
