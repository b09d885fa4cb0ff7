import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

/** The cookie that remembers the reader's language (the proxy reads it too). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Remember the reader's choice for a year; next-intl writes it when a page in another locale is opened.
  // Secure: the site is served over HTTPS only (HSTS); browsers also keep it on http://localhost.
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, secure: true },
  // hreflang alternates are written into each page's <head> by generateMetadata, not as a Link header.
  alternateLinks: false,
});
