/**
 * The skill manifest (skill-package/skill.json): how Neck Coach appears in the
 * skill store and what it declares to Alexa. Written by `npm run model`; the
 * store description carries the locale's full disclaimer word for word, as certification
 * requires of health and fitness skills.
 *
 * The endpoint is left out: `ask deploy` fills it in (and the generator keeps
 * whatever endpoint the file already has).
 */
import { REMINDERS_PERMISSION } from "../content/reminders";
import { ROUTINES } from "../content/routines";
import { contentFor } from "../locales";
import { STRETCHES } from "../content/stretches";
import { LANGUAGES, SUPPORTED_LOCALES, type SupportedLocale } from "./index";

export const SKILL_NAME = "Neck Coach";

/**
 * Interfaces the skill implements: CanFulfillIntentRequest (lambda/handlers/can-fulfill.ts)
 * and APL screens (lambda/display). Alexa tells a skill about a device's screen
 * only when the manifest declares ALEXA_PRESENTATION_APL.
 */
export const SKILL_INTERFACES = ["CAN_FULFILL_INTENT_REQUEST", "ALEXA_PRESENTATION_APL"] as const;

/** Where the skill is offered: one country per supported locale. */
export const DISTRIBUTION_COUNTRIES: Readonly<Record<SupportedLocale, string>> = {
  "en-US": "US",
  "en-GB": "GB",
  "en-CA": "CA",
  "en-AU": "AU",
  "en-IN": "IN",
};

/**
 * Where docs/ is published, without a trailing slash (for example GitHub Pages:
 * https://OWNER.github.io/REPOSITORY). The privacy policy's public address is
 * taken from here; `npm run deploy` stops while it is empty, because
 * certification needs that page. Set it, then run `npm run model`.
 */
export const PUBLIC_PAGES_URL = "";

/** docs/privacy-policy.md, as a static site generator (GitHub Pages' Jekyll) publishes it. */
export const PRIVACY_POLICY_PAGE = "privacy-policy.html";

/**
 * The skill's icons: PNGs of 108 and 512 pixels square in skill-package/assets/images,
 * drawn from docs/icon.svg by scripts/generate-icons.ts. A file:// address is a
 * file of the skill package, which ask-cli uploads with it.
 */
export const SKILL_ICONS = {
  small: { size: 108, uri: "file://assets/images/icon-108.png" },
  large: { size: 512, uri: "file://assets/images/icon-512.png" },
} as const;

/**
 * The privacy policy's address, or undefined while PUBLIC_PAGES_URL is empty.
 * The terms of use (docs/terms-of-use.md) are published beside it but not linked
 * here: Amazon asks for a terms of use address only as an option.
 */
export function privacyPolicyUrl(pagesUrl: string = PUBLIC_PAGES_URL): string | undefined {
  const base = pagesUrl.trim().replace(/\/+$/, "");
  return base ? `${base}/${PRIVACY_POLICY_PAGE}` : undefined;
}

export interface ManifestLocale {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly examplePhrases: readonly string[];
  readonly keywords: readonly string[];
  readonly smallIconUri: string;
  readonly largeIconUri: string;
}

export interface SkillManifest {
  readonly manifest: {
    readonly manifestVersion: "1.0";
    readonly publishingInformation: {
      readonly locales: Record<string, ManifestLocale>;
      readonly isAvailableWorldwide: boolean;
      readonly distributionCountries: readonly string[];
      readonly distributionMode: "PUBLIC";
      readonly category: string;
      readonly testingInstructions: string;
    };
    readonly privacyAndCompliance: {
      readonly allowsPurchases: boolean;
      readonly usesPersonalInfo: boolean;
      readonly isChildDirected: boolean;
      readonly isExportCompliant: boolean;
      readonly containsAds: boolean;
      /** Present once PUBLIC_PAGES_URL is set. */
      readonly locales?: Record<string, { readonly privacyPolicyUrl: string }>;
    };
    /** The reminders permission, asked for by voice when the user wants a daily reminder. */
    readonly permissions: readonly { readonly name: string }[];
    readonly apis: {
      readonly custom: {
        readonly interfaces: readonly { readonly type: string }[];
        readonly endpoint?: unknown;
        readonly regions?: unknown;
      };
    };
  };
}

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Three phrases, each the wake word, the invocation and (after the first) a real sample utterance. */
export function examplePhrases(locale: SupportedLocale): string[] {
  const name = LANGUAGES[locale].invocationName;
  return [
    `Alexa, open ${name}`,
    `Alexa, ask ${name} how to do a chin tuck`,
    `Alexa, ask ${name} why my neck hurts after deadlifts`,
  ];
}

export const SUMMARY =
  "Guided neck stretches, timed routines and plain answers for a neck that aches after lifting, running or any workout.";

