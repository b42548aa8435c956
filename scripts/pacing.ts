/**
 * npm run pacing: renders every routine through espeak-ng (which honours
 * <break>) and measures the audio with sox, beside the announced length and
 * the 150-words-a-minute estimate the tests use. Needs espeak-ng and sox:
 * sudo apt-get install espeak-ng sox. Writes the audio to dist/pacing/.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROUTINES } from "../models/content/routines";
import { contentFor } from "../models/locales";
import { NORMAL_PACE } from "../models/content/pacing";
import { routineLength, routineSsml } from "../lambda/speech/replies/routine";
import { estimateSeconds, WORDS_PER_MINUTE } from "./lib/speech-timing";
import { CHIME_SECONDS } from "../lambda/speech/ssml";
import { PROJECT_ROOT } from "./lib/bundle";

function available(command: string, arg: string): boolean {
  return spawnSync(command, [arg], { stdio: "ignore" }).error === undefined;
}

if (!available("espeak-ng", "--version") || !available("soxi", "-V")) {
  console.log("Pacing needs espeak-ng and sox: sudo apt-get install espeak-ng sox");
  process.exit(0);
}

const out = join(PROJECT_ROOT, "dist", "pacing");
mkdirSync(out, { recursive: true });
console.log(`${"routine".padEnd(22)}  ${"announced".padStart(28)}   estimated      spoken (espeak-ng)`);
for (const routine of ROUTINES) {
  let spoken = 0;
  let estimated = 0;
  routineSsml(routine.id, contentFor("en-US")).forEach((ssml, i) => {
    const wav = join(out, `${routine.id}-${i + 1}.wav`);
    // A chime becomes a pause of the same length: espeak-ng cannot play the sound library.
    const text = ssml.replace(/<audio\b[^>]*\/>/g, `<break time="${CHIME_SECONDS}s"/>`);
    spawnSync("espeak-ng", ["-m", "-s", String(WORDS_PER_MINUTE), "-w", wav, `<speak>${text}</speak>`]);
    spoken += Number(spawnSync("soxi", ["-D", wav], { encoding: "utf8" }).stdout);
    estimated += estimateSeconds(ssml);
  });
  const row = [
    routine.name.padEnd(22),
    routineLength(routine.id, contentFor("en-US"), NORMAL_PACE).padStart(28),
    `${estimated.toFixed(0)} s`.padStart(10),
    `${spoken.toFixed(0)} s`.padStart(10),
  ];
  console.log(row.join("  "));
}
console.log(`Audio in ${out}`);
