/**
 * How the Lambda is bundled: lambda/index.ts -> dist/lambda/index.js (CommonJS,
 * node22, minified, with a source map). The AWS SDK v3 would stay external, as
 * the Lambda runtime ships it (the Lambda itself does not use it; the
 * benchmark's DynamoDB baseline does). The benchmark's baselines use the same settings.
 *
 * The DynamoDB client (lambda/persistence/dynamo-client.ts and the library it
 * sends through) is bundled into its own file beside the bundle,
 * dist/lambda/dynamo-client.js, which only the DynamoDB store loads, when it is
 * built: a Lambda on another store, and the memory store's benchmark, neither
 * load nor parse it.
 */
import { build, type BuildOptions, type Plugin } from "esbuild";
import { dirname, join } from "node:path";

export const PROJECT_ROOT = join(__dirname, "..", "..");
export const LAMBDA_BUNDLE = join(PROJECT_ROOT, "dist", "lambda", "index.js");
/** The DynamoDB client's file, beside the bundle. */
export const DYNAMO_CLIENT_FILE = "dynamo-client.js";
const DYNAMO_CLIENT_SOURCE = join(PROJECT_ROOT, "lambda", "persistence", "dynamo-client.ts");

/** In the bundle, dynamo-client.ts is a stub that requires DYNAMO_CLIENT_FILE the first time a client is built. */
const dynamoClientApart: Plugin = {
  name: "dynamo-client-apart",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /dynamo-client\.ts$/ }, (args) =>
      args.path === DYNAMO_CLIENT_SOURCE
        ? {
            contents: `export function connectDynamo(connection) { return require("./${DYNAMO_CLIENT_FILE}").connectDynamo(connection); }`,
            loader: "js",
          }
        : undefined,
    );
    pluginBuild.onResolve({ filter: new RegExp(`^\\./${DYNAMO_CLIENT_FILE.replace(".", "\\.")}$`) }, (args) => ({ path: args.path, external: true }));
  },
};

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
  plugins: [dynamoClientApart],
};

/** Bundles `entry`, and the DynamoDB client's file beside it when the bundle can load it. */
export async function bundle(entry: string, outfile: string): Promise<string> {
  const result = await build({ ...LAMBDA_BUILD, entryPoints: [entry], outfile, metafile: true });
  if (Object.keys(result.metafile.inputs).some((input) => join(PROJECT_ROOT, input) === DYNAMO_CLIENT_SOURCE)) {
    await buildDynamoClient(dirname(outfile));
  }
  return outfile;
}

/** Bundles the DynamoDB client into `folder`/DYNAMO_CLIENT_FILE. */
export async function buildDynamoClient(folder: string): Promise<string> {
  const outfile = join(folder, DYNAMO_CLIENT_FILE);
  await build({ ...LAMBDA_BUILD, plugins: [], entryPoints: [DYNAMO_CLIENT_SOURCE], outfile });
  return outfile;
}

export function buildLambda(): Promise<string> {
  return bundle(join(PROJECT_ROOT, "lambda", "index.ts"), LAMBDA_BUNDLE);
}
