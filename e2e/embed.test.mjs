import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, contextFor, expectHtmlLang, head, launch } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** GET /api/oembed with these query parameters: status, content type and parsed body. */
async function oembed(query) {
  const response = await fetch(new URL(`/api/oembed?${new URLSearchParams(query)}`, BASE_URL));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

const codePage = (path) => new URL(path, BASE_URL).toString();

test('/vi/embed/smtp/550 is a bare card in Vietnamese that opens the full page in a new tab, without JavaScript', async () => {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false, viewport: { width: 320, height: 280 } });
  const page = await context.newPage();
  const response = await page.goto('/vi/embed/smtp/550');
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['x-frame-options'], undefined);
  await expectHtmlLang(page, 'vi');
  assert.equal(await page.locator('header, nav, footer').count(), 0);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Hộp thư không khả dụng');
  assert.match(await page.locator('article').innerText(), /^550 Mã phản hồi SMTP/);
  const link = page.getByRole('link', { name: /^Đọc giải thích đầy đủ/ });
  assert.equal(await link.getAttribute('href'), '/vi/smtp/550');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener');
  assert.ok(await link.isVisible());
  assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex, follow');
  assert.equal(new URL(await page.locator('link[rel="canonical"]').getAttribute('href')).pathname, '/vi/smtp/550');
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  assert.equal(new URL(discovery).pathname, '/api/oembed');
  assert.match(new URL(discovery).searchParams.get('url'), /\/vi\/embed\/smtp\/550$/);
  await context.close();
});

test('a card is one small HTML document: no script, no other request, its own style applied, light and dark', async () => {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 480, height: 200 } });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto('/en/embed/smtp/550');
  const html = await response.text();
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(Buffer.byteLength(html) < 8_000, `${Buffer.byteLength(html)} bytes`);
  // Besides the document, only the tab's icon (a browser asks for it on a page of its own, not in a frame).
  assert.deepEqual(requests.filter((request) => request !== 'other /icon.svg'), ['document /en/embed/smtp/550']);
  const card = page.locator('article');
  // The inline style ran (the policy admits it by hash): the class colour's border is drawn.
  const border = () => card.evaluate((el) => getComputedStyle(el).borderInlineStartColor);
  assert.equal(await card.evaluate((el) => getComputedStyle(el).borderInlineStartWidth), '6px');
  const light = await border();
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.notEqual(await border(), light);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a card is the same for everyone: public, cacheable by shared caches, no cookie, varying only by encoding', async () => {
  for (const headers of [{}, { cookie: 'NEXT_LOCALE=vi', 'accept-language': 'vi' }]) {
    const { status, response } = await head('/vi/embed/smtp/5.1.1', headers);
    assert.equal(status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=3600, s-maxage=86400');
    // Next 16.4 adds its router's request headers to the Vary of every App Router response (base-server's
    // setVaryHeader); requests for a card never carry them, so a shared cache keeps one copy per encoding.
    const vary = (response.headers.get('vary') ?? '').toLowerCase().split(/,\s*/);
    assert.ok(vary.includes('accept-encoding'), vary.join());
    assert.deepEqual(vary.filter((name) => name !== 'accept-encoding' && name !== 'rsc' && !name.startsWith('next-router-')), []);
    assert.equal(response.headers.get('set-cookie'), null);
    assert.match(await response.text(), /<html lang="vi" dir="ltr">/);
  }
});

