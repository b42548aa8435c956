/**
 * What certification looks at besides the skill itself: real icons of the
 * sizes Amazon requires, drawn from docs/icon.svg and uploaded with the skill
 * package; a privacy policy and terms of use in docs/ that say what the skill
 * and its stack really do; no placeholder address anywhere Amazon reads; and a
 * deploy that stops, saying why, while the policy has no public address.
 */
import { Resvg } from "@resvg/resvg-js";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BACKUP_RECOVERY_DAYS, LOG_RETENTION_DAYS } from "../../infra/skill-stack";
import { DISCLAIMER_FULL } from "../../models/content/safety";
import { LANGUAGES, SUPPORTED_LOCALES } from "../../models/language/index";
import { PRIVACY_POLICY_PAGE, SKILL_ICONS, type SkillManifest } from "../../models/language/manifest";
import { deployProblems } from "../../scripts/check-deploy";
import { ICON_FILES, ICON_SOURCE, staleIcons } from "../../scripts/generate-icons";
import { MANIFEST_PATH } from "../../scripts/generate-manifest";
import { PROJECT_ROOT } from "../../scripts/lib/bundle";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header chunk (IHDR), which must come first. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8).equals(PNG_SIGNATURE), "PNG signature").toBe(true);
  expect(file.toString("latin1", 12, 16), "first chunk").toBe("IHDR");
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

const skillPackage = join(PROJECT_ROOT, "skill-package");
const manifest = (JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as SkillManifest).manifest;
const docs = (name: string): string => readFileSync(join(PROJECT_ROOT, "docs", name), "utf8");

describe("the skill's icons", () => {
  it("are PNGs of 108 and 512 pixels square, where the manifest's file:// addresses point in every locale", () => {
    expect(Object.values(SKILL_ICONS).map((icon) => icon.size)).toEqual([108, 512]);
    for (const locale of SUPPORTED_LOCALES) {
      const entry = manifest.publishingInformation.locales[locale];
      for (const [uri, size] of [
        [entry?.smallIconUri, 108],
        [entry?.largeIconUri, 512],
      ] as const) {
        expect(uri, locale).toMatch(/^file:\/\/assets\/images\/[\w-]+\.png$/);
        const file = readFileSync(join(skillPackage, (uri ?? "").slice("file://".length)));
        expect(pngSize(file), `${uri}`).toEqual({ width: size, height: size });
      }
    }
  });

  it("are drawn from docs/icon.svg, which is opaque (the Alexa app crops icons to a circle on its own background)", () => {
    expect(staleIcons(), "stale: run npx tsx scripts/generate-icons.ts").toEqual([]);
    expect(ICON_FILES.map((icon) => relative(skillPackage, icon.path)).sort()).toEqual([
      "assets/images/icon-108.png",
      "assets/images/icon-512.png",
    ]);
    const pixels = new Resvg(readFileSync(ICON_SOURCE, "utf8")).render().pixels;
    const translucent = pixels.filter((value, index) => index % 4 === 3 && value !== 255).length;
    expect(translucent).toBe(0);
  });

  it("make ask-cli upload the skill package with its assets after deploying the stack", () => {
    const load = createRequire(join(PROJECT_ROOT, "node_modules", "ask-cli", "dist", "lib", "index.js"));
    const Manifest = load("./model/manifest.js");
    expect(new Manifest(MANIFEST_PATH).hasIconFileUri()).toBe(true);
  });
});

describe("no placeholder addresses", () => {
  const shipped = ["skill-package", "models", "docs", "infra", "ask-resources.json"];
  const files = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : [path];

  it("remain in anything Amazon or the deploy reads", () => {
    const found = shipped
      .flatMap((path) => files(join(PROJECT_ROOT, path)))
      .filter((path) => !path.endsWith(".png"))
      .filter((path) => /example\.(com|org|net)/i.test(readFileSync(path, "utf8")))
      .map((path) => relative(PROJECT_ROOT, path));
    expect(found).toEqual([]);
  });
});

describe("docs/privacy-policy.md and docs/terms-of-use.md", () => {
  const privacy = docs("privacy-policy.md");
  const terms = docs("terms-of-use.md");

  it("are the pages the manifest links, and link each other", () => {
    expect(PRIVACY_POLICY_PAGE).toBe("privacy-policy.html");
    expect(privacy).toContain("](terms-of-use.md)");
    expect(terms).toContain("](privacy-policy.md)");
  });

  it("tell how to have the record deleted, by voice, with the skill's invocation name", () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(privacy).toContain(`"Alexa, ask ${LANGUAGES[locale].invocationName} to forget me."`);
    }
    expect(privacy).toMatch(/Disabling the skill does not delete your record by itself/);
  });

  it("give the retention the stack really sets: logs, and point-in-time backups of deleted records", () => {
    expect(privacy).toContain(`deleted after ${LOG_RETENTION_DAYS} days`);
    expect(privacy).toContain(`for up to ${BACKUP_RECOVERY_DAYS} days`);
    const region = JSON.parse(readFileSync(join(PROJECT_ROOT, "ask-resources.json"), "utf8")).profiles.default
      .skillInfrastructure.userConfig.awsRegion;
    expect(privacy).toContain(`AWS region ${region}`);
  });

  it("carry the skill's medical disclaimer in the terms, word for word", () => {
    expect(terms).toContain(DISCLAIMER_FULL);
  });
});

describe("npm run deploy's checks (scripts/check-deploy.ts)", () => {
  it("stop the deploy while the privacy policy has no public address, saying what to set", () => {
    const problems = deployProblems("");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/PUBLIC_PAGES_URL in models\/language\/manifest\.ts is empty.*docs\//);
  });

  it("find nothing else to stop for: the manifest, the icons and the template are generated and current", () => {
    expect(deployProblems("https://owner.github.io/neck-coach")).toEqual([]);
  });
});
