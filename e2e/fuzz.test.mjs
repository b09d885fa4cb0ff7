// Thousands of generated requests, from a fixed seed: every input class gets the status it must get, and
// nothing ever answers 5xx or drops the connection. What the site has is read from its sitemap, so the
// expectations do not come from the code under test.
//
// Requests go out through node:http, not fetch: fetch's URL parser resolves "../" and "%2e%2e" and
// escapes what it sees fit before anything leaves, and the server must be shown the raw paths.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { BASE_URL } from './browser.mjs';
import { sitemapPaths } from './sitemap.mjs';
import { LOCALES, messagesOf } from './locales.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20260521);
// Each class has its number of runs; FUZZ_SCALE=10 for a deeper search.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
// A rendered 404 costs the server ~20× a redirect: cheap classes get more runs, for the same time.
const RUNS = { cheap: 450, rendered: 200 };
const CONCURRENCY = 16;

const notFoundTitle = Object.fromEntries(LOCALES.map((l) => [l, messagesOf(l).NotFound.title]));

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
after(() => agent.destroy());

/** One request with the path exactly as given; resolves with status, headers and body text. */
function send(path, { method = 'GET', headers = {}, body, fresh = false } = {}) {
  const { hostname, port } = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    // A refused upload may close its connection mid-body: such requests get one of their own.
    const request = http.request({ host: hostname, port, path, method, headers, agent: fresh ? false : agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** What a browser puts on the wire: anything outside printable ASCII as UTF-8 percent-escapes. */
const onTheWire = (path) => path.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));

/** Runs every case `CONCURRENCY` at a time; returns the failures, one line each. */
async function runAll(cases, check) {
  const failures = [];
  const millisByKind = {};
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const input = cases[next++];
      const started = performance.now();
      let problem;
      try {
        problem = await check(input);
      } catch (error) {
        problem = `connection error: ${error.code ?? error.message}`;
      }
      millisByKind[input.kind] = (millisByKind[input.kind] ?? 0) + performance.now() - started;
      if (problem) failures.push(`[${input.kind}] ${JSON.stringify(input.path).slice(0, 140)}: ${problem}`);
    }
  };
  // One example of each kind of failure first, so that one noisy class does not hide the others.
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const count = (kind) => cases.filter((c) => c.kind === kind).length;
  const average = Object.entries(millisByKind).map(([kind, ms]) => `${kind} ${Math.round(ms / count(kind))} ms`);
  console.log(`fuzz: mean time per request: ${average.join(', ')}`);
  const firstOfKind = failures.filter((f, i) => failures.findIndex((g) => g.split(']')[0] === f.split(']')[0]) === i);
  return [...firstOfKind, ...failures.filter((f) => !firstOfKind.includes(f))];
}

const sample = (arbitrary, offset, runs) => fc.sample(arbitrary, { seed: SEED + offset, numRuns: Math.round(runs * SCALE) });
const locationPath = (response) => response.headers.location && new URL(response.headers.location, BASE_URL).pathname;

// ---------------------------------------------------------------------------------------------------
// What the site has: every page of the sitemap.

let pages = [];
before(async () => {
  pages = await sitemapPaths();
  assert.ok(pages.length > 1000, `sitemap lists ${pages.length} pages`);
});

/** Code slugs start with a digit: /smtp/550, /smtp/5.1.1, /smtp/250-vs-550 (not /smtp/decode). */
const slugsOf = (predicate) => [...new Set(pages.map((p) => p.split('/smtp/')[1]).filter((s) => /^\d/.test(s ?? '') && predicate(s)))];
const isPair = (slug) => slug.includes('-vs-');
/** Provider ranges such as 5.7.606-649: a code inside one redirects to it. */
const rangeOf = (slug) => {
  const m = /^(\d\.\d+)\.(\d+)-(\d+)$/.exec(slug);
  return m && { prefix: m[1], low: Number(m[2]), high: Number(m[3]) };
};
function isKnownCode(code, codes, ranges) {
  if (codes.has(code)) return true;
  const m = /^(\d\.\d+)\.(\d+)$/.exec(code);
  return !!m && ranges.some((r) => r.prefix === m[1] && Number(m[2]) >= r.low && Number(m[2]) <= r.high);
}

