// Load test of the production server, and of the same prerendered HTML served by a bare Node server.
// Usage: node bench/load.mjs [--duration 60] [--connections 100]   (after `npm run build`)
//        BENCH_DURATION=10 node bench/load.mjs                      (same as --duration 10)
//
// Three runs of the same length, one after the other:
//  1. next start, the whole mix below (pages, dynamic search, API, 404);
//  2. next start, only the prerendered page URLs;
//  3. bench/static-server.mjs, the same page URLs, answered from the same .next/server/app/**.html.
// Each server runs in its own process, apart from autocannon. Besides requests/s and latency, the
// server's CPU time per request is read from /proc: on a machine shared with other work it is the
// steadier figure. "next/static" compares run 2 with run 3: what Next's request handling costs over
// writing the file out.
// Requests look like a first visit from a browser (Accept-Language, Sec-Fetch-Dest: document, no
// cookie), so the proxy does the work it does for a new reader; no Accept-Encoding, so neither server
// spends time compressing. Timings vary from run to run and with whatever else the machine does.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { requireBuild, startNext, treeCpuMs, treeRssMb } from './server.mjs';

/** The mix: each connection requests these in turn. `page` marks the prerendered ones (run 2 and 3). */
export const MIX = [
  { path: '/en/smtp/550', status: 200, page: true },
  { path: '/vi/smtp/421', status: 200, page: true },
  { path: '/en/smtp/5.1.1', status: 200, page: true },
  { path: '/vi/smtp/5.7.1', status: 200, page: true },
  { path: '/en/smtp/5.7.509', status: 200, page: true },
  { path: '/en/smtp/250-vs-550', status: 200, page: true },
  { path: '/en/search?q=mailbox', status: 200 },
  { path: '/api/v1/codes/550', status: 200 },
  { path: '/en/smtp/999', status: 404 },
];

const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-language': 'en-US,en;q=0.9',
  'sec-fetch-dest': 'document',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) bench/load.mjs',
};

export function loadOptions(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: { duration: { type: 'string' }, connections: { type: 'string' }, quick: { type: 'boolean' } },
    strict: false,
  });
  const quick = values.quick ? 10 : undefined;
  return {
    duration: Number(values.duration ?? process.env.BENCH_DURATION ?? quick ?? 60),
    connections: Number(values.connections ?? process.env.BENCH_CONNECTIONS ?? 100),
  };
}

/**
 * One autocannon run against the server at `url` (process `pid`); any status other than the one a URL
 * should answer is counted as unexpected.
 */
export async function hammer({ url, pid }, entries, { duration, connections }) {
  const unexpected = {};
  const cpuBefore = treeCpuMs(pid);
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: BROWSER_HEADERS,
    requests: entries.map(({ path, status }) => ({
      method: 'GET',
      path,
      onResponse: (actual) => {
        if (actual !== status) unexpected[`${path} → ${actual}`] = (unexpected[`${path} → ${actual}`] ?? 0) + 1;
      },
    })),
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    // Per request sent: those still in flight when the run stops have cost the server CPU too.
    cpuMsPerRequest: (treeCpuMs(pid) - cpuBefore) / result.requests.sent,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    unexpected,
  };
}

/** bench/static-server.mjs in a process of its own, on a free port. */
async function startStatic() {
  const child = spawn(process.execPath, [new URL('static-server.mjs', import.meta.url).pathname, '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(child.stdout, 'data');
  return { url: /http:\/\/\S+/.exec(String(line))[0], pid: child.pid, stop: () => child.kill() };
}

export async function measureLoad(options = loadOptions()) {
  const next = await startNext();
  let staticServer;
  try {
    // One request per URL first: the first render of a dynamic page pays for loading its code.
    for (const { path } of MIX) await fetch(next.url + path, { headers: BROWSER_HEADERS });
    const memoryBefore = treeRssMb(next.pid);
    const mix = await hammer(next, MIX, options);
    const memoryAfter = treeRssMb(next.pid);
    const pages = MIX.filter((entry) => entry.page);
    const nextPages = await hammer(next, pages, options);
    next.stop();
    staticServer = await startStatic();
    const staticPages = await hammer(staticServer, pages, options);
    return {
      options,
      mix,
      memoryBefore,
      memoryAfter,
      nextPages,
      staticPages,
      ratio: nextPages.rps / staticPages.rps,
      cpuRatio: nextPages.cpuMsPerRequest / staticPages.cpuMsPerRequest,
    };
  } finally {
    next.stop();
    staticServer?.stop();
  }
}

const ms = (n) => `${n} ms`;

export function loadRows(load) {
  const row = (name, run) => ({
    run: name,
    'requests/s': Math.round(run.rps),
    p50: ms(run.p50),
    p99: ms(run.p99),
    'CPU/request': `${run.cpuMsPerRequest.toFixed(2)} ms`,
    'errors (timeouts)': `${run.errors} (${run.timeouts})`,
    unexpected: Object.values(run.unexpected).reduce((a, b) => a + b, 0),
  });
  return [row('next: whole mix', load.mix), row('next: prerendered pages', load.nextPages), row('static: same pages', load.staticPages)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  requireBuild('bench/load.mjs');
  const options = loadOptions();
  console.log(`${options.connections} connections, ${options.duration} s per run, URLs:\n  ${MIX.map((e) => e.path).join('\n  ')}`);
  const load = await measureLoad(options);
  console.table(loadRows(load));
  for (const [name, run] of [['whole mix', load.mix], ['pages', load.nextPages], ['static', load.staticPages]]) {
    if (Object.keys(run.unexpected).length) console.log(`unexpected statuses (${name}):`, run.unexpected);
  }
  console.table({
    'server memory (RSS, MB)': {
      'before load': Math.round(load.memoryBefore),
      'after load': Math.round(load.memoryAfter),
    },
  });
  console.log(`next/static on the same pages: requests/s ${load.ratio.toFixed(2)}, CPU per request ${load.cpuRatio.toFixed(1)}`);
  process.exit(0);
}
