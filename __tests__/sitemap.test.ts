/** @jest-environment node */
import sitemap, { generateSitemaps } from '@/app/sitemap';
import { GET } from '@/app/sitemap.xml/route';
import { locales } from '@/i18n/locales';
import { sitemapPaths } from '@/lib/pages';

test('the index lists one sitemap per locale', async () => {
  const xml = await GET().text();
  expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)).toEqual(locales.map((l) => `/sitemap/${l}.xml`));
  expect(generateSitemaps()).toEqual(locales.map((id) => ({ id })));
});

test.each(locales)('the %s sitemap lists each of its pages once, with every locale and x-default as alternates', async (locale) => {
  const entries = await sitemap({ id: Promise.resolve(locale) });
  expect(entries).toHaveLength(sitemapPaths().length);
  for (const entry of entries) {
    expect(new URL(entry.url).pathname.split('/')[1]).toBe(locale);
    expect(Object.keys(entry.alternates?.languages ?? {})).toEqual([...locales, 'x-default']);
  }
});
