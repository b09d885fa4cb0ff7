// One `next start` instance's resident memory over many distinct URLs (issue 13, item 5).
// Usage: node bench/memory.mjs [--urls 20000] [--concurrency 8]   (after `npm run build`)
//        APP_DIR=<checkout with a build>, MEMORY_PORT=3203. The server runs with `npm start`'s V8 flags
//        (package.json); --node-flags "--max-old-space-size=200" tries others ("" for Node's defaults).
// The URLs are what a crawler or a curious reader sends that no cache can answer: comparisons rendered
// per request (pairs of enhanced codes, in every locale), 404s and searches, each URL different.
// Prints the server's RSS (all its processes) every --every URLs (2,500), and the start-up time to a first page.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startFlags, treeRssMb, waitFor } from './server.mjs';
import { localesOf, sitemapPages } from './deploy/urls.mjs';

const { values } = parseArgs({
  options: {
    urls: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '8' },
    every: { type: 'string', default: '2500' },
    'node-flags': { type: 'string' },
  },
});
const total = Number(values.urls);
const appDir = process.env.APP_DIR ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const port = Number(process.env.MEMORY_PORT ?? 3203);
const origin = `http://localhost:${port}`;
if (!existsSync(`${appDir}/.next/BUILD_ID`)) {
  console.error(`bench/memory.mjs serves the production build in ${appDir}, and there is none: run \`npm run build\` first.`);
  process.exit(1);
}

const startedAt = Date.now();
const nodeFlags = values['node-flags'] === undefined ? startFlags(appDir) : values['node-flags'].split(/\s+/).filter(Boolean);
const server = spawn(process.execPath, [...nodeFlags, 'node_modules/next/dist/bin/next', 'start', '-H', 'localhost', '-p', String(port)], {
  cwd: appDir,
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
  env: { ...process.env, NODE_ENV: 'production' },
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
await waitFor(`${origin}/en/smtp/550`);
const firstPage = await fetch(`${origin}/en/smtp/550`);
await firstPage.arrayBuffer();
const startupMs = Date.now() - startedAt;

/** Distinct URLs, interleaved: 3 per-request comparisons, 1 search, 1 404, in turn, across locales. */
function* distinctUrls(site, locales) {
  const codes = site.enhancedCodes;
  const words = ['mailbox', 'quota', 'spam', 'relay', 'tls', 'dns', 'policy', 'greylist', 'size', 'auth', 'user', 'domain'];
  let n = 0;
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const locale = locales[n % locales.length];
      yield `/${locale}/smtp/${codes[i]}-vs-${codes[j]}`;
      if (n % 3 === 2) {
        yield `/${locale}/search?q=${words[n % words.length]}+${n}`;
        yield `/${locale}/smtp/${400 + (n % 600)}.${Math.floor(n / 600)}`; // 404s with distinct keys
      }
      n++;
    }
  }
}

const locales = localesOf(appDir);
const site = await sitemapPages(origin);
const urls = distinctUrls(site, locales);
const statuses = {};
const rows = [{ urls: 0, 'RSS MB': Math.round(treeRssMb(server.pid)), 'statuses so far': '' }];
let sent = 0;
let done = false;
async function worker() {
  while (!done && sent < total) {
    const next = urls.next();
    if (next.done) return void (done = true);
    const index = ++sent;
    const response = await fetch(origin + next.value, { redirect: 'manual', headers: { 'accept-language': 'en' } });
    await response.arrayBuffer();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (index % Number(values.every) === 0) {
      rows.push({ urls: index, 'RSS MB': Math.round(treeRssMb(server.pid)), 'statuses so far': JSON.stringify(statuses) });
      console.error(`# ${index} URLs: ${rows.at(-1)['RSS MB']} MB`);
    }
  }
}
const began = Date.now();
await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
console.log(`${locales.length} locales (${locales.join(', ')}), ${sent} distinct URLs in ${((Date.now() - began) / 1000).toFixed(0)} s; node flags: ${nodeFlags.join(' ') || '(defaults)'}`);
console.log(`start-up to the first served page: ${startupMs} ms`);
console.table(rows);
process.exit(0);
