// Security headers on every kind of response, and a Content-Security-Policy that the pages actually
// live with: every page type hydrates in a real browser without one violation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, contextFor, head, launch } from './browser.mjs';
import { LOCALES } from './locales.mjs';



let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** A policy string → { directive: [sources] }. */
function directives(policy) {
  return Object.fromEntries(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name, sources]),
  );
}

function expectStrictPolicy(policy, path) {
  assert.ok(policy, `${path}: no Content-Security-Policy`);
  const csp = directives(policy);
  assert.deepEqual(csp['default-src'], ["'none'"], path);
  for (const [name, sources] of Object.entries(csp)) {
    for (const source of sources) {
      assert.doesNotMatch(source, /unsafe-eval|unsafe-inline|^https?:|^data:|^blob:/, `${path}: ${name} allows ${source}`);
      if (name !== 'frame-ancestors') assert.notEqual(source, '*', `${path}: ${name} allows *`);
    }
  }
  return csp;
}

const COMMON = {
  'strict-transport-security': /^max-age=(\d{8,}); includeSubDomains; preload$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /^(?=.*\bcamera=\(\))(?=.*\bmicrophone=\(\))(?=.*\bgeolocation=\(\))/,
};

// path, who may frame it ('none' or '*'), how its inline scripts are trusted (null: not a page)
const RESPONSES = [
  ['/en', "'none'", 'sha256'],
  ['/vi/smtp/550', "'none'", 'sha256'],
  ['/en/smtp/5.1.1', "'none'", 'sha256'],
  ['/en/smtp/250-vs-550', "'none'", 'sha256'],
  ['/vi/smtp/250-vs-550', "'none'", 'nonce'],
  ['/en/smtp/5.1.1-vs-5.1.10', "'none'", 'nonce'],
  ['/en/search?q=mailbox', "'none'", 'nonce'],
  ['/vi/smtp/999', "'none'", 'nonce'],
  ['/api/v1/codes/550?locale=en', "'none'", null],
  ['/api/v1/codes/999', "'none'", null],
  ['/og/en/550', "'none'", null],
];

test('every kind of response carries the security headers, and only embeds may be framed', async () => {
  for (const [path, frameAncestors, trust] of RESPONSES) {
    const { response } = await head(path);
    const headers = Object.fromEntries(response.headers);
    for (const [name, pattern] of Object.entries(COMMON)) assert.match(headers[name] ?? '', pattern, `${path}: ${name}`);
    assert.ok(Number(headers['strict-transport-security'].match(/max-age=(\d+)/)[1]) >= 31536000, path);
    const csp = expectStrictPolicy(headers['content-security-policy'], path);
    assert.deepEqual(csp['frame-ancestors'], [frameAncestors], path);
    assert.equal(headers['x-frame-options'], frameAncestors === '*' || !trust ? undefined : 'DENY', path);
    if (trust) assert.ok(csp['script-src'].some((s) => s.startsWith(`'${trust}-`)), `${path}: script-src ${csp['script-src']}`);
    else assert.equal(csp['script-src'], undefined, path);
  }
});

test('an embed card runs no script: its policy admits only its own inline style, and any site may frame it', async () => {
  for (const path of ['/en/embed/smtp/550', '/vi/embed/smtp/5.7.57']) {
    const { response } = await head(path);
    const headers = Object.fromEntries(response.headers);
    for (const [name, pattern] of Object.entries(COMMON)) assert.match(headers[name] ?? '', pattern, `${path}: ${name}`);
    const csp = expectStrictPolicy(headers['content-security-policy'], path);
    assert.deepEqual(Object.keys(csp).sort(), ['base-uri', 'default-src', 'form-action', 'frame-ancestors', 'img-src', 'style-src'], path);
    assert.equal(csp['style-src'].length, 1, path);
    assert.match(csp['style-src'][0], /^'sha256-[A-Za-z0-9+/]{43}='$/, path);
    assert.deepEqual([csp['img-src'], csp['base-uri'], csp['form-action'], csp['frame-ancestors']], [["'self'"], ["'none'"], ["'none'"], ['*']]);
    assert.equal(headers['x-frame-options'], undefined, path);
    assert.equal(headers['cross-origin-resource-policy'], 'cross-origin', path);
  }
});

test('prerendered pages stay static under the policy; pages rendered per request get a fresh nonce each time', async () => {
  for (const path of ['/en/smtp/550', '/vi/smtp/5.1.1', '/en/smtp/250-vs-550']) {
    const { response } = await head(path);
    // (Next.js 16.4 sends this header twice: "1, 1".)
    assert.match(response.headers.get('x-nextjs-prerender') ?? '', /^1\b/, `${path} is not prerendered`);
  }
  const nonceOf = async (path) => (await head(path)).response.headers.get('content-security-policy').match(/'nonce-([^']+)'/)[1];
  const path = '/en/smtp/5.1.1-vs-5.1.10';
  const [first, second] = [await nonceOf(path), await nonceOf(path)];
  assert.notEqual(first, second);
  const html = await (await head(path)).response.text();
  assert.match(html, /<script nonce="[^"]+"/, 'Next.js puts the nonce on its scripts');
});

// Each page type, and whether it has the search box whose data-ready marks hydration.
const PAGES = [
  ['', true],
  ['/smtp/550', true],
  ['/smtp/571', true],
  ['/smtp/5.1.1', true],
  ['/smtp/5.7.509', true],
  ['/smtp/250-vs-550', true],
  ['/smtp/5.1.1-vs-5.1.10', true],
  ['/smtp/enhanced', true],
  ['/smtp/decode', true],
  ['/search?q=mailbox', true],
  ['/guide', true],
  ['/guide/has-code', true],
  ['/smtp/999', true],
  ['/embed/smtp/550', false],
  ['/embed/smtp/5.7.57', false],
];

