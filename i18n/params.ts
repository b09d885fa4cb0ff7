import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/**
 * The locale of a route under app/[locale]. The [locale] layout already answers unknown locales with a
 * 404, but generateMetadata and route handlers may run before it, so they stop here too.
 */
export function localeOf(params: { readonly locale: string }): Locale {
  if (!isLocale(params.locale)) notFound();
  return params.locale;
}
