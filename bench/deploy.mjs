// The reference deployment (deploy/: nginx caching in front of two `next start`) under load and a fault.
// Usage: node bench/deploy.mjs [--duration 60] [--connections 100] [--dead-for 15] [--generator wrk|autocannon]
//        (after `npm run build`)
//        APP_DIR=<checkout with a build> PORT=8080 APP_PORTS="3201 3202" STATIC_PORT=8081 also apply.
// Loopback only; stops by itself (three runs of --duration seconds plus start-up) and stops what it started.
//
//  1. The whole mix through nginx (prerendered pages in every locale on most connections; per-request
//     comparisons, search, the codes API and 404s on the rest). A quarter into it, one app instance is
//     killed with SIGKILL; --dead-for seconds later it is started again. Errors and statuses other than
//     each URL's own are counted, and the figures for the time the instance was down are shown apart.
//  2. Only the prerendered pages, through nginx (its cache).
//  3. The same pages' files served by nginx directly (bench/deploy/static-nginx.conf.template).
//     Runs 2 and 3 take turns (2, 3, 2, 3; --duration in all for each); each is shown as its average
//     requests/s and its worse turn's latencies.
// Runs 2 and 3 use wrk (Debian's package, `apt-get install wrk`) when it is installed: autocannon is one
// Node thread, and at 100 connections on a small machine it is the slowest part of the loop, so the
// latency it reports is mostly its own queue. wrk is written in C and costs a fraction of that; without
// it, autocannon measures all three runs (the output says which one did).
// Requests look like a browser's (Accept-Encoding: gzip, deflate, br; Accept-Language), with no cookie.
import autocannon from 'autocannon';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadMix, localesOf } from './deploy/urls.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '60' },
    connections: { type: 'string', default: process.env.BENCH_CONNECTIONS ?? '100' },
    'dead-for': { type: 'string', default: '15' },
    'uncached-share': { type: 'string', default: '0.2' },
    generator: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const deadFor = Math.min(Number(values['dead-for']), duration / 2);
const uncachedConnections = Math.max(1, Math.round(connections * Number(values['uncached-share'])));

const here = new URL('.', import.meta.url).pathname;
const appDir = process.env.APP_DIR ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const port = Number(process.env.PORT ?? 8080);
const [appPort1] = (process.env.APP_PORTS ?? '3201 3202').split(/\s+/);
const staticPort = Number(process.env.STATIC_PORT ?? 8081);
const runDir = `${tmpdir()}/smtp-codes-deploy-bench`;
const staticDir = `${tmpdir()}/smtp-codes-static-bench`;
const origin = `http://127.0.0.1:${port}`;
const env = { ...process.env, APP_DIR: appDir, PORT: String(port), RUN_DIR: runDir };

const HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en-US,en;q=0.9',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) bench/deploy.mjs',
};

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const log = (message) => console.error(`# ${message}`);

