// All benchmarks in one command, one table: `npm run bench` (about 15 minutes: a full build, three
// 60-second load runs, Lighthouse on every page type in every locale).
// `npm run bench -- --quick` for a fast look: reuses an existing build, 10-second load runs, Lighthouse
// on three English pages. Each step also runs alone (see the usage line at the top of each file).
// Figures only: nothing here fails on a slow machine; the "bar" column says how a figure compares with
// the targets from the issue.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCALES } from '../e2e/locales.mjs';
import { measureBuild } from './build.mjs';
import { loadOptions, measureLoad } from './load.mjs';
import { lighthousePaths, measureLighthouse } from './lighthouse.mjs';
import { measureObservatory } from './observatory.mjs';
import { pageWeight } from './page-weight.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } }, strict: false });
const quick = Boolean(values.quick);

/** One page per page type (the prerendered ones), in each locale; the heavier locale is reported. */
const PAGE_TYPES = [
  ['home', '', {}],
  ['reply code', '/smtp/550', { code: true }],
  ['enhanced code', '/smtp/5.1.1', { code: true }],
  ['provider code', '/smtp/5.7.509', { code: true }],
  ['comparison', '/smtp/250-vs-550', { code: true }],
  ['enhanced index', '/smtp/enhanced', {}],
  ['decoder', '/smtp/decode', {}],
  ['guide', '/guide', {}],
  ['embed card', '/embed/smtp/550', {}],
];
const BARS = { firstLoadJsKb: 110, htmlKb: 15, buildSeconds: 180 };

const rows = [];
const row = (section, measure, value, bar = '') => rows.push({ section, measure, value, bar });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok, limit) => `${ok ? 'ok' : 'OVER'} (≤ ${limit})`;
const step = (name) => console.error(`# ${name} …`);
const tsx = (file) =>
  JSON.parse(execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', new URL(file, import.meta.url).pathname, '--json'], { encoding: 'utf8' }));

// Build first: every other step measures or serves its output.
if (quick && existsSync(new URL('../.next/BUILD_ID', import.meta.url))) {
  row('build', 'time, peak memory', 'not measured (--quick reuses the existing build)');
} else {
  step('npm run build');
  const build = measureBuild();
  row('build', 'full build time', `${build.seconds.toFixed(0)} s`, verdict(build.seconds <= BARS.buildSeconds, '3 min'));
  row('build', 'peak memory (largest process)', `${build.peakMb.toFixed(0)} MB`);
  row('build', 'prerendered routes, .next size', `${build.routes}, ${build.size}`);
}

step('page weight');
for (const [name, type, { code }] of PAGE_TYPES) {
  const [heavier] = LOCALES.map((locale) => pageWeight(`/${locale}${type}`)).sort((a, b) => b.htmlGzip - a.htmlGzip);
  row('page weight', `${name}: HTML gzip (${heavier.path})`, kb(heavier.htmlGzip), verdict(heavier.htmlGzip <= BARS.htmlKb * 1024, '15 KB'));
  row(
    'page weight',
    `${name}: first-load JS gzip`,
    kb(heavier.jsGzip),
    code ? verdict(heavier.jsGzip <= BARS.firstLoadJsKb * 1024, '110 KB') : '',
  );
}

step('decoder');
const decoder = tsx('decoder.ts');
row('decoder', 'messages/s (one core)', decoder['messages per second (one core)']);
row('decoder', '1 MB raw DSN / pasted text', `${decoder['1 MB raw DSN email, median of 5 (ms)']} ms / ${decoder['1 MB pasted bounce text, median of 5 (ms)']} ms`);

step('search');
for (const search of tsx('search.ts')) {
  row('search', `${search.locale}: index gzip`, `${search.indexGzipKb.toFixed(1)} KB`);
  row('search', `${search.locale}: query time, p50 (p99) over ${search.queries} queries`, `${search.queryP50Ms.toFixed(2)} ms (${search.queryP99Ms.toFixed(2)} ms)`);
}

const options = loadOptions(); // --quick, --duration, --connections, BENCH_DURATION also apply here
step(`load (${options.connections} connections, 3 × ${options.duration} s)`);
const load = await measureLoad(options);
const unexpected = (run) => Object.values(run.unexpected).reduce((a, b) => a + b, 0);
row('load', 'whole mix: requests/s', Math.round(load.mix.rps));
row('load', 'whole mix: latency p50 / p99', `${load.mix.p50} ms / ${load.mix.p99} ms`);
row('load', 'whole mix: errors (of which timeouts) / unexpected statuses', `${load.mix.errors} (${load.mix.timeouts}) / ${unexpected(load.mix)}`);
row('load', 'server memory before / after (RSS)', `${Math.round(load.memoryBefore)} MB / ${Math.round(load.memoryAfter)} MB`);
row('load', 'whole mix: server CPU per request', `${load.mix.cpuMsPerRequest.toFixed(2)} ms`);
row('load', 'pages: next / static requests/s', `${Math.round(load.nextPages.rps)} / ${Math.round(load.staticPages.rps)} = ${load.ratio.toFixed(2)}`);
row('load', 'pages: next / static CPU per request', `${load.nextPages.cpuMsPerRequest.toFixed(2)} / ${load.staticPages.cpuMsPerRequest.toFixed(2)} ms = ${load.cpuRatio.toFixed(1)}`);

const paths = lighthousePaths({ quick });
step(`lighthouse (${paths.length} pages)`);
const lighthouse = await measureLighthouse(paths);
for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
  // A page Lighthouse could not audit has no score (NaN) and is left out.
  const scored = lighthouse.pages.filter((p) => Number.isFinite(p[category]));
  const lowest = scored.reduce((a, b) => (b[category] < a[category] ? b : a));
  const mean = scored.reduce((sum, p) => sum + p[category], 0) / scored.length;
  row('lighthouse', `${category}: lowest (mean) of ${scored.length} pages`, `${lowest[category]} on ${lowest.path} (${mean.toFixed(0)})`);
}

step('observatory');
const observatory = await measureObservatory();
row('observatory', 'grade, score, tests passed', `${observatory.grade}, ${observatory.score}, ${observatory.passed}/${observatory.total}`);

console.table(rows);
if (lighthouse.failing.length) {
  console.log(`Lighthouse audits below 100 (node bench/lighthouse.mjs for the pages and values):`);
  for (const audit of lighthouse.failing) console.log(`- ${audit.id} (${audit.pages.length} pages): ${audit.title}`);
}
process.exit(0);
