/** How long some SSML takes to say: the estimate the skill itself uses (lambda/speech/timing.ts). */
export { breakSeconds, estimateSeconds, WORDS_PER_MINUTE } from "../../lambda/speech/timing";
