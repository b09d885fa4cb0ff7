/**
 * Search: the size of each locale's index as the browser downloads it (/api/v1/search-index/{locale},
 * gzip) and the time a query takes on it, median over a fixed set of queries (each run many times).
 * The index is rebuilt from the same source as the route and loaded back the way the search box loads it.
 *   npx tsx --tsconfig tsconfig.json bench/search.ts [--json]
 */
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import { locales } from '@/i18n/locales';
import { SEARCH_OPTIONS, type SearchDocument } from '@/lib/search/options';
import { runSearch } from '@/lib/search/search';
import { searchIndex } from '@/lib/search/server';

/** What readers type: codes, code prefixes, English and Vietnamese words, with and without diacritics, typos. */
const QUERIES = ['550', '5.1.1', '55', '4.7', 'mailbox', 'mailbox full', 'relay denied', 'spam', 'authentication required',
  'greylisting', 'user unknown', 'quota', 'hộp thư', 'hop thu day', 'từ chối', 'tu choi', 'mailbx', 'dmarc', 'spf fail', '550 5.1.1'];
const REPEATS = 50;

async function measure(locale: (typeof locales)[number]) {
  const json = JSON.stringify((await searchIndex(locale)).toJSON());
  const index = MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
  const times = QUERIES.map((query) => {
    const started = performance.now();
    for (let i = 0; i < REPEATS; i++) runSearch(index, query);
    return (performance.now() - started) / REPEATS;
  });
  return {
    locale,
    indexKb: json.length / 1024,
    indexGzipKb: gzipSync(json, { level: 9 }).length / 1024,
    queryMedianMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
    querySlowestMs: times.at(-1)!,
  };
}

async function main() {
  const results = [];
  for (const locale of locales) results.push(await measure(locale));
  if (process.argv.includes('--json')) return console.log(JSON.stringify(results));
  console.table(
    results.map((r) => ({
      locale: r.locale,
      index: `${r.indexKb.toFixed(1)} KB`,
      'index gzip': `${r.indexGzipKb.toFixed(1)} KB`,
      [`query, median of ${QUERIES.length}`]: `${r.queryMedianMs.toFixed(3)} ms`,
      'slowest query': `${r.querySlowestMs.toFixed(3)} ms`,
    })),
  );
}

main();