export function description(locale: SupportedLocale): string {
  const stretches = listed(STRETCHES.map((s) => s.name));
  const routines = listed(ROUTINES.map((r) => `the ${r.name}`));
  return [
    "Neck Coach is a hands-free stretching coach for lifters, runners, swimmers and anyone whose neck aches after training.",
    'Ask for one stretch and it talks you through it a step at a time: how to set up, where to move, when to breathe and how long to hold. Or start a guided routine and it paces every hold and every rep with real, timed pauses. Say "next", "go back", "repeat", "pause" or "resume" whenever you like, and if you stop halfway, it picks up where you left off next time. On an Echo Show, the screen shows the steps of each stretch and where you are in a routine.',
    "You can also ask why your neck hurts after deadlifts, shrugs, the bench press or a spin class, how to protect your neck while you train, what to do when it is sore right now, and when it is time to have your neck checked. If you mention a warning sign, such as numbness or weakness in an arm, or pain after a fall, Neck Coach skips the stretching and tells you to get checked.",
    `Stretches: ${stretches}. Routines: ${routines}.`,
    contentFor(locale).safety.disclaimerFull,
  ].join("\n\n");
}

export const KEYWORDS = [
  "neck pain",
  "neck stretches",
  "stretching",
  "stretch routine",
  "workout recovery",
  "weightlifting",
  "gym",
  "mobility",
  "posture",
  "chin tuck",
  "cool down",
  "fitness coach",
] as const;

export function testingInstructions(): string {
  const [quick] = ROUTINES;
  return [
    'Neck Coach needs no account linking. It asks for one permission, reminders, by voice, and only when the user asks for a daily reminder ("remind me to stretch every day at 7 pm") or says yes to one offered after a first finished routine.',
    '1) Say "Alexa, open neck coach": a one-sentence welcome, a short safety note on first use, and a question.',
    '2) Say "how do I do a chin tuck": the stretch, step by step, with its holds.',
    `3) Say "start the ${quick?.name ?? "quick routine"}": the routine announces its length and narrates each stretch. Holds are real silences of up to ten seconds per break, chained with short spoken cues; the silence is intended. Try "next", "go back", "repeat" and "pause".`,
    '4) After pausing, say "Alexa, ask neck coach to resume": the routine continues where it stopped (progress is kept per user).',
    '5) Ask "why does my neck hurt after deadlifts", "how do I prevent neck pain" and "should I see a doctor".',
    '6) Say "I have numbness in my arm" or "my neck hurts after I fell": the skill gives no stretch and directs the user to medical care.',
    "7) On a device with a screen, the stretch being taught and the position in a routine are shown; without a screen the skill is voice only.",
    "The skill answers CanFulfillIntentRequest without changing any state.",
  ].join(" ");
}

/** The whole manifest, the same for every call; the privacy policy's address comes from `pagesUrl`. */
export function buildManifest(pagesUrl: string = PUBLIC_PAGES_URL): SkillManifest {
  const locales: Record<string, ManifestLocale> = {};
  const privacyUrl = privacyPolicyUrl(pagesUrl);
  const privacyLocales: Record<string, { privacyPolicyUrl: string }> = {};
  for (const locale of SUPPORTED_LOCALES) {
    locales[locale] = {
      name: SKILL_NAME,
      summary: SUMMARY,
      description: description(locale),
      examplePhrases: examplePhrases(locale),
      keywords: [...KEYWORDS],
      smallIconUri: SKILL_ICONS.small.uri,
      largeIconUri: SKILL_ICONS.large.uri,
    };
    if (privacyUrl) privacyLocales[locale] = { privacyPolicyUrl: privacyUrl };
  }
  return {
    manifest: {
      manifestVersion: "1.0",
      publishingInformation: {
        locales,
        isAvailableWorldwide: false,
        distributionCountries: SUPPORTED_LOCALES.map((l) => DISTRIBUTION_COUNTRIES[l]),
        distributionMode: "PUBLIC",
        category: "HEALTH_AND_FITNESS",
        testingInstructions: testingInstructions(),
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        ...(privacyUrl ? { locales: privacyLocales } : {}),
      },
      permissions: [{ name: REMINDERS_PERMISSION }],
      apis: {
        custom: {
          interfaces: SKILL_INTERFACES.map((type) => ({ type })),
        },
      },
    },
  };
}

/**
 * The manifest with the deployment fields of an existing skill.json kept:
 * `ask deploy` writes the Lambda ARN into apis.custom.endpoint (and regions),
 * and regenerating must not erase it.
 */
export function manifestWithDeployment(existing: unknown): SkillManifest {
  const manifest = buildManifest();
  const custom = (existing as { manifest?: { apis?: { custom?: Record<string, unknown> } } } | undefined)?.manifest
    ?.apis?.custom;
  if (!custom) return manifest;
  const kept: { endpoint?: unknown; regions?: unknown } = {};
  if (custom.endpoint !== undefined) kept.endpoint = custom.endpoint;
  if (custom.regions !== undefined) kept.regions = custom.regions;
  return {
    manifest: {
      ...manifest.manifest,
      apis: { custom: { ...manifest.manifest.apis.custom, ...kept } },
    },
  };
}
