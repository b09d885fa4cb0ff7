import table from './locales.json';

/**
 * The one list of locales, kept as JSON so the browser tests and benchmarks (plain Node) read the same list.
 * Adding a locale = one entry in locales.json + messages/<locale>.json + i18n/search/<locale>.json (lib/search/synonyms.ts).
 * `name` is the locale's own name for itself, shown in the language switcher.
 */
type LocaleEntry = { name: string; dir: 'ltr' | 'rtl' };

// JSON gives `dir` the type string; checking it once here gives the rest of the code the 'ltr' | 'rtl' union.
function assertEntries<T extends Record<string, { name: string; dir: string }>>(
  entries: T,
): asserts entries is T & Record<keyof T, LocaleEntry> {
  for (const [locale, { dir }] of Object.entries(entries)) {
    if (dir !== 'ltr' && dir !== 'rtl') throw new Error(`i18n/locales.json: ${locale}.dir is "${dir}", not ltr or rtl`);
  }
}
assertEntries(table);

/**
 * The pseudo-locale (lib/pseudo-locale.ts): accented, longer English for tests. Pages answer under
 * /en-XA/… on servers started with SERVE_PSEUDO_LOCALE=1 (proxy.ts; the browser tests' server is), but
 * nothing lists it (switcher, hreflang, sitemap), nothing prerenders it and its pages are not indexed.
 */
export const PSEUDO_LOCALE = 'en-XA';

export const LOCALES: Readonly<Record<keyof typeof table | typeof PSEUDO_LOCALE, LocaleEntry>> = {
  ...table,
  [PSEUDO_LOCALE]: { name: 'Ƥšéûðö', dir: 'ltr' },
};

export type Locale = keyof typeof LOCALES;
/** A locale readers are offered: data kept per language (search words, everyday queries) is keyed by these. */
export type ReaderLocale = keyof typeof table;
/** The locales readers are offered, in the order of locales.json. */
export const locales: ReaderLocale[] = Object.keys(table).filter((l): l is ReaderLocale => Object.hasOwn(table, l));
export const defaultLocale: ReaderLocale = 'en';

/** Any locale a page answers in, the pseudo-locale included. */
export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LOCALES, value);
}
