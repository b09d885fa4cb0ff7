import type { MetadataRoute } from 'next';
import { GUIDE_STEPS } from '@/data/guide';
import { locales } from '@/i18n/locales';
import { allEnhancedCodes } from '@/lib/enhanced-codes';
import { SITE_URL } from '@/lib/paths';
import { providerCodes } from '@/lib/providers';
import { allReplyCodes, standardReplyCodes } from '@/lib/reply-codes';
import { pairSlug } from '@/lib/slug';

/** Every indexable page once per locale, each with its alternates in every locale (and x-default). */
export default function sitemap(): MetadataRoute.Sitemap {
  const standard = standardReplyCodes();
  const paths = [
    '',
    '/smtp/enhanced',
    '/smtp/decode',
    '/guide',
    ...GUIDE_STEPS.map((step) => `/guide/${step}`),
    ...allReplyCodes().map((c) => `/smtp/${c.code}`),
    ...allEnhancedCodes().map((c) => `/smtp/${c.id}`),
    ...providerCodes().map((c) => `/smtp/${c.slug}`),
    ...standard.flatMap((a, i) => standard.slice(i + 1).map((b) => `/smtp/${pairSlug(a, b)}`)),
  ];
  const url = (path: string) => new URL(path || '/', SITE_URL).toString();
  return paths.flatMap((path) => {
    const languages = Object.fromEntries([
      ...locales.map((l) => [l, url(`/${l}${path}`)]),
      ['x-default', url(path)],
    ]);
    return locales.map((locale) => ({ url: url(`/${locale}${path}`), alternates: { languages } }));
  });
}
