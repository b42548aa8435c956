/**
 * The language of each locale: en-US is written out; a regional variant adds
 * its own samples and synonyms to those of the locales it falls back to
 * (the same chain as its content, models/locales).
 */
import { fallbackChain, isSupportedLocale, languageFor, SUPPORTED_LOCALES, type SupportedLocale } from "../locales";
import { EN_AU_LANGUAGE } from "./en-AU";
import { EN_CA_LANGUAGE } from "./en-CA";
import { EN_GB_LANGUAGE } from "./en-GB";
import { EN_IN_LANGUAGE } from "./en-IN";
import { EN_US } from "./en-US";
import type { LanguageVariant, LocaleLanguage } from "./types";

export { isSupportedLocale, languageFor, SUPPORTED_LOCALES, type SupportedLocale };

const VARIANTS: Readonly<Partial<Record<SupportedLocale, LanguageVariant>>> = {
  "en-GB": EN_GB_LANGUAGE,
  "en-AU": EN_AU_LANGUAGE,
  "en-IN": EN_IN_LANGUAGE,
  "en-CA": EN_CA_LANGUAGE,
};

function withVariant(base: LocaleLanguage, variant: LanguageVariant | undefined): LocaleLanguage {
  if (!variant) return base;
  const intents = base.intents.map((intent) => {
    const added = variant.samples?.[intent.name] ?? [];
    return added.length ? { ...intent, samples: [...new Set([...intent.samples, ...added])] } : intent;
  });
  const synonyms: Record<string, Record<string, readonly string[]>> = { ...base.synonyms };
  for (const [slot, byId] of Object.entries(variant.synonyms ?? {})) {
    const current: Record<string, readonly string[]> = { ...synonyms[slot] };
    // A word the locales above already have for this value is not listed twice.
    for (const [id, added] of Object.entries(byId ?? {}))
      current[id] = [...new Set([...(current[id] ?? []), ...(added as readonly string[])])];
    synonyms[slot] = current;
  }
  return { ...base, intents, synonyms: synonyms as unknown as LocaleLanguage["synonyms"] };
}

/** en-US, then each variant on the way from the root down to `locale`. */
function languageOf(locale: SupportedLocale): LocaleLanguage {
  return fallbackChain(locale)
    .reverse()
    .reduce((merged, at) => withVariant(merged, VARIANTS[at]), EN_US);
}

export const LANGUAGES: Readonly<Record<SupportedLocale, LocaleLanguage>> = Object.fromEntries(
  SUPPORTED_LOCALES.map((locale) => [locale, languageOf(locale)]),
) as Record<SupportedLocale, LocaleLanguage>;
