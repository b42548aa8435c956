/**
 * The locales Neck Coach speaks, and how each resolves: a regional variant
 * takes its parent's content and language and changes only what it names
 * (en-AU -> en-GB -> en-US). Adding a language means adding a file here, and
 * its samples in models/language.
 */
import { withLookups, type Content, type ContentData } from "../content/content";
import { EN_AU } from "./en-AU";
import { EN_CA } from "./en-CA";
import { EN_GB } from "./en-GB";
import { EN_IN } from "./en-IN";
import { EN_US_LOCALE } from "./en-US";
import { isOneOf } from "../one-of";
import type { ContentOverrides, LocaleDefinition } from "./types";

export const SUPPORTED_LOCALES = ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const LOCALES: Readonly<Record<SupportedLocale, LocaleDefinition<SupportedLocale>>> = {
  "en-US": EN_US_LOCALE,
  "en-GB": EN_GB,
  "en-CA": EN_CA,
  "en-AU": EN_AU,
  "en-IN": EN_IN,
};

export function isSupportedLocale(locale: unknown): locale is SupportedLocale {
  return isOneOf(SUPPORTED_LOCALES, locale);
}

/**
 * The locale to speak in: an exact match of a supported locale is supported;
 * anything else (another locale, or none) falls back to en-US, unsupported.
 */
export function languageFor(locale: string | undefined): { locale: SupportedLocale; supported: boolean } {
  return isSupportedLocale(locale) ? { locale, supported: true } : { locale: "en-US", supported: false };
}

/** The locale itself, then its parent, and so on: where its words come from. */
export function fallbackChain(locale: SupportedLocale): SupportedLocale[] {
  const chain: SupportedLocale[] = [];
  for (let at: SupportedLocale | undefined = locale; at !== undefined; at = LOCALES[at].parent) {
    if (chain.includes(at)) throw new Error(`Locale parents loop: ${[...chain, at].join(" -> ")}`);
    chain.push(at);
  }
  return chain;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `base` with `changes` laid over it: objects merge key by key; strings, arrays and functions are replaced. */
export function overlay<T>(base: T, changes: unknown): T {
  if (!isRecord(base) || !isRecord(changes)) return (changes === undefined ? base : changes) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) merged[key] = overlay(base[key], value);
  }
  return merged as T;
}

/** Items with ids (stretches, causes), each overlaid by the change under its id; movements by position. */
function overlayById<T extends { readonly id: string }>(
  items: readonly T[],
  changes: Readonly<Record<string, unknown>> | undefined,
): readonly T[] {
  if (!changes) return items;
  return items.map((item) => {
    const change = changes[item.id];
    if (!isRecord(change)) return item;
    const { movements, ...rest } = change;
    const merged = overlay(item, rest) as T & { movements?: readonly unknown[] };
    if (!Array.isArray(movements) || !Array.isArray(merged.movements)) return merged;
    return { ...merged, movements: merged.movements.map((m, i) => overlay(m, movements[i])) };
  });
}

function applyContent(base: ContentData, changes: ContentOverrides | undefined): ContentData {
  if (!changes) return base;
  const { causes, stretches, ...rest } = changes;
  return {
    ...overlay(base, rest),
    causes: overlayById(base.causes, causes),
    stretches: overlayById(base.stretches, stretches),
  };
}

function resolve(locale: SupportedLocale): ContentData {
  const definition = LOCALES[locale];
  if (definition.parent === undefined) return definition.content;
  return applyContent(resolve(definition.parent), definition.content);
}

const contents = new Map<SupportedLocale, Content>();

/** What the skill says in `locale`, resolved once per process. */
export function contentFor(locale: SupportedLocale): Content {
  let content = contents.get(locale);
  if (!content) {
    content = withLookups(resolve(locale));
    contents.set(locale, content);
  }
  return content;
}
