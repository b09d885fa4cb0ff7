/** Every URL the site links to is built here, so routes and links cannot drift apart. */
import type { GuidePageId } from '@/data/guide';
import { locales, type Locale } from '@/i18n/locales';
import { pairSlug } from './slug';
import type { ReplyCode } from './reply-codes';

export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';

export const homePath = (locale: Locale) => `/${locale}`;
export const codePath = (locale: Locale, code: ReplyCode) => `/${locale}/smtp/${code.code}`;
export const pairPath = (locale: Locale, a: ReplyCode, b: ReplyCode) => `/${locale}/smtp/${pairSlug(a, b)}`;
export const comparePickerPath = (locale: Locale) => `/${locale}/smtp/compare`;

/** Metadata alternates for a page that exists in every locale: canonical + hreflang + x-default. */
export function alternatesFor(locale: Locale, pathAfterLocale: string) {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((l) => [l, `/${l}${pathAfterLocale}`]),
  );
  languages['x-default'] = pathAfterLocale || '/';
  return { canonical: `/${locale}${pathAfterLocale}`, languages };
}
export const enhancedPath = (locale: Locale, id: string) => `/${locale}/smtp/${id}`;
export const enhancedIndexPath = (locale: Locale) => `/${locale}/smtp/enhanced`;
export const decoderPath = (locale: Locale) => `/${locale}/smtp/decode`;
export const guidePath = (locale: Locale, step: GuidePageId = 'start') =>
  step === 'start' ? `/${locale}/guide` : `/${locale}/guide/${step}`;
