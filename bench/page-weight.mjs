// Page weight of prerendered pages: HTML and first-load JavaScript, raw and gzip.
// Usage: node bench/page-weight.mjs [path …]   (after `next build`; defaults to one page per page type)
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../.next/', import.meta.url);
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/en', '/vi', '/en/smtp/550', '/vi/smtp/550', '/en/smtp/250-vs-550', '/vi/smtp/250-vs-550'];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export function pageWeight(path) {
  const file = new URL(`server/app${path}.html`, root);
  if (!existsSync(file)) throw new Error(`${path} is not prerendered (run next build first)`);
  const html = readFileSync(file);
  // noModule scripts are legacy polyfills that modern browsers never download.
  const tags = [...html.toString().matchAll(/<script[^>]+src="\/_next\/([^"]+)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  const js = scripts.map((src) => readFileSync(new URL(src, root)));
  return {
    path,
    htmlRaw: html.length,
    htmlGzip: gz(html),
    jsFiles: js.length,
    jsRaw: js.reduce((sum, b) => sum + b.length, 0),
    jsGzip: js.reduce((sum, b) => sum + gz(b), 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(
    paths.map(pageWeight).map((w) => ({
      page: w.path,
      'HTML': kb(w.htmlRaw),
      'HTML gzip': kb(w.htmlGzip),
      'JS files': w.jsFiles,
      'first-load JS': kb(w.jsRaw),
      'first-load JS gzip': kb(w.jsGzip),
    })),
  );
}
