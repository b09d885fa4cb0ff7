/** @jest-environment node */
/**
 * Search as readers use it: everyday queries per locale through the index the browser downloads (the
 * JSON payload, loaded back as the search box loads it) and through the server's index (the
 * no-JavaScript page), the size budget, and the per-locale word files.
 */
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { locales } from '@/i18n/locales';
import { EVERYDAY_QUERIES } from '@/data/search-queries';
import { loadSearcher, runSearch, type Searcher } from '@/lib/search/search';
import { searcher, searchPayload, searchWordsFile } from '@/lib/search/server';

const browserSearchers = new Map<string, Promise<{ searcher: Searcher; gzipBytes: number }>>();
function browser(locale: (typeof locales)[number]) {
  if (!browserSearchers.has(locale)) {
    browserSearchers.set(
      locale,
      searchPayload(locale).then((payload) => {
        const json = JSON.stringify(payload);
        return { searcher: loadSearcher(JSON.parse(json)), gzipBytes: gzipSync(json).length };
      }),
    );
  }
  return browserSearchers.get(locale)!;
}

const cases = locales.flatMap((locale) => EVERYDAY_QUERIES[locale].map((c) => [locale, c.query, c.expect.join(' '), c.within, c] as const));

describe.each(['box', 'page'] as const)('the search %s', (where) => {
  const load = async (locale: (typeof locales)[number]) => (where === 'box' ? (await browser(locale)).searcher : searcher(locale));

  test.each(cases)('in %s, "%s" finds %s within the first %d', async (locale, query, _ids, within, { expect: ids }) => {
    const found = runSearch(await load(locale), query, within).map((hit) => hit.id);
    for (const id of ids) expect(found).toContain(id);
  });
});

test.each(locales)('in %s, the browser’s index is at most 60 KB gzip', async (locale) => {
  expect((await browser(locale)).gzipBytes).toBeLessThanOrEqual(60 * 1024);
});

test.each(locales)('in %s, the box and the page rank alike', async (locale) => {
  const box = (await browser(locale)).searcher;
  const page = await searcher(locale);
  for (const { query } of EVERYDAY_QUERIES[locale]) {
    expect(runSearch(box, query, 8).map((hit) => hit.id)).toEqual(runSearch(page, query, 8).map((hit) => hit.id));
  }
});

describe('i18n/search/<locale>.json', () => {
  const files = readdirSync('i18n/search').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

  test.each(locales)('the registered locale %s has its file', (locale) => {
    expect(files).toContain(locale);
  });

  // Locales being prepared (es, ja, ar…) may have theirs before they are registered; every file is checked.
  test.each(files)('%s: every group has two phrases or more, and no phrase is in two groups', async (locale) => {
    const { synonyms, stopWords } = await searchWordsFile(locale);
    expect(Array.isArray(stopWords)).toBe(true);
    const seen = new Set<string>();
    for (const group of synonyms) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const phrase of group) {
        const key = phrase.toLowerCase();
        expect(seen.has(key) ? `${phrase} twice` : key).toBe(key);
        seen.add(key);
      }
    }
  });
});