// ---------------------------------------------------------------------------------------------------
// Expectations: each returns a problem, or nothing.

const is = (...statuses) => (r) => (statuses.includes(r.status) ? null : `status ${r.status}, expected ${statuses.join(' or ')}`);
const isRedirectTo = (status, path) => (r) =>
  r.status !== status ? `status ${r.status}, expected ${status}` : locationPath(r) === path ? null : `Location ${r.headers.location}, expected ${path}`;
/** Next takes one slash off, or merges repeated ones, per redirect: where it points, tidied, is `path`. */
const isRedirectTowards = (path) => (r) =>
  r.status !== 308
    ? `status ${r.status}, expected 308`
    : locationPath(r)?.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1') === path
      ? null
      : `Location ${r.headers.location}, expected towards ${path}`;
const isRedirectIntoALocale = (r) =>
  r.status < 300 || r.status > 399
    ? `status ${r.status}, expected a redirect`
    : LOCALES.some((l) => locationPath(r) === `/${l}` || locationPath(r).startsWith(`/${l}/`))
      ? null
      : `Location ${r.headers.location} has no locale`;
/** The localized, server-rendered 404 page. */
const isLocalizedNotFound = (locale) => (r) =>
  r.status !== 404
    ? `status ${r.status}, expected 404`
    : !r.body.includes(`<html lang="${locale}"`) || !r.body.includes(notFoundTitle[locale])
      ? 'not the localized 404 page'
      : null;
const isRedirectOrClientError = (r) => (r.status >= 300 && r.status < 500 ? null : `status ${r.status}, expected 3xx or 4xx`);
const revealsNoFile = (r) =>
  /root:x:0:0|\[fonts\]|"devDependencies"|NEXT_PUBLIC|module\.exports/.test(r.body) ? 'the body looks like a file from the server' : null;
const all = (...checks) => (r) => checks.map((check) => check(r)).find(Boolean) ?? null;

// ---------------------------------------------------------------------------------------------------
// Generators of page URLs, one per input class: { kind, path, headers?, expect(response) }.

