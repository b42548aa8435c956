/** Lengths as the skill says them, back to numbers. */

/** "about 2 and a half minutes" back to seconds. */
export function announcedSeconds(text: string): number {
  const quarters: Record<string, number> = { "a quarter": 1, "a half": 2, "three quarters": 3, "three quarter": 3 };
  const match = /^about (?:(a|\d+) minutes?(?: and (a quarter|a half|three quarters))?|(\d+) and (a quarter|a half|three quarter) minutes|(a quarter of|half|three quarters of) a minute)$/.exec(text);
  if (!match) throw new Error(`Not a length: ${text}`);
  if (match[5]) return { "a quarter of": 15, half: 30, "three quarters of": 45 }[match[5]] ?? NaN;
  const whole = match[1] === "a" ? 1 : Number(match[1] ?? match[3]);
  return whole * 60 + 15 * (quarters[match[2] ?? match[4] ?? ""] ?? 0);
}
