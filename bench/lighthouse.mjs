// Lighthouse (12.2.3, default config = mobile preset, simulated throttling) on every page type in every
// locale, against a production server it starts: four category scores per page, then every audit that
// scores below 100 on some page.
// Usage: node bench/lighthouse.mjs [--quick | --phone] [--runs N] [path …]   (after `npm run build`; paths
//        without the locale, e.g. /smtp/550; --quick = home, a code page and a comparison in English only;
//        --phone = the pages the phone bar is measured on (PHONE_PAGES), with 3 runs unless --runs says otherwise)
// With --runs N every page is audited N times in a row and each figure is the median of the N runs (the
// performance score, its metrics, the page weight); the audits listed are those of the median run.
// --save DIR writes each page's median run (Lighthouse's JSON report) to DIR, to read its diagnostics.
// Chromium is Debian's (CHROMIUM_PATH to change it), started here with a debugging port for Lighthouse.
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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
/**
 * The bar of issue 13: Lighthouse mobile ≥ 90 (median of 3) on home, a code page, a comparison and the decoder,
 * in English, Vietnamese, Japanese (CJK fonts, no spaces) and Arabic (right to left).
 */
const PHONE_PAGE_TYPES = ['', '/smtp/550', '/smtp/250-vs-550', '/smtp/decode'];
export const PHONE_PAGES = ['en', 'vi', 'ja', 'ar'].flatMap((locale) => PHONE_PAGE_TYPES.map((type) => `/${locale}${type}`));
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

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/** What one run says about speed: the metrics behind the performance score and what the page downloaded. */
function speedOf(lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const transferred = (type) => requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    tbt: numeric(lhr, 'total-blocking-time'),
    lcp: numeric(lhr, 'largest-contentful-paint'),
    fcp: numeric(lhr, 'first-contentful-paint'),
    si: numeric(lhr, 'speed-index'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    // Bytes over the wire (compressed as served): the document, and the scripts it loads.
    htmlKb: transferred('Document') / 1024,
    jsKb: transferred('Script') / 1024,
  };
}

/**
 * Scores (0–100) per page and the audits below 100; the 404 page is audited despite its status. With
 * runs > 1, each page's figures are medians and `runs` lists every run's performance score.
 */
export async function measureLighthouse(paths, { runs = 1, save } = {}) {
  const next = await startNext();
  const chromium = await launchChromium();
  const pages = [];
  const failing = new Map();
  try {
    for (const [i, path] of paths.entries()) {
      const lhrs = [];
      for (let run = 1; run <= runs; run++) {
        console.error(`lighthouse ${i + 1}/${paths.length}: ${path}${runs > 1 ? ` (run ${run}/${runs})` : ''}`);
        const lhr = await audit(next.url + path, chromium.port);
        if (lhr.runtimeError) console.error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        lhrs.push(lhr);
      }
      const scores = lhrs.map((lhr) => Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])));
      const speeds = lhrs.map(speedOf);
      const page = { path, ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores.map((s) => s[c]))])) };
      if (runs > 1) {
        page.runs = scores.map((s) => s.performance).join(' ');
        for (const key of Object.keys(speeds[0])) page[key] = median(speeds.map((s) => s[key]));
      }
      pages.push(page);
      // The audits of the run whose performance score is the median one.
      const medianRun = lhrs[scores.findIndex((s) => s.performance === page.performance)] ?? lhrs[0];
      if (save) writeFileSync(join(save, `${path.replace(/[^a-z0-9.-]+/gi, '_')}.json`), JSON.stringify(medianRun));
      const counted = new Set(CATEGORIES.flatMap((c) => medianRun.categories[c].auditRefs.map((ref) => ref.id)));
      for (const audit of Object.values(medianRun.audits)) {
        if (!counted.has(audit.id) || audit.score === null || audit.score >= 1) continue;
        const entry = failing.get(audit.id) ?? { id: audit.id, title: audit.title, pages: [] };
        entry.pages.push(`${path} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
        failing.set(audit.id, entry);
      }
    }
  } finally {
    await chromium.stop();
    next.stop();
  }
  return { pages, failing: [...failing.values()] };
}

const SPEED_COLUMNS = {
  tbt: (ms) => `${Math.round(ms)} ms`,
  lcp: (ms) => `${(ms / 1000).toFixed(2)} s`,
  fcp: (ms) => `${(ms / 1000).toFixed(2)} s`,
  si: (ms) => `${(ms / 1000).toFixed(2)} s`,
  cls: (value) => value.toFixed(3),
  htmlKb: (kb) => `${kb.toFixed(1)} KB`,
  jsKb: (kb) => `${kb.toFixed(1)} KB`,
};

export function printLighthouse({ pages, failing }) {
  console.table(
    pages.map(({ path, ...figures }) =>
      Object.fromEntries([['page', path], ...Object.entries(figures).map(([k, v]) => [k, SPEED_COLUMNS[k] && Number.isFinite(v) ? SPEED_COLUMNS[k](v) : v])]),
    ),
  );
  if (!failing.length) return console.log('Every audit scores 100 on every page.');
  console.log('Audits below 100 (score, value per page):');
  for (const audit of failing) console.log(`- ${audit.id}: ${audit.title}\n    ${audit.pages.join('\n    ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  requireBuild('bench/lighthouse.mjs');
  const { values, positionals } = parseArgs({
    options: { quick: { type: 'boolean' }, phone: { type: 'boolean' }, runs: { type: 'string' }, save: { type: 'string' } },
    allowPositionals: true,
  });
  const runs = Number(values.runs ?? (values.phone ? 3 : 1));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of runs, not ${values.runs}`);
  const paths = values.phone ? PHONE_PAGES : lighthousePaths({ quick: values.quick, pageTypes: positionals });
  // The machine's load next to the figures: simulated throttling still moves with what else runs.
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores; ${runs} run(s) per page`);
  if (values.save) mkdirSync(values.save, { recursive: true });
  printLighthouse(await measureLighthouse(paths, { runs, save: values.save }));
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
  process.exit(0);
}