test('every page type in every locale hydrates with no Content-Security-Policy violation', async () => {
  const context = await contextFor(browser, 'en');
  // Registered before any page script runs; init scripts are not subject to the page's policy.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const locale of LOCALES) {
    for (const [path, hydrates] of PAGES) {
      const url = `/${locale}${path}`;
      await page.goto(url);
      if (hydrates) await page.locator('form.search-box[data-ready="true"]').waitFor();
      else await page.waitForLoadState('load');
      if (path === '/smtp/decode') {
        // The decoder's code and its word lists load on use: decode one sample to load them.
        await page.locator('textarea').fill('550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown');
        await page.locator('textarea').locator('xpath=ancestor::form').locator('button[type="submit"]').click();
        await page.locator('.decoded-card').waitFor();
      }
      assert.deepEqual(await page.evaluate(() => window.__violations), [], url);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('another site can frame an embed card but not a page', async () => {
  const context = await contextFor(browser, 'en');
  // Both origins are on this machine here, which Chromium's local-network checks allow only with permission.
  await context.grantPermissions(['local-network-access']);
  const page = await context.newPage();
  const { port } = new URL(BASE_URL);
  const helpCentre = `http://127.0.0.1:${port || 80}/help-centre-article`;
  for (const [path, framed] of [
    ['/en/embed/smtp/550', true],
    ['/en/smtp/550', false],
    ['/vi/smtp/decode', false],
  ]) {
    await page.route(helpCentre, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Help</title><iframe src="${BASE_URL}${path}" title="x"></iframe>` }),
    );
    await page.goto(helpCentre);
    if (framed) await page.frameLocator('iframe').locator('h1').waitFor();
    else await page.waitForTimeout(500);
    // A refused frame shows Chromium's own error page instead of ours.
    const shown = page.frames().find((f) => f !== page.mainFrame()).url();
    assert.equal(shown.startsWith(BASE_URL), framed, `${path} in a frame shows ${shown}`);
    await page.unroute(helpCentre);
  }
  await context.close();
});

test('reading a page never sets a cookie, whatever the reader’s cookie or language; the switcher’s link does', async () => {
  for (const [cookie, acceptLanguage] of [
    [undefined, 'en'],
    ['NEXT_LOCALE=vi', 'en'],
    ['NEXT_LOCALE=en', 'vi'],
  ]) {
    const headers = { ...(cookie && { cookie }), 'accept-language': acceptLanguage };
    for (const path of ['/vi/smtp/550', '/en/search?q=550', '/vi/smtp/5.1.1-vs-5.7.1', '/en/smtp/999']) {
      const { response } = await head(path, headers);
      assert.equal(response.headers.get('set-cookie'), null, `${path} with ${cookie} / ${acceptLanguage}`);
    }
  }
  const { status, response } = await head(`/api/locale?to=vi&next=${encodeURIComponent('/vi/smtp/550')}`);
  assert.equal(status, 303);
  // Relative, so that behind a reverse proxy the reader stays on the public origin, not the instance's.
  assert.equal(response.headers.get('location'), '/vi/smtp/550');
  assert.match(response.headers.get('set-cookie') ?? '', /^NEXT_LOCALE=vi;.*Secure/i);
});

test('the language switcher’s redirect stays on this site and in the chosen language', async () => {
  for (const next of ['https://evil.example/vi', '//evil.example/vi', '/\\evil.example', '/en/smtp/550', 'javascript:alert(1)']) {
    const { status, response } = await head(`/api/locale?to=vi&next=${encodeURIComponent(next)}`);
    assert.equal(status, 303, next);
    const location = new URL(response.headers.get('location'), BASE_URL);
    assert.equal(location.origin, new URL(BASE_URL).origin, next);
    assert.equal(location.pathname, '/vi', next);
  }
  assert.equal((await head('/api/locale?to=xx&next=/xx')).status, 400);
});

test('a link without locale goes to the remembered language first, privately, and sets nothing', async () => {
  const { status, response } = await head('/smtp/550', { cookie: 'NEXT_LOCALE=vi', 'accept-language': 'en' });
  assert.equal(status, 307);
  assert.equal(new URL(response.headers.get('location'), BASE_URL).pathname, '/vi/smtp/550');
  assert.equal(response.headers.get('set-cookie'), null);
  assert.match(response.headers.get('cache-control') ?? '', /private/);
  assert.match(response.headers.get('vary') ?? '', /Accept-Language/i);
});

test('the read-only codes API and oEmbed are public: any origin may read them, shared caches may keep them', async () => {
  for (const path of ['/api/v1/codes/550?locale=vi', '/api/v1/codes/9.9.9', `/api/oembed?url=${encodeURIComponent(`${BASE_URL}/en/smtp/550`)}`]) {
    const { response } = await head(path, { origin: 'https://help.example' });
    assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    assert.match(response.headers.get('cache-control') ?? '', /public.*s-maxage=\d+/, path);
  }
});

test('pages load /language.js by a versioned address, so that it may be kept for a year', async () => {
  const versions = new Set();
  for (const path of ['/en/smtp/550', '/ar', '/vi/smtp/decode']) {
    const html = await (await fetch(BASE_URL + path)).text();
    const src = /<script src="(\/language\.js\?v=([\w-]{12}))"/.exec(html);
    assert.ok(src, path);
    versions.add(src[2]);
    const response = await fetch(BASE_URL + src[1]);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/, path);
    assert.match(response.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/, path);
    assert.match(await response.text(), /language-hint-dismissed/, path);
  }
  // One file for every page and language: one address, or a reader's cache keeps several copies.
  assert.equal(versions.size, 1);
});