/** Figures of a set of responses: count, rate over `seconds`, latency percentiles. */
function figures(latencies, seconds) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return { requests: sorted.length, rps: sorted.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/**
 * One autocannon run of `paths` (expected status of each in `expected`). Every response and error is
 * kept with its time, so that any window of the run can be measured afterwards.
 */
function hammer(url, paths, expected, { connections, duration }) {
  const events = [];
  const instance = autocannon({
    url,
    connections,
    duration,
    headers: HEADERS,
    timeout: 30,
    // autocannon reconnects silently when the server closes a connection: a response cut off midway (an
    // instance killed while it streamed a page) would go uncounted, and would shift every later response
    // of that connection onto the wrong URL. A reconnect that no error or timeout explains is counted.
    setupClient: (client) => {
      const connect = client._connect;
      let explained = true; // the first connection
      client.on('connError', () => (explained = true));
      client.on('timeout', () => (explained = true));
      client._connect = function () {
        if (!explained) events.push({ t: Date.now(), error: 'connection closed by the server' });
        explained = false;
        return connect.call(this);
      };
    },
    requests: paths.map((path) => ({
      method: 'GET',
      path,
      onResponse: (status, _body, _context, headers) => {
        const cache = headers?.['X-Cache-Status'] ?? headers?.['x-cache-status'];
        events.push({ t: Date.now(), status, path, unexpected: status !== expected.get(path), hit: cache === 'HIT' || cache === 'STALE' });
      },
    })),
  });
  const latencies = [];
  instance.on('response', (_client, _status, _bytes, time) => latencies.push({ t: Date.now(), time }));
  instance.on('reqError', (error) => events.push({ t: Date.now(), error: error.code ?? error.message }));
  const started = Date.now();
  return new Promise((resolve, reject) =>
    instance.on('done', (result) => resolve({ result, events, latencies, started, ended: Date.now() })).on('error', reject),
  );
}

/** What a run shows between times `from` and `to` (ms since the epoch). */
function windowOf(run, from = run.started, to = run.ended) {
  const inside = ({ t }) => t >= from && t < to;
  const events = run.events.filter(inside);
  const responses = events.filter((e) => !e.error);
  return {
    ...figures(run.latencies.filter(inside).map((l) => l.time), (to - from) / 1000),
    errors: events.filter((e) => e.error).length,
    serverErrors: responses.filter((e) => e.status >= 500).length,
    unexpected: responses.filter((e) => e.unexpected),
    hitShare: responses.length ? responses.filter((e) => e.hit).length / responses.length : 0,
  };
}

/** Asks each path once: fills the cache, and learns each path's status (following redirects once). */
async function settle(paths) {
  const expected = new Map();
  const settled = [];
  for (const path of paths) {
    let response = await fetch(origin + path, { headers: HEADERS, redirect: 'manual' });
    let final = path;
    if (response.status >= 300 && response.status < 400) {
      final = new URL(response.headers.get('location'), origin).pathname;
      response = await fetch(origin + final, { headers: HEADERS, redirect: 'manual' });
    }
    await response.arrayBuffer();
    if (response.status >= 500) throw new Error(`${final} answered ${response.status} before the run`);
    expected.set(final, response.status);
    settled.push(final);
  }
  // Once more as a returning reader, whose cookie already names the page's locale: today the app sets
  // the locale cookie on a first visit's page, and nginx does not store a response with Set-Cookie.
  // The runs then ask without a cookie, as first visits, and get what this stored.
  for (const path of settled) {
    const cookie = `NEXT_LOCALE=${path.split('/')[1]}`;
    await (await fetch(origin + path, { headers: { ...HEADERS, cookie } })).arrayBuffer();
  }
  return { paths: [...new Set(settled)], expected };
}

/** nginx on the prerendered files of `paths`, with gzip copies beside them (as gzip_static wants). */
function startStatic(paths) {
  rmSync(staticDir, { recursive: true, force: true });
  mkdirSync(`${staticDir}/tmp`, { recursive: true });
  for (const path of paths) {
    const source = `${appDir}/.next/server/app${path}.html`;
    if (!existsSync(source)) throw new Error(`no prerendered file for ${path}`);
    const target = `${staticDir}/root${path}.html`;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(source, target);
    writeFileSync(`${target}.gz`, gzipSync(readFileSync(source), { level: 6 }));
  }
  const config = readFileSync(`${here}deploy/static-nginx.conf.template`, 'utf8')
    .replaceAll('@@RUN_DIR@@', staticDir)
    .replaceAll('@@PORT@@', String(staticPort))
    .replaceAll('@@ROOT@@', `${staticDir}/root`);
  writeFileSync(`${staticDir}/nginx.conf`, config);
  execFileSync('/usr/sbin/nginx', ['-p', staticDir, '-c', `${staticDir}/nginx.conf`, '-e', `${staticDir}/nginx-error.log`]);
  return () => {
    try {
      process.kill(Number(readFileSync(`${staticDir}/nginx.pid`, 'utf8')), 'SIGTERM');
    } catch {}
  };
}

// --generator autocannon measures runs 2 and 3 with autocannon even where wrk is installed.
const WRK = values.generator === 'autocannon' ? undefined : ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((path) => existsSync(path));
if (values.generator === 'wrk' && !WRK) throw new Error('--generator wrk: wrk is not installed (apt-get install -y wrk)');

/**
 * Runs 2 and 3 with wrk: every connection asks `paths` in turn, with the same headers as autocannon's.
 * Its Lua script prints one JSON line; the figures have the same shape as windowOf's.
 */
function wrkRun(url, paths, { connections, duration }) {
  const script = `${tmpdir()}/smtp-codes-wrk.lua`;
  writeFileSync(
    script,
    `local paths = ${JSON.stringify(paths).replace(/^\[/, '{').replace(/\]$/, '}')}
local i = math.random(#paths)
${Object.entries(HEADERS).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`).join('\n')}
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests":%d,"us":%d,"p50":%.3f,"p99":%.3f,"errors":%d,"statuses":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
`,
  );
  const output = execFileSync(WRK, ['-t2', `-c${connections}`, `-d${duration}s`, '--timeout', '30s', '-s', script, url], { encoding: 'utf8' });
  rmSync(script);
  const summary = JSON.parse(/^WRK (.*)$/m.exec(output)[1]);
  return { requests: summary.requests, rps: summary.requests / (summary.us / 1e6), p50: summary.p50, p99: summary.p99, errors: summary.errors, serverErrors: summary.statuses };
}

const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '–');
const describe = (w) => `${Math.round(w.rps)} req/s, p50 ${ms(w.p50)}, p99 ${ms(w.p99)}`;

if (!existsSync(`${appDir}/.next/BUILD_ID`)) {
  console.error(`bench/deploy.mjs serves the production build in ${appDir}, and there is none: run \`npm run build\` first.`);
  process.exit(1);
}
// The deployment scripts are this checkout's, also when the build is another one's (APP_DIR).
const start = () => execFileSync(`${here}../deploy/up.sh`, { env, encoding: 'utf8' }).trim();
// During a run: the event loop must not stop while the instance starts, or autocannon stalls too.
const startInBackground = () => promisify(execFile)(`${here}../deploy/up.sh`, { env });
const stop = () => spawnSync(`${here}../deploy/down.sh`, { env, stdio: 'inherit' });

