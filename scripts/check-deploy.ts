/**
 * Run by `npm run deploy` after the type check and the bundle, before ask-cli:
 * stops the deploy, saying what to do, while something would reach Amazon
 * wrong. It checks that the privacy policy's address is set, and that the
 * skill manifest, the icons and the CloudFormation template are generated from
 * their sources (the template also against the resource specification).
 */
import { isDeepStrictEqual } from "node:util";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { privacyPolicyUrl, PUBLIC_PAGES_URL } from "../models/language/manifest";
import { staleIcons } from "./generate-icons";
import { expectedManifest, readManifest } from "./generate-manifest";
import { stackFileProblems } from "./generate-stack";

/** Why the project cannot be deployed as it is: empty when it can. */
export function deployProblems(pagesUrl: string = PUBLIC_PAGES_URL): string[] {
  const problems: string[] = [];
  if (privacyPolicyUrl(pagesUrl) === undefined) {
    problems.push(
      "PUBLIC_PAGES_URL in models/language/manifest.ts is empty. Publish docs/ (for example with GitHub Pages, " +
        "from the docs folder), set PUBLIC_PAGES_URL to its address, then run npm run model. " +
        "Certification needs the privacy policy at a public address.",
    );
  }
  const manifest = readManifest();
  if (manifest === undefined || !isDeepStrictEqual(manifest, JSON.parse(JSON.stringify(expectedManifest(manifest))))) {
    problems.push("skill-package/skill.json is stale (run: npm run model)");
  }
  for (const icon of staleIcons()) problems.push(`${icon} is stale (run: npx tsx scripts/generate-icons.ts)`);
  problems.push(...stackFileProblems());
  return problems;
}

function main(): number {
  const problems = deployProblems();
  if (problems.length === 0) return 0;
  console.error(`Not deploying:\n- ${problems.join("\n- ")}`);
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