const locale = () => fc.constantFrom(...LOCALES);
const escapeAll = (text) => [...Buffer.from(text)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
// Endings the proxy's main matcher skips as static files: the escape must still be caught.
const FILE_ENDINGS = ['', '.png', '.txt', '.ico'];
const MALFORMED = ['%', '%zz', '%C0%AF', '%E0%A4%A', '%%', '%g1', '%A0', '%ED%A0%80', '%2', '%FF%FE'];
const TRAVERSAL = ['../', '..%2f', '%2e%2e%2f', '%2e%2e/', '..%5c', '%2e%2e%5c', '..\\', '....//', '%252e%252e%252f', '..;/'];
const TARGETS = ['etc/passwd', 'windows/win.ini', 'package.json', '.env', 'next.config.js', '.next/BUILD_ID', 'proc/self/environ'];
const ODD_LOCALES = ['EN', 'Vi', 'VI', 'vi-VN', 'en-US', 'en_GB', 'zh-Hant', 'xx', 'de', 'x', 'eng', 'vie', '..', '-', 'e n'];

function pageClasses() {
  const codes = new Set(slugsOf((s) => !isPair(s)));
  const ranges = [...codes].map(rangeOf).filter(Boolean);
  const replies = [...codes].filter((s) => /^\d{3}$/.test(s));
  const enhanced = [...codes].filter((s) => /^\d\.\d+\.\d+$/.test(s));
  const pairs = slugsOf(isPair);
  const unknownReply = fc.integer({ min: 0, max: 9999 }).map(String).filter((s) => !codes.has(s));
  const unknownEnhanced = fc
    .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }))
    .map((parts) => parts.join('.'))
    .filter((s) => !isKnownCode(s, codes, ranges));
  const junk = fc.stringMatching(/^[a-zA-Z0-9._~-]{1,40}$/).filter((s) => !isKnownCode(s, codes, ranges) && !isPair(s) && s !== '.' && s !== '..');
  const unknownCode = fc.oneof(unknownReply, unknownEnhanced, junk);
  const headersFor = (l) => ({ 'accept-language': l });

  return [
    {
      kind: 'known page',
      runs: RUNS.rendered,
      arbitrary: fc.constantFrom(...pages).map((path) => ({ path, expect: is(200) })),
    },
    {
      kind: 'reversed comparison',
      runs: RUNS.cheap,
      arbitrary: fc.tuple(locale(), fc.constantFrom(...pairs)).map(([l, pair]) => {
        const [a, b] = pair.split('-vs-');
        return { path: `/${l}/smtp/${b}-vs-${a}`, expect: isRedirectTo(308, `/${l}/smtp/${pair}`) };
      }),
    },
    {
      kind: 'short link',
      runs: RUNS.cheap,
      arbitrary: fc.oneof(
        fc.constantFrom(...codes).map((code) => ({ path: `/${code}`, expect: isRedirectTo(308, `/smtp/${code}`) })),
        fc.constantFrom(...ranges).chain((r) =>
          fc.integer({ min: r.low, max: r.high }).map((n) => {
            // A registry code inside a provider's range keeps its own page.
            const code = `${r.prefix}.${n}`;
            return { path: `/${code}`, expect: isRedirectTo(308, `/smtp/${codes.has(code) ? code : `${r.prefix}.${r.low}-${r.high}`}`) };
          }),
        ),
      ),
    },
    {
      kind: 'unknown code',
      runs: RUNS.rendered,
      arbitrary: fc.tuple(locale(), unknownCode).map(([l, code]) => ({ path: `/${l}/smtp/${code}`, expect: isLocalizedNotFound(l) })),
    },
    {
      kind: 'unknown comparison',
      runs: RUNS.rendered,
      arbitrary: fc
        .tuple(
          locale(),
          fc.oneof(
            fc.constantFrom(...replies, ...enhanced).map((c) => [c, c]),
            fc.tuple(fc.constantFrom(...replies), unknownReply),
            fc.tuple(unknownEnhanced, fc.constantFrom(...enhanced)),
            fc.tuple(fc.constantFrom(...replies), fc.constantFrom(...enhanced)),
            fc.tuple(fc.constantFrom(...replies), fc.constantFrom(...replies), fc.constantFrom(...replies)),
          ),
        )
        .map(([l, parts]) => ({ path: `/${l}/smtp/${parts.join('-vs-')}`, expect: isLocalizedNotFound(l) })),
    },
    {
      kind: 'odd locale',
      runs: RUNS.cheap,
      arbitrary: fc
        .tuple(
          fc.oneof(fc.constantFrom(...ODD_LOCALES), fc.stringMatching(/^[a-z]{2,3}(-[A-Z]{2})?$/)),
          fc.constantFrom('', '/smtp/550', '/smtp/5.1.1', '/guide', '/smtp/999'),
          locale(),
        )
        .filter(([odd]) => !LOCALES.includes(odd) && !['og', 'api'].includes(odd))
        .map(([odd, rest, l]) => ({ path: onTheWire(`/${odd}${rest}`), headers: headersFor(l), expect: isRedirectIntoALocale })),
    },
    {
      kind: 'percent-encoded code',
      runs: RUNS.rendered,
      arbitrary: fc.tuple(locale(), fc.constantFrom(...codes)).map(([l, code]) => ({ path: `/${l}/smtp/${escapeAll(code)}`, expect: is(200) })),
    },
    {
      kind: 'malformed escape under a locale',
      runs: RUNS.rendered,
      arbitrary: fc
        .tuple(locale(), fc.constantFrom('/smtp/', '/', '/guide/', '/embed/smtp/'), fc.constantFrom(...MALFORMED, '%00'), fc.constantFrom('', '550', '5.1.1', 'x'), fc.constantFrom(...FILE_ENDINGS))
        .map(([l, section, bad, tail, ending]) => ({ path: `/${l}${section}${tail}${bad}${tail}${ending}`, expect: isLocalizedNotFound(l) })),
    },
    {
      kind: 'malformed escape outside a locale',
      runs: RUNS.cheap,
      arbitrary: fc
        .tuple(
          fc.constantFrom('/', '/smtp/', '/xx/', '/EN/smtp/', '/api/v1/codes/', '/og/en/', '/apix', '/_vercel/', '/_next/static/'),
          fc.constantFrom(...MALFORMED),
          fc.constantFrom('', '550', 'a'),
          fc.constantFrom(...FILE_ENDINGS),
        )
        .map(([prefix, bad, tail, ending]) => {
          const path = `${prefix}${tail}${bad}${ending}`;
          return { path, expect: isRedirectTo(308, path.replaceAll('%', '%25')) };
        }),
    },
    {
      kind: 'overlong segment',
      runs: RUNS.rendered,
      arbitrary: fc
        .tuple(locale(), fc.integer({ min: 2_000, max: 20_000 }), fc.constantFrom('5', 'a', '5.', '%41', '-vs-'), fc.constantFrom('/smtp/', '/', '/guide/'))
        .map(([l, length, unit, section]) => ({
          path: `/${l}${section}${unit.repeat(Math.ceil(length / unit.length))}`,
          // Node refuses request heads over 16 KiB (431) before the site sees them.
          expect: (r) => (r.status === 431 ? null : isLocalizedNotFound(l)(r)),
        })),
    },
    {
      kind: 'traversal',
      runs: RUNS.rendered,
      arbitrary: fc
        .tuple(fc.constantFrom('/', '/en/', '/vi/smtp/', '/en/smtp/550/', '/_next/static/', '/api/v1/codes/'), fc.constantFrom(...TRAVERSAL), fc.integer({ min: 1, max: 8 }), fc.constantFrom(...TARGETS))
        .map(([prefix, step, depth, target]) => ({ path: onTheWire(`${prefix}${step.repeat(depth)}${target}`), expect: all(isRedirectOrClientError, revealsNoFile) })),
    },
    {
      kind: 'odd query string',
      runs: RUNS.rendered,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...pages),
          fc.oneof(
            fc.webQueryParameters(),
            fc.constantFrom('%', '%zz', '&&&', '=', '==&=', 'a=%C0%AF', 'q[]=1&q[]=2', '__proto__[x]=1', 'constructor.prototype.x=1', '?', '#'),
            fc.string({ unit: 'grapheme', maxLength: 30 }),
            fc.string({ unit: 'binary-ascii', maxLength: 30 }),
          ),
        )
        .map(([path, query]) => ({ path: onTheWire(`${path}?${query}`).replaceAll('#', '%23'), expect: is(200) })),
    },
    {
      kind: 'trailing slash',
      runs: RUNS.cheap,
      arbitrary: fc.tuple(fc.constantFrom(...pages), fc.integer({ min: 1, max: 3 })).map(([path, n]) => ({ path: path + '/'.repeat(n), expect: isRedirectTowards(path) })),
    },
    {
      kind: 'double slash',
      runs: RUNS.cheap,
      arbitrary: fc
        .tuple(fc.constantFrom(...pages.filter((p) => p.split('/').length > 2)), fc.nat(), fc.integer({ min: 2, max: 4 }))
        .map(([path, at, n]) => {
          const segments = path.split('/');
          const i = 1 + (at % (segments.length - 1));
          const doubled = [...segments.slice(0, i), ...Array(n - 1).fill(''), ...segments.slice(i)].join('/');
          return { path: doubled, expect: isRedirectTowards(path) };
        }),
    },
    {
      kind: 'unicode',
      runs: RUNS.rendered,
      arbitrary: fc
        .tuple(locale(), fc.constantFrom('/smtp/', '/', '/guide/'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }))
        .filter(([, , text]) => /[^\x00-\x7f]/.test(text))
        .map(([l, section, text]) => ({ path: `/${l}${section}${encodeURIComponent(text)}`, expect: isLocalizedNotFound(l) })),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------

