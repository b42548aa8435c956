/** How long some SSML takes to say: the estimate the skill itself uses (lambda/speech/timing.ts). */
export {
  breakSeconds,
  estimateSeconds,
  segmentSeconds,
  timedSegments,
  wordCount,
  WORDS_PER_MINUTE,
  type TimedSegment,
} from "../../lambda/speech/timing";
