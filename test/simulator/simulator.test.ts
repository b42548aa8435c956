import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentFor, SUPPORTED_LOCALES } from "../../models/locales";
import { buildLambda, LAMBDA_BUNDLE, PROJECT_ROOT } from "../../scripts/lib/bundle";

const WORDS = contentFor("en-US").words;

/** Runs the simulator script over the built bundle with piped input. */
function run(lines: readonly string[], dataDir: string, args: readonly string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--no-warnings", "--import", "tsx", join(PROJECT_ROOT, "scripts", "simulator.ts"), ...args], {
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { ...process.env, NECK_COACH_DATA_DIR: dataDir, NECK_COACH_STORE: "file" },
    timeout: 60_000,
  });
}

/** The simulator's output; fails unless it exits cleanly. */
function simulate(lines: readonly string[], dataDir: string, args: readonly string[] = []): string {
  const result = run(lines, dataDir, args);
  if (result.status !== 0) throw new Error(`simulator exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** `npm start -- ...args` itself, as a newcomer runs it, with piped input. */
function npmStart(args: readonly string[], lines: readonly string[], dataDir: string): SpawnSyncReturns<string> {
  return spawnSync("npm", ["start", "--silent", "--", ...args], {
    cwd: PROJECT_ROOT,
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { ...process.env, NECK_COACH_DATA_DIR: dataDir, NECK_COACH_STORE: "file" },
    timeout: 240_000,
  });
}

const bundleWritten = () => statSync(LAMBDA_BUNDLE).mtimeMs;

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

  it("sends a line the model cannot match to the skill as AMAZON.FallbackIntent and shows its reply, then goes on", () => {
    const out = simulate(["open neck coach", "purple monkey dishwasher", "start the quick routine", "purple monkey dishwasher", "help"], dataDir, ["--reset"]);
    const fallback = (reply: string) => `U: purple monkey dishwasher\n   (not understood: sent as AMAZON.FallbackIntent)\nA: ${reply}\n`;
    expect(out).toContain(fallback(WORDS.fallback.general));
    expect(out).toContain(fallback(WORDS.fallback.routine));
    expect(out).toMatch(/U: help\nA: /);
    expect(out).not.toContain("(the skill failed");
  });

  it("refuses an unknown --locale with the list of known ones, before anything runs", () => {
    const result = run(["open neck coach"], dataDir, ["--locale", "xx-XX"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown locale: xx-XX");
    for (const locale of SUPPORTED_LOCALES) expect(result.stderr).toContain(locale);
    expect(result.stdout).not.toContain("Neck Coach simulator");
  });

  it("accepts a known --locale and hears through that locale's model", () => {
    const lines = ["open neck coach", "i've done my neck in"];
    const british = simulate(lines, dataDir, ["--reset", "--locale", "en-GB"]);
    expect(british).toMatch(/U: open neck coach\nA: Welcome to Neck Coach/);
    expect(british).not.toContain("not understood");
    const american = simulate(lines, dataDir, ["--reset", "--locale", "en-US"]);
    expect(american).toContain("U: i've done my neck in\n   (not understood: sent as AMAZON.FallbackIntent)");
  });

  it("npm start -- --help prints the usage at once, without building", () => {
    const before = bundleWritten();
    const result = npmStart(["--help"], [], dataDir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm start -- \[options\]/);
    expect(result.stdout).toContain(SUPPORTED_LOCALES.join(", "));
    expect(result.stdout).not.toContain("Built ");
    expect(bundleWritten()).toBe(before);
  });

  it("npm start -- --locale xx-XX is refused without building", () => {
    const before = bundleWritten();
    const result = npmStart(["--locale", "xx-XX"], [], dataDir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Known locales: ${SUPPORTED_LOCALES.join(", ")}`);
    expect(result.stdout).not.toContain("Built ");
    expect(bundleWritten()).toBe(before);
  });

  it("npm start builds the bundle, then talks over piped input", { timeout: 300_000 }, () => {
    const before = bundleWritten();
    const result = npmStart(["--fast", "--reset"], ["open neck coach", "quit"], dataDir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Built ${LAMBDA_BUNDLE}`);
    expect(result.stdout).toMatch(/U: open neck coach\nA: Welcome to Neck Coach/);
    expect(bundleWritten()).toBeGreaterThan(before);
  });

  it("walks a routine, keeps progress in the file store across runs, and resets on request", () => {
    const first = simulate(["ask neck coach to start the quick routine", "next", "pause"], dataDir);
    expect(first).toContain("[chime]");
    expect(first).toMatch(/\[pause \d+s\]/);
    expect(first).toMatch(/Paused at the/);
    const second = simulate(["ask neck coach to resume"], dataDir);
    expect(second).toContain("Welcome back to the quick routine. Picking up where you left off.");
    expect(second).toContain("stretch 3 of 3");
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
