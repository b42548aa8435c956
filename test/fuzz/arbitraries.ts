/**
 * fast-check generators for request envelopes Neck Coach may receive: every
 * request kind (and unknown ones), every intent (and unknown names), slots in
 * every state, session attributes valid, corrupt or from an older shape,
 * with or without a session, user or person, in any locale. Every envelope is
 * JSON, as Lambda receives it.
 */
import fc from "fast-check";
import type { Request, RequestEnvelope } from "ask-sdk-model";
import { RED_FLAGS } from "../../models/content/safety";
import { ROUTINES } from "../../models/content/routines";
import { STRETCHES } from "../../models/content/stretches";
import { EXERCISES } from "../../models/content/exercises";
import { EN_SYNONYMS } from "../../models/language/en-synonyms";
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, SLOTS } from "../../models/language/types";
import { CAUSE_IDS, EXERCISE_IDS, HABIT_IDS, RED_FLAG_IDS, ROUTINE_IDS, STRETCH_IDS } from "../../models/types";
import { TOPICS } from "../../lambda/turn/dialog";
import { REQUEST_FIXTURES, REQUEST_TYPES, type RequestCommon } from "../support/envelopes";

/** Markers that must never reach a log line. */
export const USER_MARK = "amzn1.ask.account.FUZZUSER";
export const PERSON_MARK = "amzn1.ask.person.FUZZPERSON";

const MODEL_INTENTS = [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS] as const;
const SLOT_NAMES = Object.values(SLOTS).map((s) => s.name);

// ---------------------------------------------------------------- text

/** Text that breaks naive SSML: XML specials, entities, tags, control and odd Unicode. */
const NASTY_TEXT = [
  "&",
  "<",
  ">",
  '"',
  "'",
  "& < > \" '",
  "Tom & Jerry's <neck>",
  "&amp;",
  "&apos;",
  '&lt;break time="20s"/&gt;',
  '<break time="30s"/>',
  "<speak>hi</speak>",
  "</speak>",
  "<![CDATA[x]]>",
  "<!-- x -->",
  '<?xml version="1.0"?>',
  "]]>",
  "\u0000",
  "\u0007bell",
  "tab\there",
  "line\nbreak",
  "\uFFFE",
  "\uD800",
  "emoji 🤕 neck",
  "Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍a̴̵̜̰͔ͫ͗͢l̠ͨͧͩ͘g̴̻͈͍͔̹̑͗̎̅͛́ǫ̵̹̻̝̳͂̌̌͘",
  "   ",
  "",
  "?",
  "chin tuck?",
  "CHIN TUCK",
  "chin-tuck",
  "__proto__",
  "constructor",
  "toString",
  "0",
  "-1",
  "NaN",
  "null",
  "undefined",
] as const;

const KNOWN_SPOKEN = [
  ...STRETCHES.flatMap((s) => [s.name, ...EN_SYNONYMS.stretch[s.id].slice(0, 2)]),
  ...ROUTINES.flatMap((r) => [r.name, ...EN_SYNONYMS.routine[r.id].slice(0, 2)]),
  ...EXERCISES.flatMap((e) => [e.name]),
  ...RED_FLAGS.flatMap((f) => [f.name, ...EN_SYNONYMS.symptom[f.id].slice(0, 2)]),
];

/** A spoken slot value: known, random, nasty, or very long (5,000 characters). */
export const spokenValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_SPOKEN) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...NASTY_TEXT, "a", " ", "neck"), { maxLength: 20 }).map((a) => a.join("")),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("x", "& ", "<neck> ", "Tom & Jerry's ", "a. ", "é"), fc.constantFrom(...NASTY_TEXT))
      .map(([unit, tail]) => unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000 - tail.length) + tail),
  },
);

const ALL_IDS = [...STRETCH_IDS, ...ROUTINE_IDS, ...EXERCISE_IDS, ...RED_FLAG_IDS];

