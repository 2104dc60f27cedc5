/**
 * The site's languages and the tags each one is announced with. Vietnamese is the default: its pages keep
 * their addresses at the root; English pages live under /en/ (see routes.ts).
 */

export const LOCALES = ["vi", "en"] as const;

export type Locale = (typeof LOCALES)[number];

/** The language of the root pages and of every formatter and message called without a locale. */
export const DEFAULT_LOCALE: Locale = "vi";

/** The site's name, a proper name shown untranslated in both languages (messages refer to it as {site}). */
export const SITE_NAME = "CCHC Mở";

interface LocaleInfo {
  /**
   * BCP 47 tag for Intl (numbers, plural rules). English is en-GB: its day-month-year order matches the
   * Vietnamese d/m/yyyy, so a reader moving between editions never meets 12/6 meaning 6 December, and the
   * donors and researchers the edition is for mostly write British English (as the project's own prose does).
   * en-US would format numbers the same (7,927; 84.11%).
   */
  tag: string;
  /**
   * The `lang` of <html>. Pagefind keeps one index per exact `lang` value, so the primary subtag is used
   * ("en", which has an English stemmer) rather than the dialect; "vi" is what every page carries today.
   */
  htmlLang: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  /** The language's name in itself, for the language switch (shown with its own `lang`). */
  nativeName: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  vi: { tag: "vi-VN", htmlLang: "vi", ogLocale: "vi_VN", nativeName: "Tiếng Việt" },
  en: { tag: "en-GB", htmlLang: "en", ogLocale: "en_GB", nativeName: "English" },
};

/** True for the codes the site is built in (narrows a URL segment or a query value). */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The other edition's language, for the language switch and hreflang alternates. */
export function otherLocale(locale: Locale): Locale {
  return locale === "vi" ? "en" : "vi";
}