test(`generated page URLs, seed ${SEED} (FUZZ_SEED=${SEED} to replay): the right status per input class, never 5xx`, async () => {
  const classes = pageClasses();
  const cases = classes.flatMap((c, i) => sample(c.arbitrary, i, c.runs).map((input) => ({ ...input, kind: c.kind })));
  const started = Date.now();
  const failures = await runAll(cases, async (input) => {
    const response = await send(input.path, { headers: input.headers });
    if (response.status >= 500) return `status ${response.status}`;
    return input.expect(response);
  });
  console.log(`fuzz: ${cases.length} page URLs in ${Date.now() - started} ms, seed ${SEED}`);
  assert.ok(cases.length >= 4_500 * SCALE, `${cases.length} cases`);
  assert.deepEqual(failures.slice(0, 25), [], `${failures.length} of ${cases.length} failed`);
});

// ---------------------------------------------------------------------------------------------------
// The API: JSON in every answer, 4xx for every bad request.

/** Follows up to three redirects (a malformed escape is first sent to its literal path). */
async function sendFollowing(path, options) {
  let response = await send(path, options);
  for (let hops = 0; hops < 3 && response.status >= 300 && response.status < 400; hops++) {
    const location = new URL(response.headers.location, BASE_URL);
    response = await send(location.pathname + location.search, options);
  }
  return response;
}

