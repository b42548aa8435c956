/**
 * npm start: talk to Neck Coach in a terminal, through the real interaction
 * model and the built Lambda bundle, as an Echo would. Type what you would
 * say to Alexa.
 *
 *   open neck coach                        launch
 *   ask neck coach how to do a chin tuck   one-shot
 *   quit                                   leave
 *
 * A line the model cannot match reaches the skill as AMAZON.FallbackIntent.
 * In real time, each reply takes as long as it would to hear: words at 150 a
 * minute, every pause and chime. The options are checked before anything is
 * built, so --help and a wrong --locale answer at once.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { isSupportedLocale, SUPPORTED_LOCALES } from "../models/locales";
import { LAMBDA_BUNDLE, PROJECT_ROOT } from "./lib/bundle";
import { segmentText, ssmlToText } from "./lib/speech-text";
import { timedSegments, WORDS_PER_MINUTE } from "./lib/speech-timing";
import type { SkillHandler, Turn } from "./lib/virtual-device";

interface Options {
  fast: boolean;
  voice: boolean;
  locale: string;
  transcript?: string;
  reset: boolean;
  /** Build the Lambda bundle before starting (npm start passes it). */
  build: boolean;
}

const USAGE = `Usage: npm start -- [options]

Talk to Neck Coach through the real interaction model, as an Echo would.

  --fast              no real-time waits (implied when input is piped)
  --voice             also speak each reply through espeak-ng
  --locale LOCALE     ${SUPPORTED_LOCALES.join(", ")} (default en-US)
  --transcript FILE   save the conversation as Markdown
  --reset             forget the local user's stored progress
  --build             build the Lambda bundle first (npm start does)
  -h, --help          print this and leave`;

/** Stops with a message and exit status 2: the command line was wrong. */
function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { fast: !process.stdin.isTTY, voice: false, locale: "en-US", reset: false, build: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--fast") options.fast = true;
    else if (arg === "--voice") options.voice = true;
    else if (arg === "--reset") options.reset = true;
    else if (arg === "--build") options.build = true;
    else if (arg === "--locale") options.locale = argv[++i] ?? refuse("--locale needs a value, one of: " + SUPPORTED_LOCALES.join(", "));
    else if (arg === "--transcript") options.transcript = argv[++i] ?? refuse("--transcript needs a file name");
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else refuse(`Unknown option: ${arg}\n\n${USAGE}`);
  }
  if (!isSupportedLocale(options.locale)) {
    refuse(`Unknown locale: ${options.locale}. Known locales: ${SUPPORTED_LOCALES.join(", ")}`);
  }
  return options;
}

