// The decision guide: plain links from the first question to a code page, no JavaScript needed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { BASE_URL, expectHtmlLang, expectPath, head, launch } from './browser.mjs';
import { LOCALES, messagesOf } from './locales.mjs';

// Labels come from the message files, so rewording an answer does not break the walk.
const guideIn = (locale) => messagesOf(locale).Guide;
const vi = guideIn('vi');
const STEPS = Object.keys(vi.steps).filter((id) => id !== 'start');
/** The decision guide is one of the guides (its first URLs, /{locale}/guide/…, redirect here). */
const GUIDE = 'guides/why-did-my-email-bounce';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

async function expectQuestion(page, path, title) {
  await expectPath(page, path);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title);
}

test(`/vi/${GUIDE} leads to the 5.1.1 page in three answers, without JavaScript`, async () => {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`/vi/${GUIDE}`);
  assert.equal(response.status(), 200);
  await expectHtmlLang(page, 'vi');
  await expectQuestion(page, `/vi/${GUIDE}`, vi.steps.start.title);

  for (const [step, answer, next] of [
    ['start', 'bounce', 'has-code'],
    ['has-code', 'starts5', 'code-text'],
    ['code-text', 'address', 'address'],
  ]) {
    await page.getByRole('link', { name: vi.steps[step].answers[answer], exact: true }).click();
    await page.waitForURL(`**/vi/${GUIDE}/${next}`);
    await expectQuestion(page, `/vi/${GUIDE}/${next}`, vi.steps[next].title);
  }

  await page.getByRole('region', { name: vi.codesTitle }).getByRole('link', { name: /^5\.1\.1 / }).click();
  await page.waitForURL('**/vi/smtp/5.1.1');
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /5\.1\.1/);
  await context.close();
});

test('every step answers 200 in every locale, with its own canonical URL and a way back to the start', async () => {
  for (const locale of LOCALES) {
    for (const step of STEPS) {
      const { status, response } = await head(`/${locale}/${GUIDE}/${step}`);
      assert.equal(status, 200, `${locale}/${step}`);
      const html = await response.text();
      assert.match(html, new RegExp(`<link rel="canonical" href="[^"]*/${locale}/${GUIDE}/${step}"`), step);
      assert.match(html, new RegExp(`<a [^>]*href="/${locale}/${GUIDE}">`), step);
    }
  }
});

test('the start page and every step are prerendered at build time', () => {
  for (const locale of LOCALES) {
    for (const path of [`/${locale}/${GUIDE}`, ...STEPS.map((step) => `/${locale}/${GUIDE}/${step}`)]) {
      assert.ok(existsSync(new URL(`../.next/server/app${path}.html`, import.meta.url)), path);
    }
  }
});

test('an unknown step answers 404 with the localized page, server-rendered', async () => {
  for (const path of [`/vi/${GUIDE}/khong-co`, `/en/${GUIDE}/start`, `/en/${GUIDE}/Address`, `/en/${GUIDE}/address/more`, '/vi/guide/khong-co']) {
    const { status, response } = await head(path);
    assert.equal(status, 404, path);
    const lang = path.split('/')[1];
    assert.match(await response.text(), new RegExp(`<html lang="${lang}"[^>]*>.*<h1>`, 's'), path);
  }
});

test('the first URLs of the guide answer 308 to its place among the guides', async () => {
  for (const [path, location] of [
    ['/vi/guide', `/vi/${GUIDE}`],
    ['/en/guide/has-code', `/en/${GUIDE}/has-code`],
  ]) {
    const { status, response } = await head(path);
    assert.equal(status, 308, path);
    assert.equal(new URL(response.headers.get('location'), BASE_URL).pathname, location, path);
  }
});
