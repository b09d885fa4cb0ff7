import type { MetadataRoute } from 'next';
import { locales } from '@/i18n/locales';
import { sitemapPaths } from '@/lib/pages';
import { absoluteUrl, languageAlternates, localizedPath } from '@/lib/urls';

/** Every indexable page once per locale, each with its alternates in every locale (and x-default). */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPaths().flatMap((path) => {
    const languages = languageAlternates(path, absoluteUrl);
    return locales.map((locale) => ({ url: absoluteUrl(localizedPath(locale, path)), alternates: { languages } }));
  });
}
