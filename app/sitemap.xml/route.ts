import { locales } from '@/i18n/locales';
import { absoluteUrl, localeSitemapPath } from '@/lib/urls';

/** The sitemap index robots.txt names: one sitemap per locale (app/sitemap.ts). Built once, at build time. */
export const dynamic = 'force-static';

export function GET() {
  const entries = locales.map((locale) => `  <sitemap><loc>${absoluteUrl(localeSitemapPath(locale))}</loc></sitemap>`);
  const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</sitemapindex>', ''];
  return new Response(xml.join('\n'), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
