// Scale to 16 locales (issue 10, item 8): in a throw-away copy of the checkout, registers the 14 future
// locales with a copy of the Vietnamese messages (longer than the English, so sizes are not understated),
// then measures a full `npm run build` (wall time, peak memory of the whole process tree, `.next` without
// its cache, prerendered pages) and pages rendered on request (distinct, uncached comparison URLs for
// 60 s: p50/p99 with one reader, throughput with ten). Nothing is written to this checkout.
// Usage: node bench/scale.mjs [--locales 2|16] [--seconds 60] [--keep]
//        node bench/scale.mjs --requests-only   (pages on request only, against this checkout's build)
// The machine's load average is printed with the figures: builds here share two cores with others.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startFlags, treeRssMb, waitFor } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const LOCALE_COUNT = Number(option('--locales', '16'));
const SECONDS = Number(option('--seconds', '60'));

/** The 14 locales of the follow-up issues, with their own names; Arabic is right-to-left. */
const FUTURE = {
  es: 'Español', fr: 'Français', de: 'Deutsch', 'pt-BR': 'Português (Brasil)', ja: '日本語', 'zh-CN': '简体中文',
  ko: '한국어', ru: 'Русский', id: 'Bahasa Indonesia', ar: 'العربية', tr: 'Türkçe', it: 'Italiano', cs: 'Čeština', 'zh-TW': '繁體中文',
};

const repo = new URL('..', import.meta.url).pathname;
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

function copyCheckout() {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-scale-'));
  for (const entry of readdirSync(repo)) {
    if (['.next', 'node_modules', '.git'].includes(entry)) continue;
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  // Hard links: a copy in seconds, and Turbopack does not follow a symlink out of the project.
  execFileSync('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')]);
  return dir;
}

function addLocales(dir) {
  const table = JSON.parse(readFileSync(join(dir, 'i18n/locales.json'), 'utf8'));
  const wanted = Object.keys(FUTURE).filter((l) => !(l in table)).slice(0, Math.max(0, LOCALE_COUNT - Object.keys(table).length));
  for (const locale of wanted) {
    table[locale] ??= { name: FUTURE[locale], dir: locale === 'ar' ? 'rtl' : 'ltr' };
    cpSync(join(dir, 'messages/vi.json'), join(dir, `messages/${locale}.json`));
    cpSync(join(dir, 'messages/translated-from/vi.json'), join(dir, `messages/translated-from/${locale}.json`));
    cpSync(join(dir, 'i18n/search/vi.json'), join(dir, `i18n/search/${locale}.json`));
  }
  writeFileSync(join(dir, 'i18n/locales.json'), JSON.stringify(table, null, 2));
  // Every registered locale needs a row of everyday search queries (the type says so); the copies get none.
  const queries = join(dir, 'data/search-queries.ts');
  const source = readFileSync(queries, 'utf8');
  const end = source.lastIndexOf('};');
  writeFileSync(queries, `${source.slice(0, end)}${wanted.map((l) => `  '${l}': [],\n`).join('')}${source.slice(end)}`);
  return Object.keys(table);
}

function du(path, exclude) {
  return Number(execFileSync('du', ['-sb', ...(exclude ? [`--exclude=${exclude}`] : []), path], { encoding: 'utf8' }).split('\t')[0]);
}

