/** @jest-environment node */
import { locales } from '@/i18n/locales';
import { sitemapPaths } from '@/lib/pages';
import { localeSitemapEntries, localeSitemapXml, sitemapIndexXml } from '@/lib/sitemap';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

test('the index lists one sitemap per locale', () => {
  expect(locs(sitemapIndexXml())).toEqual(locales.map((l) => `/sitemap/${l}.xml`));
});

test.each(locales)('the %s sitemap lists each of its pages once, with every locale and x-default as alternates', (locale) => {
  const entries = localeSitemapEntries(locale);
  expect(entries).toHaveLength(sitemapPaths().length);
  expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
  for (const entry of entries) {
    expect(new URL(entry.url).pathname.split('/')[1]).toBe(locale);
    expect(Object.keys(entry.alternates)).toEqual([...locales, 'x-default']);
  }
  const xml = localeSitemapXml(locale);
  expect(locs(xml)).toEqual(entries.map((e) => new URL(e.url).pathname));
  expect(xml.match(/<xhtml:link rel="alternate" hreflang="x-default"/g)).toHaveLength(entries.length);
});
