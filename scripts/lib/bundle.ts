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
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";

export const PROJECT_ROOT = join(__dirname, "..", "..");
export const LAMBDA_BUNDLE = join(PROJECT_ROOT, "dist", "lambda", "index.js");
/** The DynamoDB client's file, beside the bundle. */
export const DYNAMO_CLIENT_FILE = "dynamo-client.js";
/** The search's file, beside the bundle. */
export const SEARCH_FILE = "search.js";
/** The name-free answer's file, beside the bundle. */
export const CAN_FULFILL_FILE = "can-fulfill.js";
/** The file store's file, beside the bundle of the local runners; never in the deployed package. */
export const FILE_STORE_FILE = "file-store.js";
/**
 * Modules bundled into files of their own beside the bundle, each loaded the
 * first time one of its exports is called: the DynamoDB client (only the
 * DynamoDB store needs it), the long-tail search with its index (only a
 * SearchIntent needs it) and the name-free answer with every slot synonym
 * (only CanFulfillIntentRequest needs it), and the file store (only the
 * local runners use it). Cold starts on other paths neither load nor parse them.
 */
const APART: readonly { readonly source: string; readonly file: string; readonly exports: readonly string[] }[] = [
  {
    source: join(PROJECT_ROOT, "lambda", "persistence", "dynamo-client.ts"),
    file: DYNAMO_CLIENT_FILE,
    exports: ["connectDynamo"],
  },
  { source: join(PROJECT_ROOT, "lambda", "search", "search.ts"), file: SEARCH_FILE, exports: ["searchTopics"] },
  {
    source: join(PROJECT_ROOT, "lambda", "handlers", "can-fulfill.ts"),
    file: CAN_FULFILL_FILE,
    exports: ["canFulfill"],
  },
  {
    source: join(PROJECT_ROOT, "lambda", "persistence", "file-store.ts"),
    file: FILE_STORE_FILE,
    exports: ["openFileStore"],
  },
];

/** In the bundle, each module apart is a stub whose exports require its file on first call. */
const modulesApart: Plugin = {
  name: "modules-apart",
  setup(pluginBuild) {
    for (const { source, file, exports } of APART) {
      const stub = exports
        .map((name) => `export function ${name}(...args) { return require("./${file}").${name}(...args); }`)
        .join("\n");
      pluginBuild.onLoad(
        { filter: new RegExp(`${source.split("/").slice(-2).join("/").replace(/\./g, "\\.")}$`) },
        (args) => (args.path === source ? { contents: stub, loader: "js" } : undefined),
      );
      pluginBuild.onResolve({ filter: new RegExp(`^\\./${file.replace(/\./g, "\\.")}$`) }, (args) => ({
        path: args.path,
        external: true,
      }));
    }
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
  plugins: [modulesApart],
};

/** Bundles `entry`, and beside it the file of each module apart that the bundle can load. */
export async function bundle(entry: string, outfile: string, leaveOut: readonly string[] = []): Promise<string> {
  const result = await build({ ...LAMBDA_BUILD, entryPoints: [entry], outfile, metafile: true });
  await buildModulesApart(result.metafile, dirname(outfile), leaveOut);
  return outfile;
}

/** Into `folder`, the file of each module apart that a bundle (described by its metafile) loads, but those in `leaveOut` (removed if there). */
export async function buildModulesApart(
  metafile: Metafile,
  folder: string,
  leaveOut: readonly string[] = [],
): Promise<void> {
  const inputs = new Set(Object.keys(metafile.inputs).map((input) => join(PROJECT_ROOT, input)));
  for (const apart of APART) {
    const outfile = join(folder, apart.file);
    if (leaveOut.includes(apart.file)) for (const file of [outfile, `${outfile}.map`]) rmSync(file, { force: true });
    else if (inputs.has(apart.source))
      await build({ ...LAMBDA_BUILD, plugins: [], entryPoints: [apart.source], outfile });
  }
}

/**
 * The Lambda bundle in dist/lambda: for the local runners (`npm start`, the
 * server, the benchmark) with the file store beside it; `forDeploy` leaves the
 * file store out, as the deployed package holds only what runs on Lambda.
 */
export function buildLambda(options: { readonly forDeploy?: boolean } = {}): Promise<string> {
  return bundle(join(PROJECT_ROOT, "lambda", "index.ts"), LAMBDA_BUNDLE, options.forDeploy ? [FILE_STORE_FILE] : []);
}
