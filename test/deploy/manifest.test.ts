/**
 * What Amazon receives and how it is deployed: skill.json is generated and
 * current, complete for certification in every locale, its example phrases
 * are real utterances of the interaction model, its interfaces are
 * implemented; ask-resources.json deploys the bundle that the build writes,
 * on the runtime it targets; ask-cli is a pinned development tool.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Intent, RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { describe, expect, it, vi } from "vitest";
import { InteractionModel } from "virtual-alexa/lib/src/model/InteractionModel";
import { Utterance } from "virtual-core";
import { contentFor } from "../../models/locales";
import { LANGUAGES, SUPPORTED_LOCALES } from "../../models/language/index";
import {
  buildManifest,
  manifestWithDeployment,
  privacyPolicyUrl,
  SKILL_ICONS,
  SKILL_INTERFACES,
  type SkillManifest,
} from "../../models/language/manifest";
import { MemoryStore } from "../../lambda/persistence/memory-store";
import { buildSkill } from "../../lambda/skill";
import { LAMBDA_BUILD, LAMBDA_BUNDLE, PROJECT_ROOT } from "../../scripts/lib/bundle";
import { expectedManifest, MANIFEST_PATH, readManifest } from "../../scripts/generate-manifest";

const GENERATE = "npx tsx scripts/generate-manifest.ts (or npm run model)";

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, read by path in assertions
function readJson(...path: string[]): any {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, ...path), "utf8"));
}

const committed = readManifest() as SkillManifest | undefined;
const manifest = (committed ?? buildManifest()).manifest;

function loadModel(locale: string): InteractionModel {
  const path = join(PROJECT_ROOT, "skill-package", "interactionModels", "custom", `${locale}.json`);
  return InteractionModel.fromJSON(JSON.parse(readFileSync(path, "utf8")));
}

describe("skill.json", () => {
  it("is committed and up to date with models/language/manifest.ts", () => {
    expect(committed, `${MANIFEST_PATH} is missing: run ${GENERATE}`).toBeDefined();
    expect(committed, `skill-package/skill.json is stale: run ${GENERATE}`).toEqual(
      JSON.parse(JSON.stringify(expectedManifest(committed))),
    );
  });

  it("keeps the endpoint that ask deploy wrote when it is regenerated", () => {
    const endpoint = { uri: "arn:aws:lambda:us-east-1:123456789012:function:neck-coach" };
    const deployed = { manifest: { apis: { custom: { endpoint, interfaces: [] } } } };
    const kept = manifestWithDeployment(deployed);
    expect(kept.manifest.apis.custom.endpoint).toEqual(endpoint);
    expect(kept.manifest.apis.custom.interfaces).toEqual(buildManifest().manifest.apis.custom.interfaces);
    expect(manifestWithDeployment(undefined)).toEqual(buildManifest());
  });

  it("is manifest version 1.0, for health and fitness, in the supported countries only", () => {
    expect(manifest.manifestVersion).toBe("1.0");
    const pub = manifest.publishingInformation;
    expect(pub.category).toBe("HEALTH_AND_FITNESS");
    expect(pub.isAvailableWorldwide).toBe(false);
    expect([...pub.distributionCountries].sort()).toEqual(["AU", "CA", "GB", "IN", "US"]);
    expect(pub.testingInstructions.length).toBeGreaterThan(100);
    expect(pub.testingInstructions.length).toBeLessThanOrEqual(4000);
  });

  it("declares privacy and compliance answers, and links the privacy policy in every locale once its address is set", () => {
    const privacy = manifest.privacyAndCompliance;
    expect(privacy).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
    const expected = privacyPolicyUrl();
    if (expected === undefined) expect(privacy.locales, "no address while PUBLIC_PAGES_URL is empty").toBeUndefined();
    else
      expect(privacy.locales).toEqual(
        Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, { privacyPolicyUrl: expected }])),
      );
    // With an address: the privacy policy page in every locale, and no optional terms of use link.
    const published = buildManifest("https://owner.github.io/neck-coach/").manifest.privacyAndCompliance.locales ?? {};
    expect(Object.keys(published).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const urls of Object.values(published)) {
      expect(urls).toEqual({ privacyPolicyUrl: "https://owner.github.io/neck-coach/privacy-policy.html" });
    }
  });

  it("asks for the reminders permission alone, and leaves the endpoint to ask deploy", () => {
    expect(manifest.permissions).toEqual([{ name: "alexa::alerts:reminders:skill:readwrite" }]);
    const endpoint = manifest.apis.custom.endpoint as { uri?: string } | undefined;
    if (endpoint !== undefined) expect(endpoint.uri).toMatch(/^(arn:aws:lambda:|https:\/\/)/);
  });

  it("lists the interfaces the skill implements", () => {
    const types = manifest.apis.custom.interfaces.map((i) => i.type);
    expect(types).toEqual([...SKILL_INTERFACES]);
    expect([...types].sort()).toEqual(["ALEXA_PRESENTATION_APL", "CAN_FULFILL_INTENT_REQUEST"]);
  });

  const application = { applicationId: "amzn1.ask.skill.test" };
  const teachChinTuck = (): { requestId: string; timestamp: string; locale: string; intent: Intent } => ({
    requestId: "request-interfaces",
    timestamp: new Date().toISOString(),
    locale: "en-US",
    intent: {
      name: "TeachStretchIntent",
      confirmationStatus: "NONE",
      slots: {
        stretch: {
          name: "stretch",
          value: "chin tuck",
          confirmationStatus: "NONE",
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: "amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.STRETCH_NAME",
                status: { code: "ER_SUCCESS_MATCH" },
                values: [{ value: { name: "chin tuck", id: "chin-tuck" } }],
              },
            ],
          },
        },
      },
    },
  });

  it("CAN_FULFILL_INTENT_REQUEST: the skill answers CanFulfillIntentRequest", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    const envelope: RequestEnvelope = {
      version: "1.0",
      context: {
        System: {
          application,
          user: { userId: "amzn1.ask.account.manifest-test" },
          apiEndpoint: "https://api.amazonalexa.com",
        },
      },
      request: { type: "CanFulfillIntentRequest", ...teachChinTuck() },
    };
    const response: ResponseEnvelope = await skill.invoke(envelope);
    expect(response.response.canFulfillIntent?.canFulfill).toMatch(/^(YES|NO|MAYBE)$/);
  });

  it("ALEXA_PRESENTATION_APL: the skill renders APL on a device that supports it", async () => {
    const skill = buildSkill({ store: new MemoryStore() });
    const user = { userId: "amzn1.ask.account.manifest-test" };
    const envelope: RequestEnvelope = {
      version: "1.0",
      session: { new: true, sessionId: "session-apl", application, user },
      context: {
        System: {
          application,
          user,
          apiEndpoint: "https://api.amazonalexa.com",
          device: {
            deviceId: "device-apl",
            supportedInterfaces: { "Alexa.Presentation.APL": { runtime: { maxVersion: "2023.3" } } } as never,
          },
        },
      },
      request: { type: "IntentRequest", dialogState: "COMPLETED", ...teachChinTuck() },
    };
    const response: ResponseEnvelope = await skill.invoke(envelope);
    const types = (response.response.directives ?? []).map((d) => d.type);
    expect(types).toContain("Alexa.Presentation.APL.RenderDocument");
  });

  describe.each(SUPPORTED_LOCALES)("locale %s", (locale) => {
    const entry = manifest.publishingInformation.locales[locale];
    const invocation = LANGUAGES[locale].invocationName;

    it("has every store field certification needs", () => {
      expect(entry).toBeDefined();
      if (!entry) return;
      expect(entry.name).toBe("Neck Coach");
      expect(entry.summary.length).toBeGreaterThan(20);
      expect(entry.summary.length).toBeLessThanOrEqual(160);
      expect(entry.description.length).toBeGreaterThan(entry.summary.length);
      expect(entry.description.length).toBeLessThanOrEqual(4000);
      expect(entry.examplePhrases.length).toBeGreaterThanOrEqual(1);
      expect(entry.examplePhrases.length).toBeLessThanOrEqual(3);
      expect(entry.keywords.length).toBeGreaterThan(0);
      expect(entry.keywords.length).toBeLessThanOrEqual(30);
      for (const keyword of entry.keywords) expect(keyword.trim()).toBe(keyword);
      expect(entry.smallIconUri).toBe(SKILL_ICONS.small.uri);
      expect(entry.largeIconUri).toBe(SKILL_ICONS.large.uri);
    });

    it("carries the full medical disclaimer in the description", () => {
      const description = entry?.description ?? "";
      expect(description).toContain(contentFor(locale).safety.disclaimerFull);
      expect(description).toMatch(/not a substitute for professional medical advice, diagnosis or treatment/);
      expect(description).toMatch(/emergency, call your doctor or your local emergency number/);
    });

    it("opens with a launch phrase, and every other example phrase is a sample utterance", () => {
      const phrases = entry?.examplePhrases ?? [];
      expect(phrases[0]).toBe(`Alexa, open ${invocation}`);
      const model = loadModel(locale);
      const launch = new RegExp(`^Alexa, (?:open|launch|start) ${invocation}$`);
      const oneShot = new RegExp(`^Alexa, (?:ask|tell) ${invocation} (?:to )?(.+)$`);
      let slotsChecked = 0;
      for (const phrase of phrases) {
        expect(phrase, "no trailing punctuation").not.toMatch(/[.?!,]$/);
        if (launch.test(phrase)) continue;
        const rest = oneShot.exec(phrase)?.[1];
        expect(rest, `"${phrase}" is neither a launch nor "Alexa, ask ${invocation} ..."`).toBeDefined();
        const utterance = new Utterance(model, rest ?? "");
        expect(utterance.matched(), `"${rest}" matches no sample utterance of ${locale}`).toBe(true);
        expect(utterance.intent()).not.toBe("AMAZON.FallbackIntent");
        // Any slot the phrase fills holds a value the slot type knows.
        for (const [slot, value] of Object.entries(utterance.toJSON() as Record<string, string>)) {
          const intent = model.intentSchema.intent(utterance.intent());
          const type = intent?.slotForName(slot)?.type;
          expect(type, `slot ${slot} of ${utterance.intent()}`).toBeDefined();
          expect(model.slotTypes.matchesSlot(type ?? "", value).matches, `"${value}" is not a ${type}`).toBe(true);
          slotsChecked += 1;
        }
      }
      expect(slotsChecked, "the one-shot phrases show slot values").toBeGreaterThan(0);
    });
  });
});

describe("ask-resources.json", () => {
  const resources = readJson("ask-resources.json");
  const profile = resources.profiles?.default;
  const userConfig = profile?.skillInfrastructure?.userConfig;

  it("is an ask-cli v2 project with a default profile", () => {
    expect(resources.askcliResourcesVersion).toBe("2020-03-31");
    expect(profile).toBeDefined();
    expect(resolve(PROJECT_ROOT, profile.skillMetadata.src)).toBe(dirname(MANIFEST_PATH));
  });

  it("deploys with ask-cli's CloudFormation deployer on nodejs22.x, the runtime the bundle targets", () => {
    expect(profile.skillInfrastructure.type).toBe("@ask-cli/cfn-deployer");
    expect(userConfig.runtime).toBe("nodejs22.x");
    expect(LAMBDA_BUILD.target).toBe("node22");
    expect(userConfig.awsRegion).toBe("us-east-1");
    expect(userConfig.templatePath).toBe("./infra/skill-stack.json");
  });

  it("uploads the folder the build writes, and names its module and export as the handler", async () => {
    expect(resolve(PROJECT_ROOT, profile.code.default.src)).toBe(dirname(LAMBDA_BUNDLE));
    expect(userConfig.handler).toBe("index.handler");
    const [moduleName, exportName] = userConfig.handler.split(".");
    expect(`${moduleName}.js`).toBe(basename(LAMBDA_BUNDLE));
    vi.stubEnv("NECK_COACH_STORE", "memory");
    try {
      const entry = (await import("../../lambda/index")) as Record<string, unknown>;
      expect(typeof entry[exportName ?? ""]).toBe("function");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("package.json", () => {
  const pkg = readJson("package.json");

  it("pins antlr4ts, without which ask-cli 2.30.7 crashes at start", () => {
    expect(pkg.overrides?.antlr4ts).toBe("0.5.0-alpha.4");
  });

  it("has ask-cli as a pinned development tool only", () => {
    expect(pkg.devDependencies?.["ask-cli"]).toBe("2.30.7");
    expect(pkg.dependencies?.["ask-cli"]).toBeUndefined();
  });

  it("deploys what it has just built, after the deploy checks, and regenerates the manifest with the model", () => {
    expect(pkg.scripts.deploy).toBe("npm run build && tsx scripts/check-deploy.ts && ask deploy");
    expect(pkg.scripts.build).toMatch(/^tsc --noEmit -p \. && /);
    expect(pkg.scripts.model).toContain("scripts/generate-manifest.ts");
    expect(pkg.scripts["model:check"]).toContain("scripts/generate-manifest.ts --check");
  });

  it("needs the Node.js version the README names, and recommends the Lambda's", () => {
    expect(pkg.engines).toEqual({ node: "^20.19.0 || ^22.13.0 || >=24.0.0" });
    const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
    const tryIt = readme.slice(readme.indexOf("## Try it"), readme.indexOf("## ", readme.indexOf("## Try it") + 1));
    expect(tryIt.replace(/\s+/g, " ")).toMatch(
      /Node\.js 20\.19 or later on the 20 line, 22\.13 or later on the 22 line, or 24 and later .* Node\.js 22 is recommended/,
    );
  });

  it("matches package-lock.json, so npm install on a fresh clone leaves the lockfile unchanged", () => {
    const lock = readJson("package-lock.json");
    const root = lock.packages[""];
    for (const field of ["name", "version", "license", "engines", "dependencies", "devDependencies"]) {
      expect(root[field], `package-lock.json's ${field} (run npm install and commit the lockfile)`).toEqual(pkg[field]);
    }
    for (const [name, range] of Object.entries<string>({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const locked = lock.packages[`node_modules/${name}`];
      expect(locked, `${name} is in package-lock.json`).toBeDefined();
      if (/^\d/.test(range)) expect(locked.version, `${name} is locked at its pin`).toBe(range);
    }
  });

  it("runs the tests with the AWS SDKs' own switches for their notices, which quiet them and nothing else", () => {
    // The SDK v2 (inside virtual-alexa) prints an end-of-support note; the SDK v3 a Node.js version notice below 22.
    const [, assignments = "", command] = /^((?:[A-Z_]+=\S+ )*)(.*)$/.exec(pkg.scripts.test) ?? [];
    expect(command).toBe("vitest run");
    const switches = Object.fromEntries(
      assignments
        .trim()
        .split(/\s+/)
        .map((pair) => pair.split("=")),
    );
    expect(Object.keys(switches).sort()).toEqual([
      "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED",
      "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE",
    ]);
    const loadBothSdks = [
      'require("virtual-alexa");',
      'const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");',
      'new DynamoDBClient({ region: "us-east-1" });',
    ].join("\n");
    const stderr = (env: NodeJS.ProcessEnv): string =>
      spawnSync(process.execPath, ["-e", loadBothSdks], { cwd: PROJECT_ROOT, env, encoding: "utf8" }).stderr;
    const { AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED, ...plain } =
      process.env;
    expect(stderr(plain)).toContain("The AWS SDK for JavaScript (v2) has reached end-of-support");
    expect(stderr({ ...plain, ...switches })).toBe("");
    // A real warning still shows: the switches are not a way of hiding every warning.
    expect(
      spawnSync(process.execPath, ["-e", 'process.emitWarning("still shown")'], {
        env: { ...plain, ...switches },
        encoding: "utf8",
      }).stderr,
    ).toContain("still shown");
  });
});
