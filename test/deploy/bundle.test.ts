/**
 * What goes into the Lambda bundle: only code that runs in Lambda, and
 * ask-sdk-core imported from one module (lambda/alexa-sdk.ts: each importer of
 * a CommonJS package costs a copy of its exports at cold start). The DynamoDB client
 * (@aws-lite/client, chosen by npm run bench) is a file of its own beside the
 * bundle, loaded by the DynamoDB store only, at module load (Lambda's init
 * phase); no store loads the AWS SDK.
 */
import { build, type Metafile } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envelope, intentRequest, raw, requestOf } from "../support/envelopes";
import {
  buildModulesApart,
  CAN_FULFILL_FILE,
  DYNAMO_CLIENT_FILE,
  FILE_STORE_FILE,
  LAMBDA_BUILD,
  PROJECT_ROOT,
  SEARCH_FILE,
} from "../../scripts/lib/bundle";

/** The Lambda bundle, built once with the Lambda's settings for every test here. */
const folder = mkdtempSync(join(tmpdir(), "neck-coach-bundle-"));
const bundlePath = join(folder, "index.js");
/** Every file the bundler read, with its imports. */
let inputs: Metafile["inputs"];
/** The bundle's metafile, for building its modules apart again. */
let metafile: Metafile;
/** The files that left code in the bundle (the rest were read, then shaken out). */
let bundled: string[];

beforeAll(async () => {
  const result = await build({
    ...LAMBDA_BUILD,
    entryPoints: [join(PROJECT_ROOT, "lambda", "index.ts")],
    outfile: bundlePath,
    metafile: true,
  });
  inputs = result.metafile.inputs;
  metafile = result.metafile;
  await buildModulesApart(result.metafile, folder);
  // The outputs are the bundle and its source map; the map holds no code.
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith("index.js"))?.[1];
  bundled = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const packageOf = (path: string): string | undefined => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match?.[1];
};

describe("the Lambda bundle", () => {
  it("holds no development tool and nothing from the interaction model's samples or synonyms", () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const packages = new Set(bundled.map(packageOf).filter((p): p is string => p !== undefined));
    expect([...packages].sort()).toEqual(["ask-sdk-core", "ask-sdk-model", "ask-sdk-runtime"]);
    for (const name of packages) expect(pkg.devDependencies[name], name).toBeUndefined();
    const own = bundled.filter((p) => packageOf(p) === undefined);
    expect(own).toContain("lambda/handlers/launch.ts");
    expect(own.filter((p) => !/^(lambda|models)\//.test(p))).toEqual([]);
    expect(own).not.toContain("models/language/en-US.ts");
    // Slot synonyms serve name-free requests only: they are in can-fulfill.js, apart.
    expect(own).not.toContain("models/language/en-synonyms.ts");
    expect(own).not.toContain("models/language/interaction-model.ts");
    expect(own).not.toContain("models/language/manifest.ts");
    // The file store serves the local runners only: it is in file-store.js, apart (here a stub that loads it), and out of the deployed package.
    expect(own).not.toContain("lambda/persistence/file-lock.ts");
  });

  it("is deployed without the file store's file, which the local build puts beside it", async () => {
    const deployed = mkdtempSync(join(tmpdir(), "neck-coach-deployed-"));
    try {
      await buildModulesApart(metafile, deployed);
      const code = () => readdirSync(deployed).filter((name) => name.endsWith(".js"));
      expect(code()).toContain(FILE_STORE_FILE);
      await buildModulesApart(metafile, deployed, [FILE_STORE_FILE]);
      expect(code().sort()).toEqual([CAN_FULFILL_FILE, DYNAMO_CLIENT_FILE, SEARCH_FILE].sort());
    } finally {
      rmSync(deployed, { recursive: true, force: true });
    }
  });

  it("imports ask-sdk-core's code from lambda/alexa-sdk.ts alone", () => {
    const importers = Object.entries(inputs)
      .filter(([path]) => packageOf(path) === undefined && bundled.includes(path))
      .filter(([, input]) => input.imports.some((i) => packageOf(i.path) === "ask-sdk-core"))
      .map(([path]) => path);
    expect(importers).toEqual(["lambda/alexa-sdk.ts"]);
  });
});

describe("the Lambda module, loaded by plain node", () => {
  /** Which AWS SDK packages, and which of the bundle's files, node has loaded once the module is required, before any request. */
  function loadedAfterRequire(env: Record<string, string>, event?: unknown): string[] {
    const script = [
      `const { handler } = require(${JSON.stringify(bundlePath)});`,
      event === undefined ? "(async () => {" : `(async () => { await handler(${JSON.stringify(event)}, {});`,
      "const loaded = Object.keys(require.cache).map((f) => /node_modules\\/(@aws-sdk\\/[^/]+)\\//.exec(f)?.[1] ?? (f.startsWith(" +
        JSON.stringify(folder) +
        ") ? require('node:path').basename(f) : undefined)).filter(Boolean);",
      "console.log(JSON.stringify([...new Set(loaded)].sort()));",
      "})();",
    ].join("\n");
    const output = execFileSync(process.execPath, ["-e", script], {
      // The Lambda runtime finds the SDK it ships on NODE_PATH; here, the project's copy.
      env: { PATH: process.env.PATH ?? "", NODE_PATH: join(PROJECT_ROOT, "node_modules"), ...env },
      encoding: "utf8",
    });
    return JSON.parse(output) as string[];
  }

  it("loads the DynamoDB client's own file while the module loads on the DynamoDB store (Lambda's init phase), and no AWS SDK", () => {
    const loaded = loadedAfterRequire({
      NECK_COACH_STORE: "dynamodb",
      NECK_COACH_TABLE: "neck-coach-users",
      AWS_REGION: "us-east-1",
      // As on Lambda, credentials come from the environment (without them the client would look further, off this machine).
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
    });
    expect(loaded).toEqual([DYNAMO_CLIENT_FILE, "index.js"]);
  });

  it("loads the search's own file only when someone asks the long tail", () => {
    const search = envelope(intentRequest("SearchIntent", { query: raw("query", "foam rolling") }), { session: "new" });
    const launch = envelope(requestOf("LaunchRequest"), { session: "new" });
    expect(loadedAfterRequire({ NECK_COACH_STORE: "memory" }, launch)).toEqual(["index.js"]);
    expect(loadedAfterRequire({ NECK_COACH_STORE: "memory" }, search)).toEqual(["index.js", SEARCH_FILE]);
  });

  it("loads the name-free answer's own file only for a CanFulfillIntentRequest", () => {
    const ask = envelope(requestOf("CanFulfillIntentRequest"), { session: "none" });
    expect(loadedAfterRequire({ NECK_COACH_STORE: "memory" }, ask)).toEqual([CAN_FULFILL_FILE, "index.js"]);
  });

  it("loads neither the AWS SDK nor the DynamoDB client on the memory or file store, and the file store's own file only on the file store", () => {
    expect(loadedAfterRequire({ NECK_COACH_STORE: "memory" })).toEqual(["index.js"]);
    expect(loadedAfterRequire({ NECK_COACH_STORE: "file", NECK_COACH_DATA_DIR: folder })).toEqual([
      FILE_STORE_FILE,
      "index.js",
    ]);
  });
});
