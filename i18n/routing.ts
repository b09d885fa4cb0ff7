import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

/**
 * The cookie that remembers the reader's language. Secure: the site is served over HTTPS only (HSTS);
 * browsers also keep it on http://localhost.
 */
export const LOCALE_COOKIE_OPTIONS = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, secure: true } as const;

/** The routing of any locale list (the tests negotiate with a list of 16). */
export const routingFor = <L extends string>(list: readonly L[], fallback: L) =>
  defineRouting({
    locales: list,
    defaultLocale: fallback,
    localePrefix: 'always',
    // The reader's chosen language, for a year. next-intl reads it to negotiate links without a locale;
    // only the language switcher writes it (app/api/locale), so a plain page view sets no cookie (proxy.ts).
    localeCookie: LOCALE_COOKIE_OPTIONS,
    // hreflang alternates are written into each page's <head> by generateMetadata, not as a Link header.
    alternateLinks: false,
  });

export const routing = routingFor(locales, defaultLocale);
