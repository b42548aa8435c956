/**
 * A virtual Echo: speaks typed utterances through the real interaction model
 * (virtual-alexa), to a skill handler, as Alexa would. Shared by `npm start`
 * and the conversation tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VirtualAlexa } from "virtual-alexa";
import { Utterance } from "virtual-core";
import type { RequestEnvelope, ResponseEnvelope } from "ask-sdk-model";
import { PROJECT_ROOT } from "./bundle";
import { TIME_TYPE, timeValue } from "./nlu-time";

export type SkillHandler = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

export const INVOCATION_NAME = "neck coach";

export interface DeviceOptions {
  readonly handler: SkillHandler;
  readonly locale?: string;
  /** A stable user id, so stored progress carries across sessions and runs. */
  readonly userId?: string;
  /** Advertise an Echo Show screen (APL). */
  readonly screen?: boolean;
  /**
   * What happens to a line no sample matches. True (the default): it reaches
   * the skill as AMAZON.FallbackIntent, as on an Echo. False: it is not sent
   * and comes back as an "unmatched" turn, so a test can fail on it.
   */
  readonly fallback?: boolean;
  /**
   * How a line no sample matches is understood, as Alexa's statistical
   * understanding would (npm start: the NLP.js stand-in). An intent other than
   * AMAZON.FallbackIntent is sent with its slots (as words Alexa would send);
   * otherwise the line goes on to `fallback`. Without it: exact matching only.
   */
  readonly understand?: (text: string) => Promise<{ intent: string; slots: Readonly<Record<string, string>> }>;
}

/** The built-in intent Alexa sends for a line the model cannot match. */
export const FALLBACK_INTENT = "AMAZON.FallbackIntent";

export type Turn =
  | {
      readonly kind: "response";
      readonly request: RequestEnvelope;
      readonly envelope: ResponseEnvelope;
      /** The line matched no sample and was sent as AMAZON.FallbackIntent. */
      readonly fallback: boolean;
      /** For a spoken line: the intent sent and what understood it (a sample exactly, or the statistical stand-in). */
      readonly heard?: { readonly intent: string; readonly by: "exact" | "statistical" };
    }
  | { readonly kind: "unmatched"; readonly utterance: string };

interface InternalAlexa {
  context(): { interactionModel(): unknown; activeSession(): boolean; endSession(): void };
}

export function interactionModelPath(locale: string): string {
  return join(PROJECT_ROOT, "skill-package", "interactionModels", "custom", `${locale}.json`);
}

const WAKE = "(?:(?:hey )?alexa,? )?";
const WAKE_WORD = /^(?:hey )?alexa,?\s+/i;
/** "open neck coach", and "ask neck coach" or "alexa, ask neck coach" alone: the skill opens. */
const LAUNCH = new RegExp(`^${WAKE}(?:open|launch|start|talk to|begin|ask|tell|use) ${INVOCATION_NAME}$`, "i");
const ONE_SHOT = new RegExp(
  `^${WAKE}(?:ask|tell|open|launch|use) ${INVOCATION_NAME},? (?:to |for |about |if |whether |)(.+)$`,
  "i",
);

/** Each intent's AMAZON.TIME slots, by name, in an interaction model's JSON. */
function timeSlotsOf(model: unknown): ReadonlyMap<string, ReadonlySet<string>> {
  type Intent = { name: string; slots?: { name: string; type: string }[] };
  const intents = (model as { interactionModel: { languageModel: { intents: Intent[] } } }).interactionModel
    .languageModel.intents;
  return new Map(
    intents.map((intent) => [
      intent.name,
      new Set((intent.slots ?? []).filter((slot) => slot.type === TIME_TYPE).map((slot) => slot.name)),
    ]),
  );
}

export class VirtualDevice {
  private readonly alexa: VirtualAlexa;
  private readonly timeSlots: ReadonlyMap<string, ReadonlySet<string>>;
  private lastRequest: RequestEnvelope | undefined;

