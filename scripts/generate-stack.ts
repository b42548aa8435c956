/**
 * Writes infra/skill-stack.json, the template ask-cli's CloudFormation deployer
 * reads (ask-resources.json: skillInfrastructure.userConfig.templatePath), from
 * infra/skill-stack.ts, after checking it against the CloudFormation resource
 * specification.
 *
 *   tsx scripts/generate-stack.ts           write the file
 *   tsx scripts/generate-stack.ts --check   write nothing; exit 1 when it is stale or invalid
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildStack } from "../infra/skill-stack";
import { templateProblems } from "../infra/template-check";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const STACK_PATH = join(ROOT, "infra", "skill-stack.json");

/** The exact text of the template file: 2-space JSON and a final newline. */
export function stackText(): string {
  return `${JSON.stringify(buildStack(), null, 2)}\n`;
}

/** Why the committed template cannot be deployed as it is: empty when it can. */
export function stackFileProblems(path = STACK_PATH): string[] {
  const problems = templateProblems(buildStack()).map((problem) => `infra/skill-stack.ts: ${problem}`);
  let committed: string | undefined;
  try {
    committed = readFileSync(path, "utf8");
  } catch {
    committed = undefined;
  }
  if (committed !== stackText())
    problems.push(`${relative(ROOT, path)} is stale (run: npx tsx scripts/generate-stack.ts)`);
  return problems;
}

function main(argv: readonly string[]): number {
  const problems = templateProblems(buildStack());
  if (problems.length > 0) {
    console.error(
      `infra/skill-stack.ts does not match the CloudFormation resource specification:\n  ${problems.join("\n  ")}`,
    );
    return 1;
  }
  const name = relative(ROOT, STACK_PATH);
  if (argv.includes("--check")) {
    const stale = stackFileProblems();
    if (stale.length > 0) {
      console.error(stale.join("\n"));
      return 1;
    }
    console.log(`${name} is up to date.`);
    return 0;
  }
  writeFileSync(STACK_PATH, stackText());
  console.log(`Wrote ${name}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
