/** The locales Neck Coach speaks, and the language of each. */
import { EN_US } from "./en-US";
import type { LocaleLanguage } from "./types";

export const SUPPORTED_LOCALES = ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Every English locale shares the en-US language for now. */
export const LANGUAGES: Record<SupportedLocale, LocaleLanguage> = {
  "en-US": EN_US,
  "en-GB": EN_US,
  "en-CA": EN_US,
  "en-AU": EN_US,
  "en-IN": EN_US,
};

export function isSupportedLocale(locale: string | undefined): locale is SupportedLocale {
  return locale !== undefined && (SUPPORTED_LOCALES as readonly string[]).includes(locale);
}

/**
 * The locale to speak in: an exact match of a supported locale is supported;
 * anything else (another locale, or none) falls back to en-US, unsupported.
 */
export function languageFor(locale: string | undefined): { locale: SupportedLocale; supported: boolean } {
  return isSupportedLocale(locale) ? { locale, supported: true } : { locale: "en-US", supported: false };
}