/** A JSON body; with `status` other than 200, one that says what was wrong. */
const isJson = (...statuses) => (r) => {
  if (!statuses.includes(r.status)) return `status ${r.status}, expected ${statuses.join(' or ')}`;
  if (!/application\/json/.test(r.headers['content-type'] ?? '')) return `content-type ${r.headers['content-type']}`;
  let body;
  try {
    body = JSON.parse(r.body);
  } catch {
    return `not JSON: ${r.body.slice(0, 60)}`;
  }
  return r.status === 200 || (typeof body.error === 'string' && body.error) ? null : 'no error message';
};

function apiClasses() {
  const codes = new Set(slugsOf((s) => !isPair(s)));
  const ranges = [...codes].map(rangeOf).filter(Boolean);
  const unknownText = fc
    .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 60 }), fc.stringMatching(/^\d\.\d{1,3}\.\d{1,3}$/))
    .filter((s) => !isKnownCode(s, codes, ranges) && s !== '.' && s !== '..');
  const { host } = new URL(BASE_URL);
  const pageUrl = fc.tuple(locale(), fc.constantFrom(...codes), fc.constantFrom('/', '/embed/')).map(([l, code, embed]) => `http://${host}/${l}${embed}smtp/${code}`);
  return [
    {
      kind: 'codes API, known code',
      runs: 300,
      arbitrary: fc.tuple(fc.constantFrom(...codes), locale()).map(([code, l]) => ({ path: `/api/v1/codes/${code}?locale=${l}`, expect: isJson(200) })),
    },
    {
      kind: 'codes API, anything else',
      runs: 300,
      arbitrary: fc.oneof(
        unknownText.map((text) => ({ path: `/api/v1/codes/${encodeURIComponent(text)}`, expect: isJson(404) })),
        fc.tuple(fc.constantFrom(...MALFORMED), fc.constantFrom('', '550', 'x')).map(([bad, tail]) => ({ path: `/api/v1/codes/${tail}${bad}`, expect: isJson(404) })),
        fc.tuple(fc.constantFrom(...codes), unknownText.filter((s) => !LOCALES.includes(s))).map(([code, l]) => ({
          path: `/api/v1/codes/${code}?locale=${encodeURIComponent(l)}`,
          expect: isJson(400),
        })),
      ),
    },
    {
      kind: 'oEmbed',
      runs: 300,
      arbitrary: fc.oneof(
        pageUrl.map((url) => ({ path: `/api/oembed?url=${encodeURIComponent(url)}`, expect: isJson(200) })),
        fc
          .oneof(
            fc.webUrl(),
            unknownText,
            fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', `http://${host}/`, `http://${host}/en/smtp/999`, `//${host}/en/smtp/550`, `http://evil.example/en/smtp/550`, `http://${host}@evil.example/en/smtp/550`),
            fc.constantFrom(...codes).map((code) => `http://${host}/en/smtp/${code}/../../../etc/passwd`),
          )
          .map((url) => ({ path: `/api/oembed?url=${encodeURIComponent(url)}`, expect: isJson(400, 404) })),
        fc.constantFrom(...MALFORMED, '', '&url=', 'x&maxwidth=-1').map((raw) => ({ path: `/api/oembed?url=${raw}`, expect: isJson(400, 404) })),
        pageUrl.chain((url) =>
          fc.tuple(fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), fc.oneof(fc.integer(), fc.string({ maxLength: 8 }))).map(([w, h]) => ({
            path: `/api/oembed?url=${encodeURIComponent(url)}&maxwidth=${encodeURIComponent(w)}&maxheight=${encodeURIComponent(h)}`,
            expect: isJson(200),
          })),
        ),
      ),
    },
  ];
}

