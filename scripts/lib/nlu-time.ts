/**
 * AMAZON.TIME as Alexa resolves it, for the stand-ins: the words of a time
 * become its value, "HH:MM" on a 24-hour clock ("seven pm" -> "19:00", "half
 * past six in the morning" -> "06:30", "noon" -> "12:00"), or a part of the
 * day said alone ("in the morning" -> "MO", "afternoon" -> "AF", "evening" ->
 * "EV", "night" -> "NI"). A time said without am or pm stays as said ("seven"
 * -> "07:00"), as Alexa sends it. Words that hold no time give undefined.
 * (AMAZON.TIME: developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html#time)
 */

/** The built-in slot type resolved here. */
export const TIME_TYPE = "AMAZON.TIME";

const NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  tonight: "NI",
  // en-AU
  arvo: "AF",
};

/** Words that put the hour after noon, or before it. */
const AFTER_NOON = new Set(["pm", "afternoon", "evening", "night", "tonight", "arvo"]);
const BEFORE_NOON = new Set(["am", "morning"]);

/** Whether `words` say `letter` "m" ("p m", as "p.m." is heard) or the word itself ("pm"). */
const says = (words: readonly string[], set: ReadonlySet<string>, letter: string): boolean =>
  words.some((w, i) => set.has(w) || (w === letter && words[i + 1] === "m"));

const two = (n: number): string => String(n).padStart(2, "0");

/** A number said at `words[i]`: "seven", "7", "twenty five", "forty-five"; with how many words it took. */
function numberAt(words: readonly string[], i: number): { value: number; length: number } | undefined {
  const word = words[i] ?? "";
  if (/^\d{1,2}$/.test(word)) return { value: Number(word), length: 1 };
  const [tens, ones] = word.split("-");
  if (tens !== undefined && ones !== undefined && NUMBERS[tens] !== undefined && NUMBERS[ones] !== undefined)
    return { value: (NUMBERS[tens] ?? 0) + (NUMBERS[ones] ?? 0), length: 1 };
  const value = NUMBERS[word];
  if (value === undefined) return undefined;
  const next = NUMBERS[words[i + 1] ?? ""];
  if (value >= 20 && next !== undefined && next < 10) return { value: value + next, length: 2 };
  return { value, length: 1 };
}

/** Minutes said after an hour: "thirty", "oh five", "fifteen", "o'clock" (0); with how many words they took. */
function minutesAt(words: readonly string[], i: number): { value: number; length: number } | undefined {
  const word = words[i];
  if (word === "o'clock" || word === "oclock") return { value: 0, length: 1 };
  if (word === "oh" || word === "o") {
    const after = numberAt(words, i + 1);
    return after && after.value < 10 ? { value: after.value, length: 1 + after.length } : undefined;
  }
  const n = numberAt(words, i);
  return n && n.value >= 10 && n.value < 60 ? n : undefined;
}

/** The hour on a 24-hour clock, given what the rest of the phrase says of the day. */
function dayHour(hour: number, words: readonly string[]): number {
  const after = says(words, AFTER_NOON, "p");
  const before = says(words, BEFORE_NOON, "a");
  if (after && hour < 12) return hour + 12;
  if (before && hour === 12) return 0;
  return hour;
}

/** The AMAZON.TIME value of `text` (spoken, lower case), or undefined when it says no time. */
export function timeValue(text: string): string | undefined {
  const words = text
    .replace(/(\d{1,2}):(\d{2})/g, "$1 $2")
    // "6:30 am" reaches the matchers as "630 am": punctuation is not spoken
    .replace(/\b(\d{1,2})(\d{2})\s*(am|pm|a\.m\.|p\.m\.)/g, "$1 $2 $3")
    .replace(/\b([ap])\.m\b\.?/g, "$1m")
    .replace(/\b(\d{1,2})(am|pm)\b/g, "$1 $2")
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.includes("noon") || words.includes("midday")) return "12:00";
  if (words.includes("midnight")) return "00:00";
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? "";
    // en-GB "half seven": half past seven
    const halfHour = word === "half" ? numberAt(words, i + 1) : undefined;
    if (halfHour && halfHour.value >= 1 && halfHour.value <= 12)
      return `${two(dayHour(halfHour.value, words) % 24)}:30`;
    // "half past six", "quarter to seven", "ten past eight", "twenty to nine"
    const said =
      word === "half" ? { value: 30, length: 1 } : word === "quarter" ? { value: 15, length: 1 } : numberAt(words, i);
    const relative = said?.value;
    const skip = said?.length ?? 0;
    const link = words[i + skip];
    if (relative !== undefined && (link === "past" || link === "after" || link === "to" || link === "till")) {
      const hour = numberAt(words, i + skip + 1);
      if (hour && hour.value >= 1 && hour.value <= 12 && relative < 60) {
        const forward = link === "past" || link === "after";
        const minutes = forward ? relative : 60 - relative;
        const h = forward ? hour.value : hour.value - 1 || 12;
        return `${two(dayHour(h, words) % 24)}:${two(minutes)}`;
      }
    }
  }
  for (let i = 0; i < words.length; i += 1) {
    const hour = numberAt(words, i);
    if (!hour || hour.value > 23) continue;
    const minutes = minutesAt(words, i + hour.length);
    const saysTime =
      minutes !== undefined ||
      says(words.slice(i + hour.length), AFTER_NOON, "p") ||
      says(words.slice(i + hour.length), BEFORE_NOON, "a") ||
      ["at", "for", "around", "by", "about"].includes(words[i - 1] ?? "");
    if (!saysTime) continue;
    const h = hour.value > 12 ? hour.value : dayHour(hour.value, words);
    return `${two(h)}:${two(minutes?.value ?? 0)}`;
  }
  for (const word of words) {
    const part = PARTS_OF_DAY[word];
    if (part) return part;
  }
  return undefined;
}
