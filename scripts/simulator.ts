/**
 * npm start: talk to Neck Coach in a terminal, through the real interaction
 * model and the built Lambda bundle, as an Echo would. Type what you would
 * say to Alexa.
 *
 *   open neck coach (or "ask neck coach")  launch
 *   ask neck coach how to do a chin tuck   one-shot
 *   quit                                   leave
 *
 * A line is understood as an Echo would: a sample matched exactly first, then
 * the statistical stand-in (nearest neighbours over TF-IDF, trained on the
 * interaction model, cached on disk per model); each reply says which
 * understood it. What neither understands reaches the skill as
 * AMAZON.FallbackIntent. --exact matches samples only (the lower bound). In
 * real time, each reply takes as long as it would to hear (words at 150 a
 * minute, every pause and chime), and a line typed while it plays interrupts
 * it and is sent at once, as "Alexa, ..." does.
 * The options are checked before anything is built, so --help and a wrong
 * --locale answer at once.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { isSupportedLocale, SUPPORTED_LOCALES } from "../models/locales";
import { buildLambda, LAMBDA_BUNDLE, PROJECT_ROOT } from "./lib/bundle";
import { bundleStale } from "./lib/bundle-fresh";
import { segmentText, ssmlToText } from "./lib/speech-text";
import { timedSegments, WORDS_PER_MINUTE } from "./lib/speech-timing";
import type { SkillHandler, Turn } from "./lib/virtual-device";

interface Options {
  fast: boolean;
  voice: boolean;
  locale: string;
  transcript?: string;
  reset: boolean;
  /** Build the Lambda bundle before starting when the code changed since (npm start passes it). */
  build: boolean;
  /** Exact sample matching only, no statistical stand-in. */
  exact: boolean;
  /** Train the stand-in on this interaction model file instead of the locale's (for tests). */
  nluModel?: string;
}

const USAGE = `Usage: npm start -- [options]

Talk to Neck Coach through the real interaction model, as an Echo would: a
sample matched exactly first, then a statistical stand-in for Alexa's
understanding.

  --fast              no real-time waits (implied when input is piped)
  --real-time         real-time waits even when input is piped
  --exact             exact sample matching only (the lower bound)
  --voice             also speak each reply through espeak-ng
  --locale LOCALE     ${SUPPORTED_LOCALES.join(", ")} (default en-US)
  --transcript FILE   save the conversation as Markdown
  --reset             forget the local user's stored progress
  --build             build the Lambda bundle first if the code changed (npm start does)
  -h, --help          print this and leave`;

/** Stops with a message and exit status 2: the command line was wrong. */
function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    fast: !process.stdin.isTTY,
    voice: false,
    locale: "en-US",
    reset: false,
    build: false,
    exact: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--fast") options.fast = true;
    else if (arg === "--real-time") options.fast = false;
    else if (arg === "--exact") options.exact = true;
    else if (arg === "--voice") options.voice = true;
    else if (arg === "--reset") options.reset = true;
    else if (arg === "--build") options.build = true;
    else if (arg === "--locale")
      options.locale = argv[++i] ?? refuse(`--locale needs a value, one of: ${SUPPORTED_LOCALES.join(", ")}`);
    else if (arg === "--transcript") options.transcript = argv[++i] ?? refuse("--transcript needs a file name");
    else if (arg === "--nlu-model") options.nluModel = argv[++i] ?? refuse("--nlu-model needs a file name");
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