async function build(dir) {
  const loadBefore = load();
  const started = Date.now();
  const child = spawn('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // When each phase of the build began (seconds from the start), from the first line that names it.
  const phases = {};
  const PHASES = { compile: /Creating an optimized/, typescript: /Running TypeScript/, 'page data': /Collecting page data/, pages: /Generating static pages/, 'CSP hashes': /server-rendered on demand/ };
  const read = (d) => {
    output += d;
    for (const [name, pattern] of Object.entries(PHASES)) if (!(name in phases) && pattern.test(output)) phases[name] = (Date.now() - started) / 1000;
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid))), 500);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build failed:\n${output.slice(-4000)}`);
  return {
    seconds: (Date.now() - started) / 1000,
    peakMb: Math.round(peakMb),
    pages: Number(/Generating static pages using \d+ workers? \((\d+)\/\1\)/.exec(output)?.[1] ?? NaN),
    prerenderedHtml: Number(/hashed the inline scripts of (\d+) prerendered pages/.exec(output)?.[1] ?? NaN),
    nextMb: Math.round(du(join(dir, '.next'), 'cache') / 1e6),
    load: `${loadBefore} → ${load()}`,
    phases: Object.entries(phases).map(([name, at]) => `${name} from ${at.toFixed(0)} s`).join(', '),
  };
}

/** The enhanced codes of class 5, asked of the app's own data (lib/enhanced-codes.ts). */
function enhancedCodesOfClass5(dir) {
  return JSON.parse(execFileSync(join(dir, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.json', 'bench/enhanced-codes.ts'], { cwd: dir, encoding: 'utf8' }));
}

/** Comparisons no build prerenders (lib/pages.ts): pairs of class-5 enhanced codes, in every locale, shuffled. */
function uncachedUrls(dir, locales) {
  const enhanced = enhancedCodesOfClass5(dir);
  const key = (id) => id.split('.').map(Number);
  const sorted = enhanced.sort((a, b) => key(a).reduce((o, n, i) => o || n - key(b)[i], 0));
  const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `${a}-vs-${b}`));
  const urls = locales.flatMap((l) => pairs.map((p) => `/${l}/smtp/${p}`));
  for (let i = urls.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [urls[i], urls[j]] = [urls[j], urls[i]];
  }
  return urls;
}

async function readers(origin, urls, count, seconds) {
  let next = 0;
  const latencies = [];
  const errors = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: count }, async () => {
      while (Date.now() < until && next < urls.length) {
        const url = urls[next++];
        const started = performance.now();
        const response = await fetch(origin + url);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (response.status !== 200) errors.push(`${url} → ${response.status}`);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requests: latencies.length, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors };
}

async function requestBench(dir, locales) {
  const port = await freePort();
  // The server as `npm start` runs it, with its V8 flags.
  const server = spawn(process.execPath, [...startFlags(dir), 'node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
  });
  try {
    const origin = `http://localhost:${port}`;
    await waitFor(origin);
    const urls = uncachedUrls(dir, locales);
    await readers(origin, urls.splice(0, 100), 1, 15); // warm-up: modules loaded, JIT warm
    const loadBefore = load();
    const one = await readers(origin, urls, 1, SECONDS);
    urls.splice(0, one.requests);
    const ten = await readers(origin, urls, 10, SECONDS);
    return { one, ten, load: `${loadBefore} → ${load()}` };
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }
}

if (args.includes('--requests-only')) {
  // Pages on request against this checkout's own build (run `npm run build` first).
  const locales = Object.keys(JSON.parse(readFileSync(join(repo, 'i18n/locales.json'), 'utf8')));
  const r = await requestBench(repo, locales);
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(`${locales.length} locales, on request, 1 reader: ${r.one.requests} distinct URLs in ${SECONDS} s, p50 ${ms(r.one.p50)}, p99 ${ms(r.one.p99)}`);
  console.log(`on request, 10 readers: ${r.ten.perSecond.toFixed(0)} req/s, p50 ${ms(r.ten.p50)}, p99 ${ms(r.ten.p99)}; load ${r.load}; non-200: ${r.one.errors.length + r.ten.errors.length}`);
  process.exit(0);
}

const dir = copyCheckout();
try {
  const locales = addLocales(dir);
  console.log(`${locales.length} locales in ${dir}: ${locales.join(' ')}`);
  const b = await build(dir);
  console.log(`build: ${b.seconds.toFixed(0)} s, peak ${b.peakMb} MB (process tree), .next without cache ${b.nextMb} MB, ${b.pages} static pages (${b.prerenderedHtml} HTML pages), load ${b.load}`);
  console.log(`build phases: ${b.phases}`);
  const r = await requestBench(dir, locales);
  const ms = (n) => `${n.toFixed(1)} ms`;
  console.log(`on request, 1 reader: ${r.one.requests} distinct URLs in ${SECONDS} s, p50 ${ms(r.one.p50)}, p99 ${ms(r.one.p99)}`);
  console.log(`on request, 10 readers: ${r.ten.perSecond.toFixed(0)} req/s, p50 ${ms(r.ten.p50)}, p99 ${ms(r.ten.p99)}; load ${r.load}`);
  const errors = [...r.one.errors, ...r.ten.errors];
  if (errors.length) console.log(`non-200 answers: ${errors.length} (${errors.slice(0, 5).join(', ')})`);
  const verdict = (ok) => (ok ? 'within' : 'OVER');
  console.log(`bars: build ≤ 180 s ${verdict(b.seconds <= 180)}, .next ≤ 1 GB ${verdict(b.nextMb <= 1000)}, p50 ≤ 30 ms ${verdict(r.one.p50 <= 30)}, p99 ≤ 80 ms ${verdict(r.one.p99 <= 80)}`);
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
