import type { MetadataRoute } from 'next';
import { isLocale, locales } from '@/i18n/locales';
import { sitemapPaths } from '@/lib/pages';
import { absoluteUrl, languageAlternates, localizedPath } from '@/lib/urls';

/**
 * One sitemap per locale (/sitemap/{locale}.xml, lib/urls.ts's localeSitemapPath), listed by the index at
 * /sitemap.xml (app/sitemap.xml/route.ts): at 16 locales one file would hold every page 16 times, each
 * with 17 alternates.
 */
export function generateSitemaps() {
  return locales.map((locale) => ({ id: locale }));
}

/** Every indexable page of one locale, each with its alternates in every locale (and x-default). */
export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const locale = await id;
  if (!isLocale(locale)) return [];
  return sitemapPaths().map((path) => ({
    url: absoluteUrl(localizedPath(locale, path)),
    alternates: { languages: languageAlternates(path, absoluteUrl) },
  }));
}
