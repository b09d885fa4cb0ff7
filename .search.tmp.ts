import { gzipSync } from 'node:zlib';
import { runSearch } from './lib/search/search';
import { searchIndex } from './lib/search/server';
(async () => {
  for (const locale of ['en', 'vi'] as const) {
    const index = await searchIndex(locale);
    const json = JSON.stringify(index.toJSON());
    console.log(locale, 'index', json.length, 'gzip', gzipSync(json).length);
    for (const q of ['55', '5.1', '550 5.1.1', '550', 'mailbox unavailable', 'does not exist', 'hop thu day', 'hộp thư đầy', 'mailbx ful', 'spamhaus', 'dmarc', 'Relay access denied', '5.7.620', 'quota']) {
      const t = performance.now();
      const hits = runSearch(index, q, 5);
      console.log(' ', JSON.stringify(q), (performance.now() - t).toFixed(2) + 'ms', hits.map((h) => h.code).join(', '));
    }
  }
})();
