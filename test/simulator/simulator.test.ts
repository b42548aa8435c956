import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLambda, PROJECT_ROOT } from "../../scripts/lib/bundle";

/** Runs `npm start`'s simulator over the built bundle with piped input. */
function simulate(lines: readonly string[], dataDir: string, args: readonly string[] = []): string {
  const result = spawnSync(process.execPath, ["--no-warnings", "--import", "tsx", join(PROJECT_ROOT, "scripts", "simulator.ts"), ...args], {
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { ...process.env, NECK_COACH_DATA_DIR: dataDir, NECK_COACH_STORE: "file" },
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`simulator exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

describe("npm start simulator", () => {
  let dataDir: string;
  beforeAll(async () => {
    await buildLambda();
    dataDir = mkdtempSync(join(tmpdir(), "neck-coach-sim-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("holds a conversation from piped input, pauses shown in place", () => {
    const out = simulate(["open neck coach", "how do I do a chin tuck", "no"], dataDir);
    expect(out).toMatch(/U: open neck coach\nA: Welcome to Neck Coach/);
    expect(out).toMatch(/A: Here's the chin tuck\..*\[pause 5s\]/);
    expect(out).toContain("(reprompt:");
    expect(out).toContain("[session open: Alexa is listening]");
    expect(out).toContain("[session ended]");
  });

  it("says plainly when an utterance cannot be matched, and goes on", () => {
    const out = simulate(["open neck coach", "purple monkey dishwasher", "help"], dataDir);
    expect(out).toContain('Alexa would not understand "purple monkey dishwasher"');
    expect(out).toMatch(/U: help\nA: Ask me how to do a stretch/);
  });

  it("walks a routine, keeps progress in the file store across runs, and resets on request", () => {
    const first = simulate(["ask neck coach to start the quick routine", "next", "pause"], dataDir);
    expect(first).toContain("[chime]");
    expect(first).toMatch(/\[pause \d+s\]/);
    expect(first).toMatch(/Paused at the/);
    const second = simulate(["ask neck coach to resume"], dataDir);
    expect(second).toContain("Picking up the quick routine at stretch 2 of 3");
    const reset = simulate(["ask neck coach to resume"], dataDir, ["--reset"]);
    expect(reset).toContain("Stored progress forgotten.");
    expect(reset).toContain("You don't have a routine in progress");
  });

  it("saves a Markdown transcript", () => {
    const file = join(dataDir, "talk.md");
    simulate(["open neck coach", "stop"], dataDir, ["--reset", "--transcript", file]);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^# Neck Coach conversation/);
    expect(text).toContain("**U:** open neck coach");
    expect(text).toMatch(/\*\*A:\*\* Welcome to Neck Coach/);
  });
});