test('the card renders inside an <iframe> on another page, and its link opens a new tab', async () => {
  const context = await contextFor(browser, 'en');
  const page = await context.newPage();
  // A help centre on another origin (frame-ancestors * admits any http(s) page, not about:blank). Both
  // are on this machine here, which Chromium's local-network checks allow only with permission.
  await context.grantPermissions(['local-network-access']);
  const helpCentre = `http://127.0.0.1:${new URL(BASE_URL).port || 80}/help-centre-article`;
  await page.route(helpCentre, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Help</title><iframe src="${BASE_URL}/en/embed/smtp/5.1.1" width="480" height="200" title="card"></iframe>`,
    }),
  );
  await page.goto(helpCentre);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await frame.locator('article').innerText(), /^5\.1\.1 Enhanced status code/);
  const [popup] = await Promise.all([context.waitForEvent('page'), frame.getByRole('link', { name: /Read the full explanation/ }).click()]);
  await popup.waitForLoadState();
  assert.equal(new URL(popup.url()).pathname, '/en/smtp/5.1.1');
  await context.close();
});

test('embed URLs follow the code pages: ranges redirect, comparisons and unknown codes are 404s', async () => {
  const redirect = await head('/en/embed/smtp/5.7.620');
  assert.equal(redirect.status, 308);
  assert.equal(new URL(redirect.location, BASE_URL).pathname, '/en/embed/smtp/5.7.606-649');
  assert.equal((await head('/en/embed/smtp/5.7.606-649')).status, 200);
  for (const path of ['/en/embed/smtp/250-vs-550', '/en/embed/smtp/999', '/vi/embed/smtp/abc']) {
    assert.equal((await head(path)).status, 404, path);
  }
});

test('oEmbed answers a rich <iframe> of the card for code and embed page URLs, in the page’s locale', async () => {
  for (const [url, embed, title] of [
    [codePage('/en/smtp/5.1.1'), '/en/embed/smtp/5.1.1', /^5\.1\.1 /],
    [codePage('/en/smtp/5.1.1').replace(/^http:/, 'https:'), '/en/embed/smtp/5.1.1', /^5\.1\.1 /],
    [codePage('/vi/embed/smtp/550'), '/vi/embed/smtp/550', /^550 Hộp thư không khả dụng$/],
  ]) {
    const { status, type, body } = await oembed({ url, format: 'json' });
    assert.equal(status, 200, url);
    assert.match(type, /^application\/json/);
    assert.equal(body.version, '1.0');
    assert.equal(body.type, 'rich');
    assert.equal(body.provider_name, 'SMTP Codes');
    assert.ok(URL.canParse(body.provider_url));
    assert.match(body.title, title);
    const src = /<iframe src="([^"]+)"/.exec(body.html)?.[1];
    assert.equal(new URL(src).pathname, embed, url);
    assert.match(body.html, new RegExp(`width="${body.width}" height="${body.height}"`));
    assert.ok(body.width >= 320 && body.width <= 600 && body.height > 0);
  }
});

test('oEmbed keeps within maxwidth and maxheight', async () => {
  const url = codePage('/en/smtp/550');
  assert.deepEqual(
    [(await oembed({ url, maxwidth: '320' })).body.width, (await oembed({ url, maxwidth: '2000' })).body.width],
    [320, 600],
  );
  const { body } = await oembed({ url, maxwidth: '600', maxheight: '150' });
  assert.ok(body.height <= 150);
});

test('oEmbed answers 404 for other URLs, 501 for formats other than JSON, 400 without a url', async () => {
  for (const url of [
    codePage('/en/smtp/250-vs-550'),
    codePage('/en/smtp/999'),
    codePage('/en/smtp/enhanced'),
    codePage('/en'),
    'https://example.com/en/smtp/550',
    'not a url',
  ]) {
    const { status, type, body } = await oembed({ url, format: 'json' });
    assert.equal(status, 404, url);
    assert.match(type, /^application\/json/);
    assert.equal(typeof body.error, 'string');
  }
  assert.equal((await oembed({ url: codePage('/en/smtp/550'), format: 'xml' })).status, 501);
  assert.equal((await oembed({ format: 'json' })).status, 400);
});

test('a code page offers the <iframe> HTML of its card and copies it', async () => {
  const context = await contextFor(browser, 'en');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  const page = await context.newPage();
  await page.goto('/en/smtp/550');
  await page.locator('details summary', { hasText: 'Embed this code' }).click();
  const html = await page.getByLabel('HTML to embed 550').inputValue();
  assert.match(html, /^<iframe src="[^"]+\/en\/embed\/smtp\/550" title="550 [^"]+"/);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), html);
  await context.close();
});
