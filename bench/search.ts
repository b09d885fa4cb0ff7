/**
 * Search: the size of each locale's index as the browser downloads it (/api/v1/search-index/{locale},
 * raw and gzip at zlib's default level, as the server sends it; budget 60 KB) and the time a query takes on it, p50 and p99 over the locale's
 * everyday queries (data/search-queries.ts) plus codes, prefixes and typos, each run many times.
 * The payload is built by the same function as the route and loaded back the way the search box loads it.
 *   npx tsx --tsconfig tsconfig.json bench/search.ts [--json]
 */
import { gzipSync } from 'node:zlib';
import { locales, type ReaderLocale } from '@/i18n/locales';
import { EVERYDAY_QUERIES } from '@/data/search-queries';
import { loadSearcher, runSearch } from '@/lib/search/search';
import { searchPayload } from '@/lib/search/server';

/** What readers type in any locale: codes, code prefixes, typos, a pasted reply. */
const COMMON = ['550', '5.1.1', '55', '4.7', '550 5.1.1', 'mailbx', 'spf fail', '550 5.7.1 Service unavailable, Client host blocked using Spamhaus'];
const REPEATS = 200;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

async function measure(locale: ReaderLocale) {
  const json = JSON.stringify(await searchPayload(locale));
  const searcher = loadSearcher(JSON.parse(json));
  const queries = [...new Set([...EVERYDAY_QUERIES[locale].map((q) => q.query), ...COMMON])];
  for (const query of queries) runSearch(searcher, query); // warm up
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    for (const query of queries) {
      const started = performance.now();
      runSearch(searcher, query);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return {
    locale,
    queries: queries.length,
    indexKb: json.length / 1024,
    indexGzipKb: gzipSync(json).length / 1024,
    queryP50Ms: percentile(times, 50),
    queryP99Ms: percentile(times, 99),
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
      'index gzip (≤ 60 KB)': `${r.indexGzipKb.toFixed(1)} KB`,
      queries: r.queries,
      'query p50': `${r.queryP50Ms.toFixed(3)} ms`,
      'query p99': `${r.queryP99Ms.toFixed(3)} ms`,
    })),
  );
}

main();
