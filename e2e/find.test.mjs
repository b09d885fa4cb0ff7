// Search, support handoff, short links and what search engines read (issue: find, share and link).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, contextFor, head, launch } from './browser.mjs';
import { LOCALES } from './locales.mjs';
import { sitemaps } from './sitemap.mjs';


let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('"/" focuses the search box, and typing finds codes in every locale', async () => {
  for (const locale of LOCALES) {
    const context = await contextFor(browser, locale);
    const page = await context.newPage();
    await page.goto(`/${locale}/smtp/250`);
    await page.locator('form.search-box[data-ready="true"]').waitFor();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search');
    await page.keyboard.type('550');
    const first = page.locator('#search-suggestions a').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('href'), `/${locale}/smtp/550`);
    await context.close();
  }
});

test('"hop thu day" finds the mailbox-full codes in Vietnamese', async () => {
  const context = await contextFor(browser, 'vi');
  const page = await context.newPage();
  await page.goto('/vi');
  await page.locator('form.search-box[data-ready="true"]').waitFor();
  await page.locator('#site-search').fill('hop thu day');
  await page.locator('#search-suggestions a').first().waitFor();
  const hrefs = await page.locator('#search-suggestions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('/vi/smtp/5.2.2') && hrefs.includes('/vi/smtp/552'), hrefs.join(' '));
  await context.close();
});

// Everyday words, on the page without JavaScript and in the box: what the page explains, the synonyms
// readers type, and the common standard code before rare ones (the full table is __tests__/search.test.ts).
const EVERYDAY = [
  ['en', 'greylisting', ['/en/smtp/450', '/en/smtp/451']],
  ['en', 'reverse dns', ['/en/smtp/5.7.25']],
  ['en', 'blacklist', ['/en/glossary/blocklist']],
  ['en', 'email address does not exist', ['/en/smtp/550', '/en/smtp/5.1.1']],
  ['en', 'authentication failed', ['/en/smtp/535', '/en/smtp/5.7.8']],
  ['vi', 'danh sách chặn', ['/vi/glossary/blocklist']],
  ['vi', 'hộp thư đầy', ['/vi/smtp/5.2.2']],
].filter(([locale]) => LOCALES.includes(locale));

const firstLinks = (html, count) =>
  [...html.slice(html.indexOf('id="results"')).matchAll(/<a href="([^"]+)"/g)].slice(0, count).map((m) => m[1]);

test('everyday words find their pages on the search page without JavaScript', async () => {
  for (const [locale, query, expected] of EVERYDAY) {
    const { status, response } = await head(`/${locale}/search?q=${encodeURIComponent(query)}`);
    assert.equal(status, 200);
    const links = firstLinks(await response.text(), 4);
    for (const href of expected) assert.ok(links.includes(href), `${locale} "${query}": ${links.join(' ')}`);
  }
});

test('everyday words find their pages in the search box', async () => {
  for (const locale of new Set(EVERYDAY.map(([l]) => l))) {
    const context = await contextFor(browser, locale);
    const page = await context.newPage();
    await page.goto(`/${locale}`);
    await page.locator('form.search-box[data-ready="true"]').waitFor();
    for (const [, query, expected] of EVERYDAY.filter(([l]) => l === locale)) {
      await page.locator('#site-search').fill(query);
      await page.waitForFunction(
        (hrefs) => {
          const found = [...document.querySelectorAll('#search-suggestions a')].slice(0, 4).map((a) => a.getAttribute('href'));
          return hrefs.every((href) => found.includes(href));
        },
        expected,
        { timeout: 5000 },
      ).catch(async () => {
        const found = await page.locator('#search-suggestions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.fail(`${locale} "${query}" in the box: ${found.join(' ')}`);
      });
    }
    // An exact code still comes first.
    await page.locator('#site-search').fill('550 5.1.1');
    await page.waitForFunction(() => document.querySelector('#search-suggestions a')?.getAttribute('href')?.endsWith('/smtp/550'));
    await context.close();
  }
});

test('the search page answers without JavaScript, and an exact code goes to its page', async () => {
  const { status, response } = await head('/vi/search?q=hop%20thu%20day');
  assert.equal(status, 200);
  const html = await response.text();
  assert.match(html, /href="\/vi\/smtp\/5\.2\.2"/);
  const exact = await head('/en/search?q=5.7.620');
  assert.ok(exact.status >= 300 && exact.status < 400);
  assert.equal(new URL(exact.location, BASE_URL).pathname, '/en/smtp/5.7.606-649');
});

test('"copy link in another language" gives the URL in that language with the section', async () => {
  const context = await contextFor(browser, 'en');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  const page = await context.newPage();
  await page.goto('/en/smtp/550');
  await page.locator('form.search-box[data-ready="true"]').waitFor();
  await page.getByText('Send this to a customer').click();
  await page.getByLabel('Customer’s language').selectOption('vi');
  await page.getByLabel('Section').selectOption('fix');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Copied to the clipboard.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(link).pathname + new URL(link).hash, '/vi/smtp/550#fix');
  await page.getByRole('button', { name: 'Copy customer summary' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('SMTP 550 — Hộp thư'));
  await context.close();
});

test('short links /550 and /5.1.1 open in the reader’s language', async () => {
  for (const [path, acceptLanguage, expected] of [
    ['/550', 'vi', '/vi/smtp/550'],
    ['/5.1.1', 'en-GB,en;q=0.8', '/en/smtp/5.1.1'],
  ]) {
    const context = await contextFor(browser, acceptLanguage);
    const page = await context.newPage();
    await page.goto(path);
    assert.equal(new URL(page.url()).pathname, expected);
    await context.close();
  }
});

async function alternatesOf(path) {
  const html = await (await head(path)).response.text();
  return Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
}

test('every page type has absolute, reciprocal hreflang alternates for all locales plus x-default', async () => {
  for (const path of ['', '/smtp/550', '/smtp/250-vs-550', '/smtp/5.1.1', '/smtp/enhanced', '/smtp/decode']) {
    for (const locale of LOCALES) {
      const alternates = await alternatesOf(`/${locale}${path}`);
      assert.deepEqual(Object.keys(alternates).sort(), [...LOCALES, 'x-default'].sort(), path);
      for (const url of Object.values(alternates)) assert.match(url, /^https?:\/\//);
      for (const other of LOCALES) {
        const back = await alternatesOf(new URL(alternates[other]).pathname);
        assert.equal(back[locale], alternates[locale], `${path}: ${other} → ${locale}`);
      }
    }
  }
});

test('sitemap.xml is an index of one valid sitemap per locale; each lists every page once, with alternates', async () => {
  const { index, files } = await sitemaps();
  const context = await contextFor(browser, 'en');
  const page = await context.newPage();
  const parse = (text) =>
    page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) return null;
      return {
        root: doc.documentElement.localName,
        sitemaps: [...doc.getElementsByTagName('sitemap')].map((s) => s.getElementsByTagName('loc')[0]?.textContent),
        urls: [...doc.getElementsByTagName('url')].map((u) => ({
          loc: u.getElementsByTagName('loc')[0]?.textContent,
          hreflangs: [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => l.getAttribute('hreflang')),
        })),
      };
    }, text);
  const parsedIndex = await parse(index);
  assert.equal(parsedIndex?.root, 'sitemapindex');
  assert.deepEqual(parsedIndex.sitemaps.map((loc) => new URL(loc).pathname), LOCALES.map((l) => `/sitemap/${l}.xml`));
  const byLocale = new Map();
  for (const [loc, xml] of files) {
    const parsed = await parse(xml);
    assert.ok(parsed, `${loc} parses`);
    assert.equal(parsed.root, 'urlset', loc);
    byLocale.set(new URL(loc).pathname.match(/^\/sitemap\/(.+)\.xml$/)[1], parsed.urls);
  }
  await context.close();
  for (const [locale, urls] of byLocale) {
    const locs = urls.map((u) => new URL(u.loc).pathname);
    assert.equal(new Set(locs).size, locs.length, locale);
    assert.ok(locs.every((p) => p.split('/')[1] === locale), `${locale}: only its own pages`);
    for (const u of urls) assert.deepEqual(u.hreflangs, [...LOCALES, 'x-default'], u.loc);
    assert.equal(urls.length, byLocale.get('en').length, `${locale} lists as many pages as en`);
  }
  for (const path of ['/en/smtp/550', '/vi/smtp/5.1.1', '/vi/smtp/250-vs-550', '/en/smtp/5.7.606-649']) {
    assert.ok(byLocale.get(path.split('/')[1]).some((u) => new URL(u.loc).pathname === path), path);
  }
  const robots = await (await head('/robots.txt')).response.text();
  assert.match(robots, /Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

test('JSON-LD parses on code pages', async () => {
  for (const path of ['/en/smtp/550', '/vi/smtp/5.7.26']) {
    const html = await (await head(path)).response.text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
    assert.ok(blocks.length >= 1, path);
    const types = blocks.flatMap((b) => b['@graph'].map((n) => n['@type']));
    assert.deepEqual(types.sort(), ['BreadcrumbList', 'TechArticle']);
  }
});

test('the home and index lists can be filtered by number or words', async () => {
  const context = await contextFor(browser, 'vi');
  const page = await context.newPage();
  await page.goto('/vi');
  await page.getByLabel('Lọc danh sách').fill('55');
  assert.ok(await page.locator('#all-codes a[href="/vi/smtp/550"]').isVisible());
  assert.equal(await page.locator('#all-codes a[href="/vi/smtp/250"]').isVisible(), false);
  await page.goto('/vi/smtp/enhanced');
  await page.getByLabel('Lọc danh sách').fill('hop thu day');
  assert.ok(await page.locator('#enhanced-list a[href="/vi/smtp/5.2.2"]').isVisible());
  assert.equal(await page.locator('#enhanced-list a[href="/vi/smtp/5.1.1"]').isVisible(), false);
  await context.close();
});