  constructor(private readonly options: DeviceOptions) {
    const locale = options.locale ?? "en-US";
    const model = JSON.parse(readFileSync(interactionModelPath(locale), "utf8")) as unknown;
    this.timeSlots = timeSlotsOf(model);
    const handler = async (event: RequestEnvelope, context: unknown) => {
      this.lastRequest = event;
      return options.handler(event, context);
    };
    this.alexa = VirtualAlexa.Builder().handler(handler).interactionModel(model).locale(locale).create();
    // biome-ignore lint/suspicious/useIterableCallbackReturn: virtual-alexa's filter edits each request; it is not Array#filter
    this.alexa.filter((request: RequestEnvelope) => {
      if (options.userId) {
        request.context.System.user.userId = options.userId;
        if (request.session) request.session.user.userId = options.userId;
      }
      if (options.screen && request.context.System.device) {
        (request.context.System.device.supportedInterfaces as Record<string, unknown>)["Alexa.Presentation.APL"] = {
          runtime: { maxVersion: "2023.3" },
        };
      }
    });
  }

  /** True while a session is open. */
  get inSession(): boolean {
    return (this.alexa as unknown as InternalAlexa).context().activeSession();
  }

  private async send(
    promise: Promise<{ response: unknown }>,
    fallback = false,
    heard?: { intent: string; by: "exact" | "statistical" },
  ): Promise<Turn> {
    const result = (await promise) as unknown as ResponseEnvelope;
    if (!this.lastRequest) throw new Error("No request was sent");
    return { kind: "response", request: this.lastRequest, envelope: result, fallback, ...(heard ? { heard } : {}) };
  }

  launch(): Promise<Turn> {
    return this.send(this.alexa.launch());
  }

  /**
   * Says one line as a user would: "open neck coach" launches, "ask neck coach
   * to ..." is a one-shot in a new session, anything else goes to the open
   * session (or starts one), without a leading wake word ("Alexa, next"). A line no sample matches goes as
   * AMAZON.FallbackIntent, or is reported unsent when `fallback` is false.
   */
  async say(line: string): Promise<Turn> {
    const text = line.trim().replace(/[.?!]+$/, "");
    if (LAUNCH.test(text)) {
      this.endSessionQuietly();
      return this.launch();
    }
    const oneShot = ONE_SHOT.exec(text);
    if (oneShot?.[1]) {
      this.endSessionQuietly();
      return this.utter(oneShot[1]);
    }
    // "Alexa, next": the wake word reaches no skill.
    return this.utter(text.replace(WAKE_WORD, "") || text);
  }

  /**
   * Matches `text` against the interaction model's samples and sends the
   * intent; what no sample matches goes to `understand` when there is one, and
   * is AMAZON.FallbackIntent when nothing understands it.
   */
  async utter(text: string): Promise<Turn> {
    const model = (this.alexa as unknown as InternalAlexa).context().interactionModel();
    const utterance = new Utterance(model as never, text.toLowerCase());
    if (utterance.matched()) {
      const intent = utterance.intent();
      const request = this.alexa
        .request()
        .intent(intent)
        .slots(this.asAlexaSends(intent, utterance.toJSON() as Record<string, string>));
      return this.send(request.send(), false, { intent, by: "exact" });
    }
    const understood = this.options.understand ? await this.options.understand(text) : undefined;
    if (understood && understood.intent !== FALLBACK_INTENT) {
      const request = this.alexa
        .request()
        .intent(understood.intent)
        .slots({ ...understood.slots });
      return this.send(request.send(), false, { intent: understood.intent, by: "statistical" });
    }
    if (this.options.fallback === false) return { kind: "unmatched", utterance: text };
    return this.send(this.alexa.intend(FALLBACK_INTENT), true);
  }

  /** Slot values as Alexa sends them: a time said in words ("six thirty pm") as AMAZON.TIME's "18:30". */
  private asAlexaSends(intent: string, slots: Record<string, string>): Record<string, string> {
    const times = this.timeSlots.get(intent);
    return Object.fromEntries(
      Object.entries(slots).map(([name, value]) => [name, (times?.has(name) && timeValue(value)) || value]),
    );
  }

  /** Sends an intent directly, with raw slot values (for values the model does not know). */
  intend(intent: string, slots?: Record<string, string>): Promise<Turn> {
    return this.send(this.alexa.intend(intent, slots));
  }

  /** The user walks away or says "exit": a SessionEndedRequest. */
  endSession(): Promise<Turn> {
    return this.send(this.alexa.endSession());
  }

  private endSessionQuietly(): void {
    const context = (this.alexa as unknown as InternalAlexa).context();
    if (context.activeSession()) context.endSession();
  }
}
