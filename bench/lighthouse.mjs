// Lighthouse (12.2.3, default config = mobile preset, simulated throttling) on every page type in every
// locale, against a production server it starts: four category scores per page, then every audit that
// scores below 100 on some page.
// Usage: node bench/lighthouse.mjs [--quick] [path …]   (after `npm run build`; paths without the locale,
//        e.g. /smtp/550; --quick = home, a code page and a comparison in English only)
// Chromium is Debian's (CHROMIUM_PATH to change it), started here with a debugging port for Lighthouse.
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS } from '../e2e/browser.mjs';
import { LOCALES } from '../e2e/locales.mjs';
import { freePort, requireBuild, startNext, waitFor } from './server.mjs';

export const PAGE_TYPES = [
  '',
  '/smtp/550',
  '/smtp/5.1.1',
  '/smtp/5.7.509',
  '/smtp/250-vs-550',
  '/smtp/enhanced',
  '/smtp/decode',
  '/search?q=mailbox',
  '/guide',
  '/smtp/999',
  '/embed/smtp/550',
];
const QUICK_PAGE_TYPES = ['', '/smtp/550', '/smtp/250-vs-550'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function launchChromium() {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    [...CHROMIUM_FLAGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  process.on('exit', () => chromium.kill());
  // The profile is removed once Chromium has exited: until then it is still writing to it.
  const stop = async () => {
    if (chromium.exitCode === null && chromium.signalCode === null) {
      const exited = once(chromium, 'exit');
      chromium.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  await waitFor(`http://127.0.0.1:${port}/json/version`);
  return { port, stop };
}

export function lighthousePaths({ quick = false, pageTypes } = {}) {
  const types = pageTypes?.length ? pageTypes : quick ? QUICK_PAGE_TYPES : PAGE_TYPES;
  return (quick && !pageTypes?.length ? ['en'] : LOCALES).flatMap((locale) => types.map((type) => `/${locale}${type}`));
}

/** One Lighthouse run; a run whose trace came out broken (NO_NAVSTART on a busy machine) is tried again. */
async function audit(url, port, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, ignoreStatusCode: true });
    if (!lhr.runtimeError || attempt === attempts) return lhr;
    console.error(`${url}: ${lhr.runtimeError.code}, trying again`);
  }
}

/** Scores (0–100) per page and the audits below 100; the 404 page is audited despite its status. */
export async function measureLighthouse(paths) {
  const next = await startNext();
  const chromium = await launchChromium();
  const pages = [];
  const failing = new Map();
  try {
    for (const [i, path] of paths.entries()) {
      console.error(`lighthouse ${i + 1}/${paths.length}: ${path}`);
      const lhr = await audit(next.url + path, chromium.port);
      pages.push({ path, ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])) });
      const counted = new Set(CATEGORIES.flatMap((c) => lhr.categories[c].auditRefs.map((ref) => ref.id)));
      for (const audit of Object.values(lhr.audits)) {
        if (!counted.has(audit.id) || audit.score === null || audit.score >= 1) continue;
        const entry = failing.get(audit.id) ?? { id: audit.id, title: audit.title, pages: [] };
        entry.pages.push(`${path} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
        failing.set(audit.id, entry);
      }
      if (lhr.runtimeError) console.error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
  } finally {
    await chromium.stop();
    next.stop();
  }
  return { pages, failing: [...failing.values()] };
}

export function printLighthouse({ pages, failing }) {
  console.table(pages.map(({ path, ...scores }) => ({ page: path, ...scores })));
  if (!failing.length) return console.log('Every audit scores 100 on every page.');
  console.log('Audits below 100 (score, value per page):');
  for (const audit of failing) console.log(`- ${audit.id}: ${audit.title}\n    ${audit.pages.join('\n    ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  requireBuild('bench/lighthouse.mjs');
  const { values, positionals } = parseArgs({ options: { quick: { type: 'boolean' } }, allowPositionals: true });
  printLighthouse(await measureLighthouse(lighthousePaths({ quick: values.quick, pageTypes: positionals })));
  process.exit(0);
}