/** Bundles the Lambda when there is no bundle or the code changed since it was built; says so while it builds. */
async function buildIfChanged(): Promise<void> {
  if (!bundleStale()) return;
  console.log("building the skill...");
  try {
    console.log(`Built ${await buildLambda()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error("The build failed: fix what it reports, then npm start again.");
    process.exit(1);
  }
}

const LOCAL_USER = "amzn1.ask.account.NECK-COACH-LOCAL-USER";
const DATA_DIR = process.env.NECK_COACH_DATA_DIR ?? join(PROJECT_ROOT, ".data");

/** Waits `seconds`, or less when `signal` aborts. */
const sleep = (seconds: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, seconds * 1000);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done);
  });

/** Waits out a pause in real time, with a progress bar on the line. */
async function waitPause(seconds: number, signal: AbortSignal): Promise<void> {
  const width = 20;
  const tick = 0.25;
  for (let elapsed = 0; elapsed < seconds && !signal.aborted; elapsed += tick) {
    const done = Math.round((elapsed / seconds) * width);
    const left = Math.ceil(seconds - elapsed);
    if (process.stdout.isTTY) process.stdout.write(`\r   [${"#".repeat(done)}${".".repeat(width - done)}] ${left}s `);
    await sleep(Math.min(tick, seconds - elapsed), signal);
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

/** Shows a reply part by part as it would be heard, waiting out each part's time, until `signal` interrupts it. */
async function playInRealTime(ssml: string, signal: AbortSignal): Promise<void> {
  process.stdout.write("A:");
  for (const { segment, seconds } of timedSegments(ssml)) {
    if (signal.aborted) break;
    if (segment.kind === "pause") {
      process.stdout.write(` ${segmentText(segment)}\n`);
      await waitPause(seconds, signal);
      process.stdout.write("  ");
    } else {
      process.stdout.write(` ${segmentText(segment)}`);
      await sleep(seconds, signal);
    }
  }
  process.stdout.write(signal.aborted ? " (interrupted)\n" : "\n");
}

async function play(ssml: string, options: Options, voice: boolean, signal: AbortSignal): Promise<void> {
  if (voice) {
    console.log(`A: ${ssmlToText(ssml)}`);
    speakAloud(ssml);
  } else if (options.fast) console.log(`A: ${ssmlToText(ssml)}`);
  else await playInRealTime(ssml, signal);
}

function ssmlOf(speech: { ssml?: string; text?: string } | undefined): string {
  return speech?.ssml ?? speech?.text ?? "";
}

/** The lines typed or piped, one at a time; a line that arrives while `interruptible` is set aborts it. */
function lineQueue(lines: ReturnType<typeof createInterface>) {
  const queue: string[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  let playing: AbortController | undefined;
  lines.on("line", (raw) => {
    queue.push(raw);
    if (raw.trim() !== "") playing?.abort();
    wake?.();
  });
  lines.on("close", () => {
    closed = true;
    wake?.();
  });
  return {
    async next(): Promise<string | undefined> {
      while (queue.length === 0) {
        if (closed) return undefined;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      return queue.shift();
    },
    /** A signal that the next line aborts, for the reply about to play. */
    interruptible(): AbortSignal {
      playing = new AbortController();
      return playing.signal;
    },
  };
}

/** The statistical stand-in for the device, or nothing with --exact; says "building..." while it trains. */
async function understanding(options: Options) {
  if (options.exact) return undefined;
  const [{ listener, DEFAULT_CACHE_DIR }, { loadModel }, { spoken }] = await Promise.all([
    import("./lib/nlu-listener"),
    import("./lib/nlu-model"),
    import("./lib/nlu-text"),
  ]);
  const model = loadModel(options.locale, options.nluModel);
  const cacheDir = process.env.NECK_COACH_NLU_CACHE ?? DEFAULT_CACHE_DIR;
  const heard = await listener(model, cacheDir, () =>
    console.log("building the statistical stand-in from the interaction model (once per model change)..."),
  );
  return (text: string) => heard.interpret(spoken(text));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) await buildIfChanged();
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
  const { FakeAlexaApi, reachFake } = await import("./lib/fake-alexa-api");
  const understand = await understanding(options);
  // Alexa's APIs as an Echo reaches them, here on this machine: the device's time zone is this machine's,
  // and reminders are kept beside the stored progress.
  mkdirSync(DATA_DIR, { recursive: true });
  const api = await new FakeAlexaApi(join(DATA_DIR, "reminders.json")).start();
  api.settings = { kind: "zone", zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const device = new VirtualDevice({
    handler: (event, context) => {
      reachFake(event, api);
      return handler(event, context);
    },
    locale: options.locale,
    userId: LOCAL_USER,
    ...(understand ? { understand } : {}),
  });
  let voice = options.voice;
  if (voice && !hasEspeak()) {
    console.log("Voice needs espeak-ng: sudo apt-get install espeak-ng. Carrying on in text.");
    voice = false;
  }
  const transcript: string[] = [`# Neck Coach conversation (${options.locale})`, ""];
  const note = (text: string) => {
    console.log(`   ${text}`);
    transcript.push(`_${text}_`, "");
  };

  console.log(
    `Neck Coach simulator${options.exact ? " (exact matching only)" : ""}. Say "open neck coach" to start, "quit" to leave.`,
  );
  const interactive = Boolean(process.stdin.isTTY);
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, prompt: "U: " });
  const input = lineQueue(lines);
  const prompt = () => interactive && lines.prompt();
  prompt();
  for (let raw = await input.next(); raw !== undefined; raw = await input.next()) {
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
    if (turn.fallback) note("(not understood: sent as AMAZON.FallbackIntent)");
    else if (turn.heard) note(`(heard as ${turn.heard.intent}, ${turn.heard.by})`);
    const response = turn.envelope.response;
    const ssml = ssmlOf(response.outputSpeech as { ssml?: string });
    if (ssml) {
      await play(ssml, options, voice, input.interruptible());
      transcript.push(`**A:** ${ssmlToText(ssml)}`, "");
    }
    const reprompt = ssmlOf(response.reprompt?.outputSpeech as { ssml?: string } | undefined);
    if (reprompt) console.log(`   (reprompt: ${ssmlToText(reprompt)})`);
    const open = response.shouldEndSession === false;
    console.log(open ? "   [session open: Alexa is listening]" : "   [session ended]");
    transcript.push(open ? "_(session open)_" : "_(session ended)_", "");
    prompt();
  }
  lines.close();
  await api.stop();
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
