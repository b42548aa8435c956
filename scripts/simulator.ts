/**
 * npm start: talk to Neck Coach in a terminal, through the real interaction
 * model and the built Lambda bundle. Type what you would say to Alexa.
 *
 *   open neck coach                 launch
 *   ask neck coach how to do a chin tuck   one-shot
 *   quit                            leave
 *
 * Options: --fast (no real-time waits; implied when input is piped),
 * --voice (speak through espeak-ng), --locale en-GB, --transcript FILE
 * (save the conversation as Markdown), --reset (forget stored progress).
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { LAMBDA_BUNDLE, PROJECT_ROOT } from "./lib/bundle";
import { segments, segmentText, ssmlToText, type SpeechSegment } from "./lib/speech-text";
import { VirtualDevice, type SkillHandler, type Turn } from "./lib/virtual-device";

interface Options {
  fast: boolean;
  voice: boolean;
  locale: string;
  transcript?: string;
  reset: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { fast: !process.stdin.isTTY, voice: false, locale: "en-US", reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--fast") options.fast = true;
    else if (arg === "--voice") options.voice = true;
    else if (arg === "--reset") options.reset = true;
    else if (arg === "--locale") options.locale = argv[++i] ?? options.locale;
    else if (arg === "--transcript") options.transcript = argv[++i];
    else if (arg === "--help" || arg === "-h") {
      console.log("Usage: npm start -- [--fast] [--voice] [--locale en-US] [--transcript FILE] [--reset]");
      process.exit(0);
    } else {
      console.error(`Unknown option: ${arg}`);
      process.exit(2);
    }
  }
  return options;
}

const LOCAL_USER = "amzn1.ask.account.NECK-COACH-LOCAL-USER";
const DATA_DIR = process.env.NECK_COACH_DATA_DIR ?? join(PROJECT_ROOT, ".data");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits out a pause in real time, with a progress bar on the line. */
async function waitPause(seconds: number): Promise<void> {
  const width = 20;
  const tick = 250;
  for (let elapsed = 0; elapsed < seconds * 1000; elapsed += tick) {
    const done = Math.round((elapsed / (seconds * 1000)) * width);
    const left = Math.ceil(seconds - elapsed / 1000);
    if (process.stdout.isTTY) process.stdout.write(`\r   [${"#".repeat(done)}${".".repeat(width - done)}] ${left}s `);
    await sleep(Math.min(tick, seconds * 1000 - elapsed));
  }
  if (process.stdout.isTTY) process.stdout.write(`\r${" ".repeat(width + 12)}\r`);
}

function hasEspeak(): boolean {
  return spawnSync("espeak-ng", ["--version"], { stdio: "ignore" }).status === 0;
}

function speakAloud(ssml: string): void {
  const spoken = ssml.replace(/<audio\b[^>]*\/>/g, "");
  spawnSync("espeak-ng", ["-m", "-s", "160", spoken], { stdio: "ignore" });
}

async function play(ssml: string, options: Options): Promise<void> {
  if (options.fast) {
    console.log(`A: ${ssmlToText(ssml)}`);
    return;
  }
  const parts: SpeechSegment[] = segments(ssml);
  process.stdout.write("A:");
  for (const part of parts) {
    if (part.kind === "pause") {
      process.stdout.write(` ${segmentText(part)}\n`);
      await waitPause(part.seconds);
      process.stdout.write("  ");
    } else {
      process.stdout.write(` ${segmentText(part)}`);
    }
  }
  process.stdout.write("\n");
}

function ssmlOf(speech: { ssml?: string; text?: string } | undefined): string {
  return speech?.ssml ?? speech?.text ?? "";
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
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
      const note = `(Alexa would not understand "${turn.utterance}" for this skill. Try "help".)`;
      console.log(note);
      transcript.push(`_${note}_`, "");
      prompt();
      continue;
    }
    const response = turn.envelope.response;
    const ssml = ssmlOf(response.outputSpeech as { ssml?: string });
    if (ssml) {
      await play(ssml, options);
      if (voice) speakAloud(ssml);
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
