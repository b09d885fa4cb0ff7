import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Remember the reader's choice for a year; next-intl writes it when a page in another locale is opened.
  // Secure: the site is served over HTTPS only (HSTS); browsers also keep it on http://localhost.
  localeCookie: { maxAge: 60 * 60 * 24 * 365, secure: true },
  // hreflang alternates are written into each page's <head> by generateMetadata, not as a Link header.
  alternateLinks: false,
});