/** Garbage JSON: anything Lambda could parse. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, "", "garbage", 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, true, [], [[]], {}),
);

// ---------------------------------------------------------------- slots

function resolutionOf(slotName: string, status: string, values: unknown): unknown {
  return {
    resolutionsPerAuthority: [
      {
        authority: `amzn1.er-authority.echo-sdk.fuzz.${slotName}`,
        status: { code: status },
        ...(values === undefined ? {} : { values }),
      },
    ],
  };
}

/** One slot in any state Alexa (or a broken client) could send. */
function slotArb(slotName: string): fc.Arbitrary<unknown> {
  const named = <T extends object>(rest: T) => ({ name: slotName, confirmationStatus: "NONE", ...rest });
  return fc.oneof(
    // empty: no value
    { weight: 1, arbitrary: fc.constant(named({})) },
    { weight: 1, arbitrary: fc.constant(named({ value: "" })) },
    // raw value, no entity resolution
    { weight: 2, arbitrary: spokenValue.map((value) => named({ value })) },
    // unresolved
    {
      weight: 3,
      arbitrary: spokenValue.map((value) =>
        named({ value, resolutions: resolutionOf(slotName, "ER_SUCCESS_NO_MATCH", []) }),
      ),
    },
    // resolved to a known id (of any slot type) or to an unknown id
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          spokenValue,
          fc.oneof(
            fc.constantFrom(...ALL_IDS),
            fc.string({ maxLength: 20 }),
            fc.constantFrom("__proto__", "constructor"),
          ),
        )
        .map(([value, id]) =>
          named({ value, resolutions: resolutionOf(slotName, "ER_SUCCESS_MATCH", [{ value: { name: value, id } }]) }),
        ),
    },
    // other statuses, and several authorities
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          spokenValue,
          fc.constantFrom("ER_ERROR_TIMEOUT", "ER_ERROR_EXCEPTION", "", "er_success_match"),
          fc.constantFrom(...ALL_IDS),
        )
        .map(([value, status, id]) =>
          named({ value, resolutions: resolutionOf(slotName, status, [{ value: { name: value, id } }]) }),
        ),
    },
    // garbage anywhere inside
    { weight: 1, arbitrary: garbage },
    { weight: 1, arbitrary: garbage.map((value) => named({ value })) },
    {
      weight: 1,
      arbitrary: fc.tuple(spokenValue, garbage).map(([value, resolutions]) => named({ value, resolutions })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(spokenValue, garbage, garbage)
        .map(([value, status, values]) =>
          named({ value, resolutions: { resolutionsPerAuthority: [{ status, values }] } }),
        ),
    },
  );
}

/** The slots map: each model slot missing or in some state, plus strangers; or garbage. */
const slotsArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.record(Object.fromEntries(SLOT_NAMES.map((n) => [n, slotArb(n)])) as Record<string, fc.Arbitrary<unknown>>, {
          requiredKeys: [],
        }),
        fc.option(fc.dictionary(fc.string({ maxLength: 10 }), slotArb("stranger"), { maxKeys: 2 }), { nil: undefined }),
      )
      .map(([known, extra]) => ({ ...extra, ...known })),
  },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

export const intentName: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...MODEL_INTENTS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "AMAZON.ShuffleOnIntent",
      "AMAZON.LoopOffIntent",
      "AMAZON.MoreIntent",
      "AMAZON.SelectIntent",
      "AMAZON.ScrollDownIntent",
      "AMAZON.SendToPhoneIntent",
      "AMAZON.",
      "UnknownIntent",
      "teachstretchintent",
      "TeachStretchIntent ",
      "",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const intentArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(intentName, slotsArb, fc.constantFrom("NONE", "CONFIRMED", "DENIED"))
      .map(([name, slots, confirmationStatus]) =>
        slots === undefined ? { name, confirmationStatus } : { name, confirmationStatus, slots },
      ),
  },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: garbage.map((name) => ({ name, slots: {} })) },
);

// ---------------------------------------------------------------- requests

export const localeArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant("en-US") },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "de-DE",
      "fr-FR",
      "",
      undefined,
      "xx",
      "en-GB",
      "en-IN",
      "ja-JP",
      "EN-us",
      "en_US",
      "en",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const timestampArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString()),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "not a date",
      "2026-02-30T00:00:00Z",
      "0",
      "1970-01-01T00:00:00Z",
      "2026-01-15",
      "9999-12-31T23:59:59Z",
      "+275760-09-13T00:00:00.000Z",
      "-000001-01-01T00:00:00Z",
    ),
  },
);