test(`the API answers generated requests (seed ${SEED}) with JSON, 4xx when wrong, never 5xx`, async () => {
  const cases = apiClasses().flatMap((c, i) => sample(c.arbitrary, 100 + i, c.runs).map((input) => ({ ...input, kind: c.kind })));
  const started = Date.now();
  const failures = await runAll(cases, async (input) => {
    const response = await sendFollowing(input.path);
    if (response.status >= 500) return `status ${response.status}`;
    return input.expect(response);
  });
  console.log(`fuzz: ${cases.length} API URLs in ${Date.now() - started} ms, seed ${SEED}`);
  assert.deepEqual(failures.slice(0, 25), [], `${failures.length} of ${cases.length} failed`);
});

const DECODE = '/api/v1/decode';
const BOUNCE = '550 5.1.1 <someone@example.org>: Recipient address rejected: User unknown';
const ACCEPTED_TYPES = ['text/plain', 'message/rfc822'];

test(`POST ${DECODE} refuses every generated bad request with the right 4xx (seed ${SEED})`, async () => {
  const runs = 40;
  const take = (arbitrary, offset) => fc.sample(arbitrary, { seed: SEED + 200 + offset, numRuns: runs });
  const post = (body, type, extra = {}) => ({ method: 'POST', body, headers: { 'content-type': type, ...extra }, fresh: true });
  const megabyte = 1024 * 1024;
  const cases = [
    ...take(fc.oneof(fc.constantFrom('application/json', 'text/html', 'multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain2', 'message/rfc822x', ''), fc.stringMatching(/^[a-z]{1,12}\/[a-z0-9.+-]{1,20}$/)), 0)
      .filter((type) => !ACCEPTED_TYPES.includes(type))
      .map((type) => ({ kind: 'wrong type', path: DECODE, options: post(BOUNCE, type), expect: isJson(415) })),
    ...take(fc.constantFrom('', ' ', '\n\n', '\t \r\n', '   \n  '), 1).map((body) => ({ kind: 'empty', path: DECODE, options: post(body, 'text/plain'), expect: isJson(400) })),
    ...take(fc.uint8Array({ minLength: 64, maxLength: 8192 }), 2).map((bytes) => ({
      kind: 'binary',
      path: DECODE,
      // Every fourth byte a NUL: well past the decoder's share of control characters.
      options: post(Buffer.from(bytes.map((b, i) => (i % 4 === 0 ? 0 : b))), ACCEPTED_TYPES[bytes.length % 2]),
      expect: isJson(400),
    })),
    ...take(fc.integer({ min: megabyte + 1, max: 3 * megabyte }), 3)
      .slice(0, 6)
      .flatMap((size) => [
        { kind: 'too large', path: DECODE, options: post(Buffer.alloc(size, 'a'), 'text/plain'), expect: isJson(413) },
        // Without Content-Length the server finds out while reading.
        { kind: 'too large, chunked', path: DECODE, options: post(Buffer.alloc(size, 'a'), 'text/plain', { 'transfer-encoding': 'chunked' }), expect: isJson(413) },
      ]),
    ...take(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((l) => !LOCALES.includes(l)), 4).map((l) => ({
      kind: 'bad locale',
      path: `${DECODE}?locale=${encodeURIComponent(l)}`,
      options: post(BOUNCE, 'text/plain'),
      expect: isJson(400),
    })),
    ...['GET', 'PUT', 'DELETE', 'PATCH'].map((method) => ({ kind: 'not POST', path: DECODE, options: { method }, expect: is(405) })),
  ];
  const failures = await runAll(cases, async (input) => {
    const response = await send(input.path, input.options);
    if (response.status >= 500) return `status ${response.status}`;
    return input.expect(response);
  });
  assert.ok(cases.length >= 150, `${cases.length} cases`);
  assert.deepEqual(failures.slice(0, 25), [], `${failures.length} of ${cases.length} failed`);
});
