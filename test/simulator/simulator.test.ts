import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { REMINDER_WORDS } from "../../models/content/reminders";
import { contentFor, SUPPORTED_LOCALES } from "../../models/locales";
import { buildLambda, LAMBDA_BUNDLE, PROJECT_ROOT } from "../../scripts/lib/bundle";
import { bundleStale } from "../../scripts/lib/bundle-fresh";

const WORDS = contentFor("en-US").words;
const LISTEN_MODEL = join(import.meta.dirname, "fixtures", "listen-model.json");

const SIMULATOR = ["--no-warnings", "--import", "tsx", join(PROJECT_ROOT, "scripts", "simulator.ts")];

/** Runs the simulator script over the built bundle with piped input (exact matching unless `args` ask for a stand-in). */
function run(
  lines: readonly string[],
  dataDir: string,
  args: readonly string[] = ["--exact"],
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...SIMULATOR, ...args], {
    input: `${lines.join("\n")}\n`,
    encoding: "utf8",
    env: { ...process.env, NECK_COACH_DATA_DIR: dataDir, NECK_COACH_STORE: "file", ...env },
    timeout: 240_000,
  });
}

/** The simulator's output; fails unless it exits cleanly. */
function simulate(
  lines: readonly string[],
  dataDir: string,
  args: readonly string[] = ["--exact"],
  env: Record<string, string> = {},
): string {
  const result = run(lines, dataDir, args, env);
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
    if (bundleStale()) await buildLambda();
    dataDir = mkdtempSync(join(tmpdir(), "neck-coach-sim-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("holds a conversation from piped input, pauses shown in place", () => {
    const out = simulate(["open neck coach", "how do I do a chin tuck", "no"], dataDir);
    expect(out).toMatch(/U: open neck coach\nA: Welcome to Neck Coach/);
    expect(out).toMatch(
      /U: how do I do a chin tuck\n {3}\(heard as \w+, exact\)\nA: Here's the chin tuck\..*\[pause 5s\]/,
    );
    expect(out).toContain("(reprompt:");
    expect(out).toContain("[session open: Alexa is listening]");
    expect(out).toContain("[session ended]");
  });

  it("sends a line the model cannot match to the skill as AMAZON.FallbackIntent and shows its reply, then goes on", () => {
    const out = simulate(
      ["open neck coach", "purple monkey dishwasher", "start the quick routine", "purple monkey dishwasher", "help"],
      dataDir,
      ["--exact", "--reset"],
    );
    const fallback = (reply: string) =>
      `U: purple monkey dishwasher\n   (not understood: sent as AMAZON.FallbackIntent)\nA: ${reply}\n`;
    expect(out).toContain(fallback(`${WORDS.fallback.sorry[0]} ${WORDS.fallback.idleChoices}`));
    expect(out).toContain(fallback(`${WORDS.fallback.sorry[0]} ${WORDS.fallback.routineChoices}`));
    expect(out).toMatch(/U: help\n {3}\(heard as AMAZON\.HelpIntent, exact\)\nA: /);
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
    const british = simulate(lines, dataDir, ["--exact", "--reset", "--locale", "en-GB"]);
    expect(british).toMatch(/U: open neck coach\nA: Welcome to Neck Coach/);
    expect(british).not.toContain("not understood");
    const american = simulate(lines, dataDir, ["--exact", "--reset", "--locale", "en-US"]);
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

  it("npm start builds the bundle when the code changed since, saying so, and not when nothing did", {
    timeout: 300_000,
  }, () => {
    const old = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    utimesSync(LAMBDA_BUNDLE, old, old);
    const first = npmStart(["--fast", "--reset", "--exact"], ["open neck coach", "quit"], dataDir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^building the skill\.\.\.\nBuilt /m);
    expect(first.stdout).toContain(`Built ${LAMBDA_BUNDLE}`);
    expect(first.stdout).toMatch(/U: open neck coach\nA: Welcome to Neck Coach/);
    expect(bundleWritten()).toBeGreaterThan(old.getTime());
    const again = npmStart(["--fast", "--exact"], ["quit"], dataDir);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).not.toContain("building");
  });

  it("walks a routine, keeps progress in the file store across runs, and resets on request", () => {
    const first = simulate(["ask neck coach to start the quick routine", "next", "pause"], dataDir);
    expect(first).toContain("[chime]");
    expect(first).toMatch(/\[pause \d+s\]/);
    expect(first).toMatch(/Paused after the/);
    const second = simulate(["ask neck coach to resume"], dataDir);
    expect(second).toContain("Back to the quick routine, picking up where you left off.");
    expect(second).toContain("stretch 3 of 3");
    const reset = simulate(["ask neck coach to resume"], dataDir, ["--exact", "--reset"]);
    expect(reset).toContain("Stored progress forgotten.");
    expect(reset).toContain("You don't have a routine in progress");
  });

  it("sets a daily reminder as an Echo would, kept across runs, and stops it", () => {
    const dir = mkdtempSync(join(tmpdir(), "neck-coach-sim-reminders-"));
    try {
      const set = simulate(["remind me to stretch every day at 7 pm"], dir);
      expect(set).toContain(REMINDER_WORDS.set("19:00"));
      const later = simulate(["what reminders do i have", "stop reminding me", "what reminders do i have"], dir);
      expect(later).toContain(REMINDER_WORDS.listed(["19:00"]));
      expect(later).toContain(REMINDER_WORDS.cancelled);
      expect(later).toContain(REMINDER_WORDS.none);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("saves a Markdown transcript", () => {
    const file = join(dataDir, "talk.md");
    simulate(["open neck coach", "stop"], dataDir, ["--exact", "--reset", "--transcript", file]);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^# Neck Coach conversation/);
    expect(text).toContain("**U:** open neck coach");
    expect(text).toMatch(/\*\*A:\*\* Welcome to Neck Coach/);
  });

  it("hears through the statistical stand-in what no sample matches, says so, and trains it once per model", () => {
    const cache = mkdtempSync(join(tmpdir(), "neck-coach-nlu-cache-"));
    onTestFinished(() => rmSync(cache, { recursive: true, force: true }));
    const lines = ["open neck coach", "i am in need of some assistance please", "purple monkey dishwasher"];
    const args = ["--reset", "--nlu-model", LISTEN_MODEL];
    const first = simulate(lines, dataDir, args, { NECK_COACH_NLU_CACHE: cache });
    expect(first).toContain("building the statistical stand-in");
    expect(first).toMatch(
      /U: i am in need of some assistance please\n {3}\(heard as AMAZON\.HelpIntent, statistical\)\nA: /,
    );
    expect(first).toContain("U: purple monkey dishwasher\n   (not understood: sent as AMAZON.FallbackIntent)");
    expect(readdirSync(cache).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    const second = simulate(lines, dataDir, args, { NECK_COACH_NLU_CACHE: cache });
    expect(second).not.toContain("building");
    expect(second).toContain("(heard as AMAZON.HelpIntent, statistical)");
    const exact = simulate(lines, dataDir, ["--exact", ...args], { NECK_COACH_NLU_CACHE: cache });
    expect(exact).toContain(
      "U: i am in need of some assistance please\n   (not understood: sent as AMAZON.FallbackIntent)",
    );
  });

  it("in real time, a line typed while a reply plays interrupts it and is sent at once", {
    timeout: 60_000,
  }, async () => {
    const child = spawn(process.execPath, [...SIMULATOR, "--exact", "--real-time", "--reset"], {
      env: { ...process.env, NECK_COACH_DATA_DIR: dataDir, NECK_COACH_STORE: "file" },
    });
    let out = "";
    const waiting: { pattern: RegExp; resolve: () => void }[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      for (const w of waiting.filter((w) => w.pattern.test(out))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    });
    const seen = (pattern: RegExp) =>
      new Promise<void>((resolve) => (pattern.test(out) ? resolve() : waiting.push({ pattern, resolve })));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.stdin.write("ask neck coach to start the quick routine\n");
    // The routine's first reply holds a stretch for many seconds; "stop" is typed as soon as it starts playing.
    await seen(/A: \S/);
    child.stdin.write("stop\n");
    await seen(/U: stop\n {3}\(heard as AMAZON\.StopIntent, exact\)\nA: \S/);
    // "quit" cuts the reply to "stop" short in turn, and leaves.
    child.stdin.end("quit\n");
    expect(await exited).toBe(0);
    const lines = out.split("\n");
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    const stop = at(/^U: stop$/);
    expect(at(/ \(interrupted\)$/)).toBeGreaterThan(at(/^U: ask neck coach to start the quick routine$/));
    expect(at(/ \(interrupted\)$/)).toBeLessThan(stop);
    expect(lines.slice(stop).some((line) => line.endsWith(" (interrupted)"))).toBe(true);
    expect(lines.at(-2)).toBe("Goodbye.");
  });
});

/**
 * The interaction model as it stands, through the stand-in kept in the cache
 * that npm start uses (trained here only when the model changed since): the
 * README's examples and everyday replies are understood, by whichever matcher.
 */
describe("npm start understands the README's examples", () => {
  let dataDir: string;
  beforeAll(async () => {
    if (bundleStale()) await buildLambda();
    dataDir = mkdtempSync(join(tmpdir(), "neck-coach-sim-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const LINES = [
    "alexa ask neck coach",
    "start my routine",
    "slower",
    "hold it longer",
    "just count",
    "more detail",
    "what's next",
    "that hurts",
    "go back",
    "how do I do a neck retraction",
    "why does my neck hurt after the gym",
    "should I use ice or heat",
    "help",
    "yeah sure",
    "bye",
  ];

  it("each line is heard as an intent, none sent as AMAZON.FallbackIntent", { timeout: 240_000 }, () => {
    const out = simulate(LINES, dataDir, ["--fast", "--reset"]);
    expect(out).not.toContain("not understood");
    expect(out).not.toContain("(the skill failed");
    const heard = [...out.matchAll(/^U: (.+)\n {3}\(heard as [\w.]+, (?:exact|statistical)\)\nA: /gm)].map((m) => m[1]);
    expect(heard).toEqual(LINES.slice(1));
    expect(out).toMatch(/^U: alexa ask neck coach\nA: Welcome/m);
  });
});
