/**
 * docs/privacy-policy.md names who is responsible for the data and how to
 * reach them, why the data may be kept, and on what basis it moves from the
 * United Kingdom and India to the United States (issue 23, finding 7). The
 * controller and contact come from docs/_config.yml, the one setting of the
 * published docs, which also holds where they are published.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_PAGES_URL } from "../../models/language/manifest";
import { PROJECT_ROOT } from "../../scripts/lib/bundle";

const policy = readFileSync(join(PROJECT_ROOT, "docs", "privacy-policy.md"), "utf8");
const configText = readFileSync(join(PROJECT_ROOT, "docs", "_config.yml"), "utf8");
/** docs/_config.yml's top-level quoted strings. */
const config: Record<string, string> = Object.fromEntries(
  [...configText.matchAll(/^(\w+):\s*"([^"]*)"\s*$/gm)].map((m) => [m[1], m[2]]),
);

/** The text of the section under `heading`, up to the next. */
function section(heading: string): string {
  const start = policy.indexOf(`## ${heading}\n`);
  if (start < 0) return "";
  const end = policy.indexOf("\n## ", start + 1);
  return policy.slice(start, end < 0 ? undefined : end).replace(/\s+/g, " ");
}

describe("the privacy policy", () => {
  it("names the controller and a contact, both from docs/_config.yml", () => {
    expect(Object.keys(config).sort()).toEqual(["baseurl", "contact", "controller", "url"]);
    const responsible = section("Who is responsible");
    expect(responsible).toContain("{{ site.controller }}");
    expect(responsible).toContain("{{ site.contact }}");
    expect(section("Questions")).toContain("{{ site.contact }}");
    // Every Liquid variable the page uses is one the setting defines.
    const used = [...policy.matchAll(/\{\{\s*site\.(\w+)\s*\}\}/g)].map((m) => m[1] ?? "");
    for (const name of used) expect(config, name).toHaveProperty(name);
  });

  it("is published where the manifest says, and names someone once it is", () => {
    const published = `${config.url ?? ""}${config.baseurl ?? ""}`;
    const pagesUrl: string = PUBLIC_PAGES_URL;
    if (pagesUrl === "") return expect(published).toBe("");
    expect(published).toBe(pagesUrl.replace(/\/+$/, ""));
    expect(config.controller).not.toBe("");
    expect(config.contact).not.toBe("");
  });

  it("gives a lawful basis for the UK and EEA, and for India", () => {
    const why = section("Why it may be kept");
    expect(why).toMatch(/UK GDPR/);
    expect(why).toMatch(/Article 6\(1\)\(b\)/);
    expect(why).toMatch(/Digital Personal Data Protection Act, 2023/);
    expect(why).toMatch(/consent/);
  });

  it("says what the record keeps, the time zone and the reminder included, and the permission the manifest asks for", () => {
    const keeps = section("What Neck Coach keeps");
    expect(keeps).toMatch(/time zone/);
    expect(keeps).toMatch(/daily stretch reminder/);
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "skill-package", "skill.json"), "utf8")) as {
      manifest: { permissions?: { name: string }[] };
    };
    const asked = (manifest.manifest.permissions ?? []).map((p) => p.name);
    expect(asked).toEqual(["alexa::alerts:reminders:skill:readwrite"]);
    expect(section("What Neck Coach does not keep")).toMatch(/only permission the skill asks for is to set reminders/);
    expect(policy).not.toMatch(/asks for no permissions/);
    expect(section("How long it is kept, and how to delete it")).toMatch(
      /reminder the skill set for you is turned off/,
    );
  });

  it("gives the basis for moving GB and IN users' data to the United States", () => {
    const moving = section("Moving it to the United States");
    expect(moving).toMatch(/From the United Kingdom:[^.]*UK International Data Transfer Addendum/);
    expect(moving).toMatch(/From India:[^;]*section 16/);
  });
});