let stopStatic = () => {};
process.on('exit', () => {
  stopStatic();
  rmSync(staticDir, { recursive: true, force: true });
  stop();
});
process.on('SIGINT', () => process.exit(130));

const loadBefore = load();
log(`deploy/up.sh (build in ${appDir})`);
stop();
log(`up at ${start()}`);
const locales = localesOf(appDir);
const mix = await loadMix(origin, locales);
// The sitemap also lists comparisons rendered on request (every one outside English's common pairs):
// the build's files say which pages are prerendered.
const prerendered = mix.cacheable.filter((path) => existsSync(`${appDir}/.next/server/app${path === '/' ? '/index' : path}.html`));
log(`locales ${locales.join(', ')}; ${prerendered.length} prerendered pages, ${mix.uncached.length} per-request URLs`);
const pages = await settle(prerendered);
const perRequest = await settle(mix.uncached);
const cacheableConnections = connections - uncachedConnections;

log(`run 1: whole mix, ${cacheableConnections} + ${uncachedConnections} connections, ${duration} s; instance :${appPort1} killed after ${duration / 4} s for ${deadFor} s`);
const pidFile = `${runDir}/app-${appPort1}.pid`;
const fault = { killed: 0, restarted: 0 };
const killTimer = setTimeout(() => {
  fault.killed = Date.now();
  process.kill(-Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
  setTimeout(async () => {
    // up.sh starts what is not running and returns once it answers.
    fault.restarting = Date.now();
    await startInBackground();
    fault.restarted = Date.now();
  }, deadFor * 1000);
}, (duration / 4) * 1000);
const [mixPages, mixOthers] = await Promise.all([
  hammer(origin, pages.paths, pages.expected, { connections: cacheableConnections, duration }),
  hammer(origin, perRequest.paths, perRequest.expected, { connections: uncachedConnections, duration }),
]);
clearTimeout(killTimer);
start(); // in case the restart has not finished (or begun) yet: runs 2 and 3 are without a fault
const loadDuringMix = load();

const generator = WRK ? 'wrk' : 'autocannon';
// Runs 2 and 3 take turns, in halves, so that a change in the machine's load weighs on both alike.
const TURNS = 2;
const turn = Math.max(1, Math.round(duration / TURNS));
const measure = async (url, expected) =>
  WRK ? wrkRun(url, pages.paths, { connections, duration: turn }) : windowOf(await hammer(url, pages.paths, expected, { connections, duration: turn }));
stopStatic = startStatic(pages.paths);
const staticOrigin = `http://127.0.0.1:${staticPort}`;
const staticExpected = new Map(pages.paths.map((p) => [p, 200]));
const cachedTurns = [];
const directTurns = [];
for (let i = 1; i <= TURNS; i++) {
  log(`run 2 (${i}/${TURNS}): prerendered pages through nginx, ${connections} connections, ${turn} s (${generator})`);
  cachedTurns.push(await measure(origin, pages.expected));
  log(`run 3 (${i}/${TURNS}): the same files from nginx directly, ${connections} connections, ${turn} s (${generator})`);
  directTurns.push(await measure(staticOrigin, staticExpected));
}
stopStatic();
/** The turns of one run as one: requests/s on average, and the worse turn's latencies. */
const together = (turns) => ({
  requests: turns.reduce((n, t) => n + t.requests, 0),
  rps: turns.reduce((n, t) => n + t.rps, 0) / turns.length,
  p50: Math.max(...turns.map((t) => t.p50)),
  p99: Math.max(...turns.map((t) => t.p99)),
  errors: turns.reduce((n, t) => n + t.errors, 0),
  serverErrors: turns.reduce((n, t) => n + t.serverErrors, 0),
});
const cached = together(cachedTurns);
const direct = together(directTurns);
const loadAfter = load();

const whole = [windowOf(mixPages), windowOf(mixOthers)];
const dead = fault.killed
  ? [windowOf(mixPages, fault.killed, fault.restarted || mixPages.ended), windowOf(mixOthers, fault.killed, fault.restarted || mixOthers.ended)]
  : null;
const deadSeconds = fault.killed ? ((fault.restarted || mixPages.ended) - fault.killed) / 1000 : 0;
const ratio = cached.rps / direct.rps;
const errors = whole.reduce((n, w) => n + w.errors, 0);
const serverErrors = whole.reduce((n, w) => n + w.serverErrors, 0);
const unexpected = whole.flatMap((w) => w.unexpected);
const verdict = (ok, bar) => `${ok ? 'ok' : 'MISSED'} (${bar})`;

const rows = [
  { run: `pages via nginx cache (${generator})`, figure: `${describe(cached)}${cached.errors || cached.serverErrors ? `, ${cached.errors} errors, ${cached.serverErrors} non-2xx` : ''}`, bar: verdict(cached.p99 <= 50, 'p99 ≤ 50 ms') },
  { run: `same files, nginx direct (${generator})`, figure: describe(direct), bar: '' },
  { run: 'cache / direct requests/s', figure: ratio.toFixed(2), bar: verdict(ratio >= 0.5, '≥ 0.5') },
  { run: 'mix: prerendered pages', figure: `${describe(whole[0])}, ${(whole[0].hitShare * 100).toFixed(1)} % cache hits`, bar: '' },
  { run: 'mix: per-request share', figure: `${describe(whole[1])}, ${(whole[1].hitShare * 100).toFixed(1)} % cache hits`, bar: '' },
  { run: 'mix: errors / 5xx / other unexpected', figure: `${errors} / ${serverErrors} / ${unexpected.length - serverErrors}`, bar: verdict(errors === 0 && serverErrors === 0, '0 errors, 0 5xx') },
];
if (dead) {
  rows.push(
    { run: `instance dead (${deadSeconds.toFixed(1)} s): pages`, figure: describe(dead[0]), bar: '' },
    { run: 'instance dead: per-request share', figure: describe(dead[1]), bar: '' },
    {
      run: 'instance dead: errors / 5xx',
      figure: `${dead[0].errors + dead[1].errors} / ${dead[0].serverErrors + dead[1].serverErrors}`,
      bar: verdict(dead.every((w) => w.errors === 0 && w.serverErrors === 0), '0, 0'),
    },
    { run: 'instance back after restart', figure: `${((fault.restarted - fault.restarting) / 1000).toFixed(1)} s from start to answering`, bar: '' },
  );
}
console.log(`${connections} connections, ${duration} s per run; ${pages.paths.length} prerendered pages and ${perRequest.paths.length} per-request URLs in ${locales.length} locales`);
console.log(`load average (1, 5, 15 min): before ${loadBefore}; after run 1 ${loadDuringMix}; at the end ${loadAfter}`);
console.table(rows);
if (unexpected.length) {
  const counts = {};
  for (const e of unexpected) counts[`${e.path} → ${e.status}`] = (counts[`${e.path} → ${e.status}`] ?? 0) + 1;
  console.log('unexpected statuses:', counts);
}
const errorKinds = {};
for (const e of [...mixPages.events, ...mixOthers.events].filter((e) => e.error)) errorKinds[e.error] = (errorKinds[e.error] ?? 0) + 1;
if (errors) console.log('errors:', errorKinds);
// nginx's own account: a response already under way when its instance died cannot be retried (its status
// and first bytes have reached the reader), so the reader's connection is closed.
const nginxLog = existsSync(`${runDir}/nginx-error.log`) ? readFileSync(`${runDir}/nginx-error.log`, 'utf8') : '';
const cutMidResponse = nginxLog.split('\n').filter((line) => /while reading upstream/.test(line));
if (cutMidResponse.length) console.log(`nginx: ${cutMidResponse.length} responses cut while they were being sent (the instance died mid-response):\n${cutMidResponse.map((l) => `  ${l.slice(0, 220)}`).join('\n')}`);
process.exit(0);
