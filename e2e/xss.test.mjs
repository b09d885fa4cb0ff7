// Script injection: every place where a reader's (or an attacker's) text reaches a page. Each payload
// would set window.__xss and call alert(); neither may happen, and text that is shown is shown as text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, contextFor, head, launch } from './browser.mjs';
import { HEAVY_LOCALES, messagesOf } from './locales.mjs';

const RUN = 'window.__xss=1;alert(1)';
const PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `"><script>${RUN}</script>`,
  `javascript:${RUN}`,
  `</textarea><img src=x onerror=${RUN}>`,
  `<svg onload=${RUN}>`,
  `{x} <b>bold</b> {count, plural, other {<img src=x onerror=${RUN}>}}`,
  `'-alert(1)-'";${RUN};//`,
  `<a href="javascript:${RUN}">x</a><iframe srcdoc="<script>parent.__xss=1</script>">`,
];
// The payloads' own markup, live (not escaped as text); and their marker, to find any echo at all.
const LIVE = /<img src=x|<svg onload|<script>window|<iframe srcdoc|<a href="javascript:/;
const MARKER = '__xss';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** A page that records dialogs and every request it sends, with its body. */
async function watchedPage(context) {
  const page = await context.newPage();
  const watch = { page, dialogs: [], sent: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => watch.sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  return watch;
}

/** Nothing ran: no dialog, no marker, and no element the payloads would create is in the page. */
async function expectNothingRan({ page, dialogs }, where) {
  // Let image errors and any queued script run before looking (timed here: with scripts off, page timers never fire).
  await page.waitForTimeout(150);
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: window.__xss was set`);
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], a[href^="javascript:"], [onerror], [onload]')].map((e) => e.outerHTML),
  );
  assert.deepEqual(injected, [], `${where}: injected elements`);
}

const hydrated = (page) => page.locator('form.search-box[data-ready="true"]').waitFor();

/** A DSN (RFC 3464) with the payload in the recipient's address and in the Diagnostic-Code. */
function bounceWith(payload) {
  const address = `"${payload}"@example.org`;
  return `From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"

--B0UND
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.example.com. Your message could not be delivered.

--B0UND
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; ${address}
Original-Recipient: rfc822; ${address}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <${address}>: Recipient address rejected: ${payload}

--B0UND--
`;
}

// Heavy: English and one locale per script (e2e/locales.mjs).
for (const locale of HEAVY_LOCALES) {
  const m = messagesOf(locale);

  test(`/${locale}/smtp/decode: payloads in a pasted bounce are shown as text, run nowhere and stay in the browser`, async () => {
    const context = await contextFor(browser, locale);
    const watch = await watchedPage(context);
    const { page } = watch;
    await page.goto(`/${locale}/smtp/decode`);
    await hydrated(page);
    for (const payload of PAYLOADS) {
      const before = await page.evaluate(() => document.querySelector('.decoded-card h3')?.textContent ?? '');
      await page.getByLabel(m.Decoder.label, { exact: true }).fill(bounceWith(payload));
      watch.sent.length = 0;
      await page.getByRole('button', { name: m.Decoder.submit, exact: true }).click();
      // This bounce's card, not the one before it: every payload names another recipient.
      await page.waitForFunction((previous) => (document.querySelector('.decoded-card h3')?.textContent ?? '') !== previous, before);
      const card = page.locator('.decoded-card').first();
      await card.locator('details').evaluateAll((all) => all.forEach((d) => (d.open = true)));
      const shown = await card.textContent();
      assert.ok(shown.includes(payload), `${payload} is shown as text: ${shown.slice(0, 300)}`);
      await expectNothingRan(watch, `decoder, ${payload}`);
      for (const line of watch.sent) assert.ok(!line.includes('example.org'), `pasted text sent: ${line.slice(0, 160)}`);
    }
    await context.close();
  });

  test(`/${locale}/smtp/decode without JavaScript: the server's answer shows the payloads as text`, async () => {
    const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
    const watch = await watchedPage(context);
    const { page } = watch;
    // The answer page holds the form again: each payload is posted from the previous answer.
    await page.goto(`/${locale}/smtp/decode`);
    for (const payload of PAYLOADS) {
      await page.getByLabel(m.Decoder.label, { exact: true }).fill(bounceWith(payload));
      await page.getByRole('button', { name: m.Decoder.submit, exact: true }).click();
      await page.locator('.decoded-card').first().waitFor();
      assert.ok((await page.locator('.decoded-card').first().textContent()).includes(payload), payload);
      // With scripts off nothing can run here; what matters is that the markup holds no live payload.
      assert.equal(LIVE.test(await page.content()), false, `live markup for ${payload}`);
      await expectNothingRan(watch, `no-JavaScript decoder, ${payload}`);
    }
    await context.close();
  });

  test(`/${locale}: payloads typed into the search box and sent to /${locale}/search?q= are shown as text`, async () => {
    const context = await contextFor(browser, locale);
    const watch = await watchedPage(context);
    const { page } = watch;
    for (const payload of PAYLOADS) {
      await page.goto(`/${locale}`);
      await hydrated(page);
      await page.keyboard.press('/');
      await page.keyboard.insertText(payload);
      await page.locator('#search-suggestions').waitFor();
      await expectNothingRan(watch, `search box, ${payload}`);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === `/${locale}/search`);
      await hydrated(page);
      assert.equal(new URL(page.url()).searchParams.get('q'), payload);
      const heading = await page.locator('#results').innerText();
      assert.ok(heading.includes(payload.slice(0, 200).trim()), `the query is shown as text: ${heading}`);
      assert.equal(await page.getByRole('searchbox', { name: m.Search.label }).last().inputValue(), payload);
      await expectNothingRan(watch, `search page, ${payload}`);
    }
    await context.close();
  });
}

