/**
 * The one list of locales. Adding a locale = one entry here + messages/<locale>.json.
 * `name` is the locale's own name for itself, shown in the language switcher.
 */
export const LOCALES = {
  en: { name: 'English', dir: 'ltr' },
  vi: { name: 'Tiếng Việt', dir: 'ltr' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl' }>;

export type Locale = keyof typeof LOCALES;
export const locales: Locale[] = Object.keys(LOCALES).filter(isLocale);
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LOCALES, value);
}
