import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { messagesOf } from './locales.mjs';
import { BASE_URL, contextFor, expectHtmlLang, expectLocaleCookie, expectPath, head, launch } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('switching /en/smtp/550 to Tiếng Việt opens /vi/smtp/550 in Vietnamese and remembers it', async () => {
  const context = await contextFor(browser, 'en');
  const page = await context.newPage();
  await page.goto('/en/smtp/550');
  await expectHtmlLang(page, 'en');
  await page.locator('header details > summary').click();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.waitForURL('**/vi/smtp/550');
  await expectPath(page, '/vi/smtp/550');
  await expectHtmlLang(page, 'vi');
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^SMTP 550 /);
  assert.equal(await page.getByRole('heading', { name: 'Mô tả' }).count(), 1);
  await expectLocaleCookie(context, 'vi');

  // The remembered choice wins over Accept-Language on a locale-less URL.
  await page.goto('/smtp/421');
  await expectPath(page, '/vi/smtp/421');
  await context.close();
});

test('the language switcher keeps the #section', async () => {
  const context = await contextFor(browser, 'en');
  const page = await context.newPage();
  await page.goto('/en/smtp/550#fix');
  await page.locator('form.search-box[data-ready="true"]').waitFor();
  await page.locator('header details > summary').click();
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.waitForURL('**/vi/smtp/550#fix');
  await expectPath(page, '/vi/smtp/550#fix');
  await context.close();
});

test('/vi/smtp/250-vs-550 shows both codes, the key differences and every section', async () => {
  const context = await contextFor(browser, 'vi');
  const page = await context.newPage();
  const response = await page.goto('/vi/smtp/250-vs-550');
  assert.equal(response.status(), 200);
  await expectHtmlLang(page, 'vi');
  for (const heading of ['Mô tả', 'Khi bạn thấy mã này', 'Cách khắc phục']) {
    assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 2, heading);
  }
  for (const heading of ['Sự khác biệt chính', messagesOf('vi').Comparison.whichTitle, 'Tìm hiểu thêm']) {
    assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 1, heading);
  }
  const table = page.getByRole('table');
  assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['Tiêu chí', '250', '550']);
  assert.ok((await table.getByRole('row').count()) >= 6);
  await context.close();
});

test('/smtp/550 with Accept-Language: vi lands on /vi/smtp/550', async () => {
  const context = await contextFor(browser, 'vi');
  const page = await context.newPage();
  await page.goto('/smtp/550');
  await expectPath(page, '/vi/smtp/550');
  await expectHtmlLang(page, 'vi');
  await context.close();
});

test('/ greets a reader in the language the browser asks for, English otherwise', async () => {
  for (const [acceptLanguage, expected] of [
    ['vi-VN,vi;q=0.9,en;q=0.5', '/vi'],
    ['de-DE,de;q=0.9', '/en'],
    ['en-US', '/en'],
  ]) {
    const { status, location } = await head('/', { 'accept-language': acceptLanguage });
    assert.ok(status >= 300 && status < 400, `${acceptLanguage}: ${status}`);
    assert.equal(new URL(location, 'http://x').pathname, expected, acceptLanguage);
  }
});

test('/en/smtp/999 answers 404 with a localized page suggesting near codes', async () => {
  const context = await contextFor(browser, 'en');
  const page = await context.newPage();
  const response = await page.goto('/en/smtp/999');
  assert.equal(response.status(), 404);
  await expectHtmlLang(page, 'en');
  const suggestions = page.getByRole('region', { name: 'Did you mean one of these codes?' }).getByRole('link');
  assert.ok((await suggestions.count()) >= 3);
  await context.close();
});

test('/vi/smtp/55 answers 404 in Vietnamese and suggests 550, 551, 552 …, even without JavaScript', async () => {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/vi/smtp/55');
  assert.equal(response.status(), 404);
  await expectHtmlLang(page, 'vi');
  const hrefs = await page.locator('.near-matches a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.slice(0, 3), ['/vi/smtp/550', '/vi/smtp/551', '/vi/smtp/552']);
  await context.close();
});

test('unknown pairs and malformed paths answer 404, never 500', async () => {
  for (const path of [
    '/en/smtp/550-vs-550',
    '/en/missing/55',
    '/en/smtp',
    '/en/smtp/550-vs-999',
    '/en/smtp/abc',
    '/en/smtp/550/extra',
    '/en/nothing-here',
    '/vi/smtp/%E2%9C%93',
    '/en/smtp/' + '5'.repeat(300),
  ]) {
    const { status, response } = await head(path);
    assert.equal(status, 404, path);
    // Server-rendered, localized 404 page, not an empty shell waiting for JavaScript.
    const lang = path.split('/')[1];
    assert.match(await response.text(), new RegExp(`<html lang="${lang}"[^>]*>.*<h1>`, 's'), path);
  }
});

test('/en/smtp/550-vs-250 answers 308 to /en/smtp/250-vs-550', async () => {
  const { status, location } = await head('/en/smtp/550-vs-250');
  assert.equal(status, 308);
  assert.equal(new URL(location, 'http://x').pathname, '/en/smtp/250-vs-550');
});

test('the compare picker on the home page opens the canonical comparison, without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: BASE_URL });
  const page = await context.newPage();
  await page.goto('/en');
  await page.getByLabel('First code').selectOption('550');
  await page.getByLabel('Second code').selectOption('421');
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL('**/en/smtp/421-vs-550');
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /421 .* 550 /);
  await context.close();
});

test('a reader whose browser asks for Vietnamese, on an English page, is offered it in Vietnamese; nothing redirects', async () => {
  const context = await contextFor(browser, 'vi-VN,vi;q=0.9');
  const page = await context.newPage();
  await page.goto('/en/smtp/550#fix');
  await expectPath(page, '/en/smtp/550#fix');
  const offer = page.getByRole('link', { name: messagesOf('vi').LanguageHint.read });
  await offer.waitFor();
  assert.equal(await page.locator('#language-hint').getAttribute('lang'), 'vi');
  await offer.click();
  await page.waitForURL('**/vi/smtp/550#fix');
  await expectLocaleCookie(context, 'vi');
  await context.close();
});

test('no hint when the browser asks for the page’s language', async () => {
  const context = await contextFor(browser, 'en-GB,en;q=0.9');
  const page = await context.newPage();
  await page.goto('/en/smtp/550');
  await page.waitForLoadState('load');
  assert.equal(await page.locator('#language-hint').count(), 0);
  await context.close();
});

test('a locale segment in another casing answers 308 to its one spelling', async () => {
  for (const [path, location] of [['/EN/smtp/550', '/en/smtp/550'], ['/Vi/glossary/spf?x=1', '/vi/glossary/spf?x=1']]) {
    const response = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' });
    assert.equal(response.status, 308, path);
    const target = new URL(response.headers.get('location'), BASE_URL);
    assert.equal(target.pathname + target.search, location, path);
  }
});