test('payloads in a path segment, the query and the hash are neither echoed nor run', async () => {
  const context = await contextFor(browser, 'en');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  const watch = await watchedPage(context);
  const { page } = watch;
  const m = messagesOf('en');
  for (const payload of PAYLOADS) {
    const encoded = encodeURIComponent(payload);
    // The 404 page suggests codes from the digits of the path, and repeats nothing else.
    for (const path of [`/en/smtp/${encoded}`, `/en/smtp/550${encoded}`, `/en/${encoded}`, `/en/embed/smtp/${encoded}`]) {
      const { status, response } = await head(path);
      assert.equal(status, 404, path);
      // The path itself comes back only percent-encoded (the language switcher links to the same path).
      const html = await response.text();
      assert.ok(!html.includes(payload) && !LIVE.test(html), `${path} echoes the payload`);
    }
    const path = `/en/smtp/${encoded}`;
    await page.goto(path);
    assert.equal((await page.locator('body').innerText()).includes(MARKER), false, `${path} shows the payload`);
    await expectNothingRan(watch, path);
    // A shared explanation keeps only known codes and reasons.
    const explain = `/en/smtp/decode/explain?${['reply', 'enhanced', 'reason', 'action', 'entry'].map((k) => `${k}=${encoded}`).join('&')}`;
    await page.goto(explain);
    assert.equal((await page.locator('main').innerText()).includes(MARKER), false, `${explain} shows the payload`);
    await expectNothingRan(watch, explain);

    // The hash: the language switcher carries it over, the share box copies a link without it.
    await page.goto(`/en/smtp/550?from=${encoded}#${encoded}`);
    await hydrated(page);
    await expectNothingRan(watch, `hash, ${payload}`);
    await page.getByText(m.Share.title, { exact: true }).click();
    await page.getByRole('button', { name: m.Share.copyLink, exact: true }).click();
    await page.getByText(m.Share.copied, { exact: true }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${BASE_URL}/en/smtp/550`);
    await page.locator('header details > summary').click();
    await page.getByRole('navigation', { name: m.LanguageSwitcher.label }).getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL((url) => url.pathname === '/vi/smtp/550');
    await hydrated(page);
    await expectNothingRan(watch, `switched with hash, ${payload}`);
  }
  await context.close();
});
