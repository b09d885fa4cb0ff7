/**
 * The sitemaps: an index (/sitemap.xml) of one sitemap per locale (/sitemap/{locale}.xml), each listing
 * that locale's pages with their alternates in every locale and x-default. One file for all would hold
 * every page once per locale, each with an alternate per locale: at 16 locales, 16 × 17 links per page.
 */
import { locales, type Locale } from '@/i18n/locales';
import { sitemapPaths } from './pages';
import { absoluteUrl, languageAlternates, localeSitemapPath, localizedPath } from './urls';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
const xml = (lines: string[]) => ['<?xml version="1.0" encoding="UTF-8"?>', ...lines, ''].join('\n');

export type SitemapEntry = { readonly url: string; readonly alternates: Readonly<Record<string, string>> };

/** Every indexable page of one locale, each with its alternates in every locale (and x-default). */
export function localeSitemapEntries(locale: Locale): SitemapEntry[] {
  return sitemapPaths().map((path) => ({ url: absoluteUrl(localizedPath(locale, path)), alternates: languageAlternates(path, absoluteUrl) }));
}

export function localeSitemapXml(locale: Locale): string {
  const urls = localeSitemapEntries(locale).map(({ url, alternates }) => {
    const links = Object.entries(alternates).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}" />`);
    return `<url><loc>${escapeXml(url)}</loc>${links.join('')}</url>`;
  });
  return xml(['<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', ...urls, '</urlset>']);
}

export function sitemapIndexXml(): string {
  const entries = locales.map((locale) => `<sitemap><loc>${escapeXml(absoluteUrl(localeSitemapPath(locale)))}</loc></sitemap>`);
  return xml(['<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</sitemapindex>']);
}

export const SITEMAP_HEADERS = { 'content-type': 'application/xml; charset=utf-8' } as const;