/** npm run build: the type check, then the bundle. Stops the simulator if it fails. */
function build(): void {
  const result = spawnSync("npm", ["run", "build", "--silent"], { cwd: PROJECT_ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    console.error("The build failed: fix what it reports, then npm start again.");
    process.exit(1);
  }
}

const LOCAL_USER = "amzn1.ask.account.NECK-COACH-LOCAL-USER";
const DATA_DIR = process.env.NECK_COACH_DATA_DIR ?? join(PROJECT_ROOT, ".data");

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** Waits out a pause in real time, with a progress bar on the line. */
async function waitPause(seconds: number): Promise<void> {
  const width = 20;
  const tick = 0.25;
  for (let elapsed = 0; elapsed < seconds; elapsed += tick) {
    const done = Math.round((elapsed / seconds) * width);
    const left = Math.ceil(seconds - elapsed);
    if (process.stdout.isTTY) process.stdout.write(`\r   [${"#".repeat(done)}${".".repeat(width - done)}] ${left}s `);
    await sleep(Math.min(tick, seconds - elapsed));
  }
  if (process.stdout.isTTY) process.stdout.write(`\r${" ".repeat(width + 12)}\r`);
}

function hasEspeak(): boolean {
  return spawnSync("espeak-ng", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Speaks through espeak-ng, which honours <break>: the audio takes the reply's time. */
function speakAloud(ssml: string): void {
  const spoken = ssml.replace(/<audio\b[^>]*\/>/g, "");
  spawnSync("espeak-ng", ["-m", "-s", String(WORDS_PER_MINUTE), spoken], { stdio: "ignore" });
}

/** Shows a reply part by part as it would be heard, waiting out each part's time. */
async function playInRealTime(ssml: string): Promise<void> {
  process.stdout.write("A:");
  for (const { segment, seconds } of timedSegments(ssml)) {
    if (segment.kind === "pause") {
      process.stdout.write(` ${segmentText(segment)}\n`);
      await waitPause(seconds);
      process.stdout.write("  ");
    } else {
      process.stdout.write(` ${segmentText(segment)}`);
      await sleep(seconds);
    }
  }
  process.stdout.write("\n");
}

async function play(ssml: string, options: Options, voice: boolean): Promise<void> {
  if (voice) {
    console.log(`A: ${ssmlToText(ssml)}`);
    speakAloud(ssml);
  } else if (options.fast) console.log(`A: ${ssmlToText(ssml)}`);
  else await playInRealTime(ssml);
}

function ssmlOf(speech: { ssml?: string; text?: string } | undefined): string {
  return speech?.ssml ?? speech?.text ?? "";
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) build();
  if (!existsSync(LAMBDA_BUNDLE)) {
    console.error("The Lambda bundle is missing: run npm run build first (npm start does).");
    process.exit(1);
  }
  if (options.reset) {
    rmSync(DATA_DIR, { recursive: true, force: true });
    console.log("Stored progress forgotten.");
  }
  process.env.NECK_COACH_STORE ??= "file";
  process.env.NECK_COACH_DATA_DIR ??= DATA_DIR;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(LAMBDA_BUNDLE) as { handler: SkillHandler };
  const { VirtualDevice } = await import("./lib/virtual-device");
  const device = new VirtualDevice({ handler, locale: options.locale, userId: LOCAL_USER });
  let voice = options.voice;
  if (voice && !hasEspeak()) {
    console.log("Voice needs espeak-ng: sudo apt-get install espeak-ng. Carrying on in text.");
    voice = false;
  }
  const transcript: string[] = [`# Neck Coach conversation (${options.locale})`, ""];

  console.log('Neck Coach simulator. Say "open neck coach" to start, "quit" to leave.');
  const interactive = Boolean(process.stdin.isTTY);
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, prompt: "U: " });
  const prompt = () => interactive && lines.prompt();
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    if (/^(quit|exit)$/i.test(line)) break;
    if (!interactive) console.log(`U: ${line}`);
    transcript.push(`**U:** ${line}`, "");
    let turn: Turn;
    try {
      turn = await device.say(line);
    } catch (error) {
      console.log(`(the skill failed: ${error instanceof Error ? error.message : String(error)})`);
      prompt();
      continue;
    }
    if (turn.kind === "unmatched") {
      // Only a device told not to fall back leaves a line unsent.
      prompt();
      continue;
    }
    if (turn.fallback) {
      const note = "(not understood: sent as AMAZON.FallbackIntent)";
      console.log(`   ${note}`);
      transcript.push(`_${note}_`, "");
    }
    const response = turn.envelope.response;
    const ssml = ssmlOf(response.outputSpeech as { ssml?: string });
    if (ssml) {
      await play(ssml, options, voice);
      transcript.push(`**A:** ${ssmlToText(ssml)}`, "");
    }
    const reprompt = ssmlOf(response.reprompt?.outputSpeech as { ssml?: string } | undefined);
    if (reprompt) console.log(`   (reprompt: ${ssmlToText(reprompt)})`);
    const open = response.shouldEndSession === false;
    console.log(open ? "   [session open: Alexa is listening]" : "   [session ended]");
    transcript.push(open ? "_(session open)_" : "_(session ended)_", "");
    prompt();
  }
  if (options.transcript) {
    writeFileSync(options.transcript, `${transcript.join("\n")}\n`);
    console.log(`Transcript saved to ${options.transcript}`);
  }
  console.log("Goodbye.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
