/**
 * What goes into the Lambda bundle: only code that runs in Lambda, and
 * ask-sdk-core imported from one module (each importer of a CommonJS package
 * costs a copy of its exports at cold start).
 */
import { build, type Metafile } from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LAMBDA_BUILD, PROJECT_ROOT } from "../../scripts/lib/bundle";

/** Every file the bundler read, with its imports. */
let inputs: Metafile["inputs"];
/** The files that left code in the bundle (the rest were read, then shaken out). */
let bundled: string[];

beforeAll(async () => {
  const result = await build({
    ...LAMBDA_BUILD,
    entryPoints: [join(PROJECT_ROOT, "lambda", "index.ts")],
    write: false,
    outfile: "index.js",
    sourcemap: false,
    metafile: true,
  });
  inputs = result.metafile.inputs;
  const output = Object.values(result.metafile.outputs)[0];
  bundled = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
});

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
