import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, contextFor, expectHtmlLang, head, launch } from './browser.mjs';
import { LOCALES, messagesOf } from './locales.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('/vi/smtp/5.1.1 explains the enhanced code in Vietnamese and links back to 550', async () => {
  const context = await contextFor(browser, 'vi');
  const page = await context.newPage();
  const response = await page.goto('/vi/smtp/5.1.1');
  assert.equal(response.status(), 200);
  await expectHtmlLang(page, 'vi');
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^5\.1\.1 /);
  for (const heading of ['Mô tả', 'Khi bạn thấy mã này', 'Cách khắc phục']) {
    assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 1, heading);
  }
  assert.ok(await page.locator('a[href="/vi/smtp/550"]').count());
  assert.match(await page.locator('.facts').innerText(), /Bad destination mailbox address/);

  await page.goto('/vi/smtp/550');
  assert.ok(await page.locator('a[href="/vi/smtp/5.1.1"]').count());
  await context.close();
});

test('a provider that reuses a registry number gets its own marked box', async () => {
  const context = await contextFor(browser, 'en');
  const page = await context.newPage();
  await page.goto('/en/smtp/5.7.30');
  assert.match(await page.locator('.facts').innerText(), /REQUIRETLS support required/);
  const box = page.getByRole('complementary', { name: /When Gmail \/ Google Workspace sends 5\.7\.30, it means/ });
  assert.equal(await box.count(), 1);
  assert.match(await box.innerText(), /DKIM/);
  await context.close();
});

test('provider-only codes have labelled pages, and a code inside a range resolves to it', async () => {
  const { status } = await head('/en/smtp/5.7.509');
  assert.equal(status, 200);
  const redirect = await head('/en/smtp/5.7.620');
  assert.equal(redirect.status, 308);
  assert.equal(new URL(redirect.location, BASE_URL).pathname, '/en/smtp/5.7.606-649');
  const { response } = await head('/en/smtp/5.7.606-649');
  assert.match(await response.text(), /Not in the IANA registry/);
});

test('enhanced comparisons are canonical, and mixing a reply code with an enhanced code is a 404', async () => {
  assert.equal((await head('/en/smtp/5.1.1-vs-5.1.10')).status, 200);
  const reversed = await head('/en/smtp/5.1.10-vs-5.1.1');
  assert.equal(reversed.status, 308);
  assert.equal(new URL(reversed.location, BASE_URL).pathname, '/en/smtp/5.1.1-vs-5.1.10');
  const mixed = await head('/en/smtp/550-vs-5.1.1');
  assert.equal(mixed.status, 404);
  const html = await mixed.response.text();
  assert.match(html, /href="\/en\/smtp\/550"/);
  assert.match(html, /href="\/en\/smtp\/5\.1\.1"/);
});

test('the enhanced index lists every subject in every locale', async () => {
  for (const locale of LOCALES) {
    const { status, response } = await head(`/${locale}/smtp/enhanced`);
    assert.equal(status, 200);
    const html = await response.text();
    assert.ok(html.includes(`<h1>${messagesOf(locale).EnhancedIndex.title}</h1>`), locale);
    for (let subject = 0; subject <= 7; subject++) assert.match(html, new RegExp(`id="subject-${subject}"`));
  }
});

test('enhanced codes go through the same locale redirect and 404 handling as reply codes', async () => {
  const redirect = await head('/smtp/5.1.1', { 'accept-language': 'vi' });
  assert.ok(redirect.status >= 300 && redirect.status < 400);
  assert.equal(new URL(redirect.location, BASE_URL).pathname, '/vi/smtp/5.1.1');
  const missing = await head('/en/smtp/5.1.99');
  assert.equal(missing.status, 404);
  const html = await missing.response.text();
  assert.match(html, /<html lang="en"[^>]*>.*<h1>/s);
  assert.match(html, /href="\/en\/smtp\/5\.1\.\d+"/);
  assert.equal((await head('/icon.svg')).status, 200);
});
