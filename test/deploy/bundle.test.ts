/**
 * What goes into the Lambda bundle: only code that runs in Lambda, and
 * ask-sdk-core imported from one module (each importer of a CommonJS package
 * costs a copy of its exports at cold start). The DynamoDB client is bundled
 * (@aws-lite/client, chosen by npm run bench): no store loads the AWS SDK.
 */
import { build, type Metafile } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LAMBDA_BUILD, PROJECT_ROOT } from "../../scripts/lib/bundle";

/** The Lambda bundle, built once with the Lambda's settings for every test here. */
const folder = mkdtempSync(join(tmpdir(), "neck-coach-bundle-"));
const bundlePath = join(folder, "index.js");
/** Every file the bundler read, with its imports. */
let inputs: Metafile["inputs"];
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
    expect([...packages].sort()).toEqual(["@aws-lite/client", "ask-sdk-core", "ask-sdk-model", "ask-sdk-runtime", "aws4"]);
    for (const name of packages) expect(pkg.devDependencies[name], name).toBeUndefined();
    const own = bundled.filter((p) => packageOf(p) === undefined);
    expect(own).toContain("lambda/handlers/launch.ts");
    expect(own.filter((p) => !/^(lambda|models)\//.test(p))).toEqual([]);
    expect(own).not.toContain("models/language/en-US.ts");
    expect(own).not.toContain("models/language/en-synonyms.ts");
    expect(own).not.toContain("models/language/interaction-model.ts");
    expect(own).not.toContain("models/language/manifest.ts");
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
  /** Which AWS SDK packages node has loaded once the module is required, before any request. */
  function sdkPackagesAfterLoad(env: Record<string, string>): string[] {
    const script = [
      `require(${JSON.stringify(bundlePath)});`,
      "const loaded = Object.keys(require.cache).map((f) => /node_modules\\/(@aws-sdk\\/[^/]+)\\//.exec(f)?.[1]).filter(Boolean);",
      "console.log(JSON.stringify([...new Set(loaded)].sort()));",
    ].join("\n");
    const output = execFileSync(process.execPath, ["-e", script], {
      // The Lambda runtime finds the SDK it ships on NODE_PATH; here, the project's copy.
      env: { PATH: process.env.PATH ?? "", NODE_PATH: join(PROJECT_ROOT, "node_modules"), ...env },
      encoding: "utf8",
    });
    return JSON.parse(output) as string[];
  }

  it("does not load the AWS SDK on the DynamoDB store: its client is in the bundle", () => {
    const loaded = sdkPackagesAfterLoad({
      NECK_COACH_STORE: "dynamodb",
      NECK_COACH_TABLE: "neck-coach-users",
      AWS_REGION: "us-east-1",
      // As on Lambda, credentials come from the environment (without them the client would look further, off this machine).
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
    });
    expect(loaded).toEqual([]);
  });

  it("does not load the AWS SDK at all on the memory or file store", () => {
    expect(sdkPackagesAfterLoad({ NECK_COACH_STORE: "memory" })).toEqual([]);
    expect(sdkPackagesAfterLoad({ NECK_COACH_STORE: "file", NECK_COACH_DATA_DIR: folder })).toEqual([]);
  });
});
