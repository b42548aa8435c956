/**
 * What the benchmark's child processes report: one line on stdout, the prefix
 * then JSON. Anything else a skill prints (logs) is ignored.
 */
export const REPORT_PREFIX = "@@bench ";

/** bench/child/cold.ts: one cold start. Times are ms since the process's time origin (its start). */
export interface ColdReport {
  /** When the response was ready (for "empty": when the require would have started). */
  readonly answeredAt: number;
  readonly requireMs: number;
  readonly invokeMs: number;
  /** The reply's speech, to check the skill answered properly. */
  readonly speech: string;
}

/** bench/child/warm.ts: timed in-process invocations of one bundle. */
export interface WarmReport {
  readonly invocations: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** p50 per request name, to point at a slow one. */
  readonly p50ByName: Readonly<Record<string, number>>;
  /** heapUsed after the invocations, after a full GC when --expose-gc is on. */
  readonly heapUsedBytes: number;
  /** heapUsed after loading the bundle, before any invocation (same GC rule). */
  readonly heapAfterLoadBytes: number;
  readonly gcExposed: boolean;
  /** Garbage collections during the timed invocations: minor (scavenges) and others, and their total pause. */
  readonly minorGcs: number;
  readonly otherGcs: number;
  readonly gcPauseMs: number;
  /** The first reply to each request of the mix, by name. */
  readonly speechByName: Readonly<Record<string, string>>;
}

export interface MixEntry {
  readonly name: string;
  readonly envelope: unknown;
  /**
   * The request goes on the session the previous request left: its session
   * attributes are the ones the previous response returned, as Alexa sends them.
   */
  readonly continues?: boolean;
}

/** The envelope to send: `text` parsed afresh, on the session `previous` (a response envelope) left when the entry continues one. */
export function nextEvent(entry: MixEntry, text: string, previous: unknown): unknown {
  const event = JSON.parse(text) as { session?: { attributes?: unknown } };
  if (entry.continues && event.session) {
    const attributes = (previous as { sessionAttributes?: unknown } | undefined)?.sessionAttributes;
    event.session.attributes = attributes === undefined ? {} : JSON.parse(JSON.stringify(attributes));
  }
  return event;
}

export function report(value: ColdReport | WarmReport): void {
  process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(value)}\n`, () => process.exit(0));
}

/** The speech of a response envelope, or "" (never throws). */
export function speechOf(response: unknown): string {
  const speech = (response as { response?: { outputSpeech?: { ssml?: unknown; text?: unknown } } } | undefined)
    ?.response?.outputSpeech;
  if (typeof speech?.ssml === "string") return speech.ssml;
  if (typeof speech?.text === "string") return speech.text;
  return "";
}