const commonArb: fc.Arbitrary<RequestCommon> = fc.record({
  requestId: fc.oneof(
    fc.constant("amzn1.echo-api.request.fuzz"),
    fc.uuid().map((u) => `amzn1.echo-api.request.${u}`),
  ),
  timestamp: timestampArb,
  locale: localeArb,
});

const UNKNOWN_TYPES = [
  "Alexa.Presentation.APL.Unknown",
  "AudioPlayer.Unknown",
  "System.Unknown",
  "Dialog.Unknown",
  "Messaging.Unknown",
  "Foo.Bar",
  "launchrequest",
  "",
  "__proto__",
];

/** Any request: a known kind (mostly IntentRequest), an unknown kind, or a malformed one. */
export const requestArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .tuple(commonArb, intentArb, fc.constantFrom("STARTED", "IN_PROGRESS", "COMPLETED", undefined))
      .map(([c, intent, dialogState]) => ({
        ...REQUEST_FIXTURES.IntentRequest(c),
        ...(dialogState ? { dialogState } : {}),
        intent,
      })),
  },
  { weight: 4, arbitrary: commonArb.map((c) => REQUEST_FIXTURES.LaunchRequest(c)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        commonArb,
        fc.constantFrom("USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS"),
        fc.option(garbage, { nil: undefined }),
      )
      .map(([c, reason, error]) => ({
        ...REQUEST_FIXTURES.SessionEndedRequest(c),
        reason,
        ...(error === undefined ? {} : { error }),
      })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(commonArb, intentArb)
      .map(([c, intent]) => ({ ...REQUEST_FIXTURES.CanFulfillIntentRequest(c), intent })),
  },
  {
    weight: 10,
    arbitrary: fc
      .tuple(commonArb, fc.constantFrom(...REQUEST_TYPES))
      .map(([c, type]) => (REQUEST_FIXTURES[type] as (c: RequestCommon) => Request)(c)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(commonArb, fc.oneof(fc.constantFrom(...UNKNOWN_TYPES), fc.string({ maxLength: 30 })))
      .map(([c, type]) => ({ ...c, type })),
  },
  { weight: 1, arbitrary: fc.tuple(commonArb, garbage).map(([c, type]) => ({ ...c, type })) },
  {
    weight: 1,
    arbitrary: fc.tuple(commonArb, intentArb).map(([c, intent]) => ({ ...c, type: "IntentRequest", intent })),
  },
);

// ---------------------------------------------------------------- session attributes

const countArb = fc.oneof(
  fc.nat({ max: 50 }),
  fc.constantFrom(0, 1, 2, 3, 1e6, Number.MAX_SAFE_INTEGER, 2 ** 60, 1e308),
);

const progressArb = fc.record({
  routineId: fc.constantFrom(...ROUTINE_IDS),
  index: fc.oneof(fc.nat({ max: 12 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e308)),
  continuous: fc.boolean(),
});

/** A current (schema 2) user record, in or out of a routine. */
export const recordArb = fc.record(
  {
    schema: fc.constant(2 as const),
    visits: countArb,
    disclaimerHeard: fc.boolean(),
    routine: fc.option(progressArb, { nil: null }),
    usualRoutine: fc.option(fc.constantFrom(...ROUTINE_IDS), { nil: null }),
    routinesFinished: countArb,
    streakDays: countArb,
    lastActiveDay: fc.option(fc.constantFrom("2026-01-14", "2026-01-15", "2025-12-31", "2024-02-29"), { nil: null }),
    lastVisitDay: fc.option(fc.constantFrom("2026-01-14", "2026-01-15", "2025-12-31"), { nil: null }),
    pace: fc.oneof(
      fc.record({
        hold: fc.constantFrom("short", "normal", "long"),
        moves: fc.constantFrom("quick", "normal", "slow"),
        talk: fc.constantFrom("brief", "normal", "detailed"),
      }),
      garbage,
    ),
  },
  {
    requiredKeys: [
      "schema",
      "visits",
      "disclaimerHeard",
      "routine",
      "usualRoutine",
      "routinesFinished",
      "streakDays",
      "lastActiveDay",
    ],
  },
);

/** Schema 1, the older shape: no `schema`, a step instead of a routine object. */
const schema1Arb = fc.record(
  {
    visits: countArb,
    routineId: fc.oneof(fc.constantFrom(...ROUTINE_IDS), fc.constantFrom("retired-routine", "")),
    step: fc.oneof(fc.nat({ max: 12 }), fc.constantFrom(-1, 0.5, 1e308)),
    completed: countArb,
  },
  { requiredKeys: [] },
);

const offerArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...STRETCH_IDS).map((stretch) => ({ kind: "teach", stretch })),
  fc.constantFrom(...STRETCH_IDS).map((stretch) => ({ kind: "gentler", stretch })),
  fc.constantFrom(...ROUTINE_IDS).map((routine) => ({ kind: "routine", routine })),
  fc.constantFrom(...TOPICS).map((topic) => ({ kind: "answer", topic })),
  fc.constant({ kind: "resume" }),
  fc.record(
    {
      kind: fc.constantFrom("teach", "gentler", "routine", "answer", "resume", "dance", "__proto__"),
      stretch: garbage,
      routine: garbage,
      topic: garbage,
    },
    { requiredKeys: ["kind"] },
  ),
  garbage,
);

const saidArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...STRETCH_IDS).map((stretch) => ({ kind: "lesson", stretch })),
  fc.record(
    { kind: fc.constant("answer"), topic: fc.constantFrom(...TOPICS), deeper: fc.oneof(fc.constant(true), garbage) },
    { requiredKeys: ["kind", "topic"] },
  ),
  fc.record(
    { kind: fc.constant("cause"), cause: fc.constantFrom(...CAUSE_IDS), deeper: fc.constant(true) },
    { requiredKeys: ["kind", "cause"] },
  ),
  fc.record(
    { kind: fc.constant("habit"), habit: fc.constantFrom(...HABIT_IDS), deeper: fc.constant(true) },
    { requiredKeys: ["kind", "habit"] },
  ),
  fc.record(
    {
      kind: fc.constant("exercise"),
      exercise: fc.constantFrom(...EXERCISE_IDS),
      focus: fc.constantFrom("cause", "prevention", "dance"),
    },
    { requiredKeys: ["kind", "exercise", "focus"] },
  ),
  fc.record(
    {
      kind: fc.constantFrom("lesson", "answer", "cause", "habit", "exercise", "dance"),
      stretch: garbage,
      topic: garbage,
      cause: garbage,
      habit: garbage,
    },
    { requiredKeys: ["kind"] },
  ),
  garbage,
);

const dialogArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ offered: offerArb, said: saidArb }, { requiredKeys: [] }),
  garbage,
);
const tokenArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ version: fc.oneof(fc.nat({ max: 9 }), garbage) }, { requiredKeys: [] }),
  garbage,
);

/** Session attributes: absent, valid, from an older shape, or corrupt in any way. */
export const attributesArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant({}) },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        record: recordArb,
        stored: fc.oneof(recordArb, garbage),
        token: tokenArb,
        readOnly: fc.oneof(fc.boolean(), garbage),
        dialog: dialogArb,
      },
      { requiredKeys: ["record"] },
    ),
  },
  { weight: 2, arbitrary: fc.record({ record: schema1Arb, dialog: dialogArb }, { requiredKeys: ["record"] }) },
  { weight: 1, arbitrary: schema1Arb },
  {
    weight: 2,
    arbitrary: fc.record(
      { record: garbage, stored: garbage, token: garbage, readOnly: garbage, dialog: garbage, turn: garbage },
      { requiredKeys: [] },
    ),
  },
  { weight: 2, arbitrary: garbage },
  {
    weight: 1,
    arbitrary: recordArb.chain((record) =>
      fc
        .tuple(fc.constantFrom(...Object.keys(record)), garbage)
        .map(([key, value]) => ({ record: { ...record, [key]: value } })),
    ),
  },
);

// ---------------------------------------------------------------- envelopes

const userIdArb: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(`${USER_MARK}-1`, `${USER_MARK}-2`, `${USER_MARK}-3`) },
  { weight: 1, arbitrary: fc.constantFrom(null, "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => `${USER_MARK}-${s}`) },
);

const personIdArb: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom(`${PERSON_MARK}-1`, `${PERSON_MARK}-2`, "") },
);

const sessionKindArb = fc.constantFrom("new", "continuing", "continuing", "none", "garbage-new") as fc.Arbitrary<
  "new" | "continuing" | "none" | "garbage-new"
>;

const contextKindArb = fc.constantFrom(
  "full",
  "full",
  "full",
  "no-device",
  "bare-system",
  "no-context",
) as fc.Arbitrary<"full" | "no-device" | "bare-system" | "no-context">;

export interface GeneratedCase {
  readonly envelope: RequestEnvelope;
  /** The locale to check the response's SSML against. */
  readonly checkLocale: string;
}

/** A whole envelope, round-tripped through JSON as Lambda would parse it. */
export const envelopeArb: fc.Arbitrary<GeneratedCase> = fc
  .record({
    request: requestArb,
    session: sessionKindArb,
    attributes: attributesArb,
    userId: userIdArb,
    personId: personIdArb,
    context: contextKindArb,
    screen: fc.boolean(),
  })
  .map(({ request, session, attributes, userId, personId, context, screen }) => {
    const application = { applicationId: "amzn1.ask.skill.fuzz" };
    const system: Record<string, unknown> = {
      application,
      ...(userId === null ? {} : { user: { userId } }),
      ...(personId === undefined ? {} : { person: { personId } }),
      ...(context === "no-device"
        ? {}
        : {
            device: {
              deviceId: "amzn1.ask.device.fuzz",
              supportedInterfaces: screen ? { "Alexa.Presentation.APL": { runtime: { maxVersion: "2023.3" } } } : {},
            },
          }),
      apiEndpoint: "https://api.amazonalexa.com",
    };
    const envelope = {
      version: "1.0",
      ...(session === "none"
        ? {}
        : {
            session: {
              new: session === "garbage-new" ? "yes" : session === "new",
              sessionId: "amzn1.echo-api.session.fuzz",
              application,
              user: { userId: userId ?? "" },
              ...(attributes === undefined ? {} : { attributes }),
            },
          }),
      ...(context === "no-context"
        ? {}
        : { context: { System: context === "bare-system" ? { application } : system } }),
      request,
    };
    return { envelope: JSON.parse(JSON.stringify(envelope)) as RequestEnvelope, checkLocale: checkLocaleOf(request) };
  });

// ---------------------------------------------------------------- conversations

export interface ConversationStep {
  readonly request: unknown;
  /** The user walks away before this step: a new session even if the last reply kept it open. */
  readonly walkedAway: boolean;
}

/** A user's few turns; each continues the session when the last reply kept it open. */
export const conversationArb: fc.Arbitrary<{ userId: string; steps: ConversationStep[] }> = fc.record({
  userId: fc.constantFrom(`${USER_MARK}-talk-1`, `${USER_MARK}-talk-2`, `${USER_MARK}-talk-3`),
  steps: fc.array(fc.record({ request: requestArb, walkedAway: fc.boolean() }), { minLength: 2, maxLength: 8 }),
});

/** The envelope for one step of a conversation. */
export function stepEnvelope(
  userId: string,
  request: unknown,
  session: { new: boolean; attributes?: unknown },
): RequestEnvelope {
  const application = { applicationId: "amzn1.ask.skill.fuzz" };
  const envelope = {
    version: "1.0",
    session: {
      new: session.new,
      sessionId: "amzn1.echo-api.session.fuzz-talk",
      application,
      user: { userId },
      ...(session.attributes === undefined ? {} : { attributes: session.attributes }),
    },
    context: {
      System: {
        application,
        user: { userId },
        device: { deviceId: "amzn1.ask.device.fuzz", supportedInterfaces: {} },
        apiEndpoint: "https://api.amazonalexa.com",
      },
    },
    request,
  };
  return JSON.parse(JSON.stringify(envelope)) as RequestEnvelope;
}

/** The locale to check a response against: the request's when it looks like one, else en-US. */
export function checkLocaleOf(request: unknown): string {
  const locale = (request as { locale?: unknown } | null)?.locale;
  return typeof locale === "string" && /^[a-z]{2}-[A-Z]{2}$/.test(locale) ? locale : "en-US";
}
