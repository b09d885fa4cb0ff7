// One reader's journey through the site in every locale, once with the mouse and once with the keyboard
// alone: arrive, search, read, switch language and back, copy a link for a customer, compare two codes,
// decode a pasted bounce, follow the guide to a code page. Every step is checked by what the page shows.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, contextFor, expectHtmlLang, expectPath, launch } from './browser.mjs';
import { HEAVY_LOCALES, LOCALES, localeName, messagesOf } from './locales.mjs';

const SECRET = 'journey-private-4412@example.net';
const BOUNCE = `From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<${SECRET}>: host mx.example.net[198.51.100.7] said: 550 5.1.1
    <${SECRET}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
`;

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const hydrated = (page) => page.locator('form.search-box[data-ready="true"]').waitFor();
const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/** With the mouse: click, pick, fill. */
const mouse = {
  name: 'with the mouse',
  activate: (_page, locator) => locator.click(),
  choose: (_page, select, value) => select.selectOption(value),
  fill: (_page, field, text) => field.fill(text),
};

/**
 * Moves the focus with Tab (or Shift+Tab when the target comes earlier in the page) until it is on
 * `locator`; a control that Tab never reaches fails the journey.
 */
async function tabTo(page, locator, max = 250) {
  const backwards = await locator.evaluate(
    (target) => !!document.activeElement && !!(target.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`not reachable with ${backwards ? 'Shift+Tab' : 'Tab'}: ${locator}`);
}

/** With the keyboard only: Tab to a control, then Enter (links), Space (buttons, summaries) or arrows (selects). */
const keyboard = {
  name: 'with the keyboard only',
  async activate(page, locator) {
    await tabTo(page, locator);
    const tag = await locator.evaluate((element) => element.tagName);
    await page.keyboard.press(tag === 'A' ? 'Enter' : 'Space');
  },
  async choose(page, select, value) {
    await tabTo(page, select);
    const values = await select.evaluate((element) => [...element.options].map((option) => option.value));
    const target = values.indexOf(value);
    assert.ok(target >= 0, `no option ${value}`);
    for (let presses = 0; presses < values.length; presses++) {
      const current = values.indexOf(await select.inputValue());
      if (current === target) return;
      await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
    }
    assert.equal(await select.inputValue(), value);
  },
  async fill(page, field, text) {
    await tabTo(page, field);
    // What a paste does: the whole text arrives as one input.
    await page.keyboard.insertText(text);
  },
};

async function expectArrival(page, path, locale) {
  await page.waitForURL((url) => url.pathname + url.hash === path);
  await expectPath(page, path);
  await expectHtmlLang(page, locale);
  await hydrated(page);
}

/** A <select> by its label; the accessible name also holds the chosen option, so the label is its start. */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const select = (page, label) => page.getByRole('combobox', { name: new RegExp(`^${escapeRegExp(label)}`) });

const h1 = (page) => page.getByRole('heading', { level: 1 }).innerText();

// Heavy: English and one locale per script (e2e/locales.mjs).
for (const locale of HEAVY_LOCALES) {
  const other = LOCALES.find((l) => l !== locale) ?? locale;
  const m = messagesOf(locale);
  const mOther = messagesOf(other);
  for (const act of [mouse, keyboard]) {
    test(`/${locale}: a reader's journey ${act.name}`, async () => {
      const context = await contextFor(browser, locale);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
      const page = await context.newPage();
      const sent = [];
      page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
      const home = page.getByRole('link', { name: m.Site.name, exact: true });

      // Arrive with the browser's language and land on the home page in it.
      await page.goto('/');
      await expectArrival(page, `/${locale}`, locale);
      assert.equal(await h1(page), m.Home.title);

      // "/" focuses the search; the code's name in this language finds it.
      await page.keyboard.press('/');
      const search = page.getByRole('searchbox', { name: m.Search.label });
      assert.ok(await isFocused(search), '"/" focuses the search box');
      await page.keyboard.type(m.codes['552'].name);
      const hit = page.locator(`#search-suggestions a[href="/${locale}/smtp/552"]`);
      await hit.waitFor();
      await act.activate(page, hit);
      await expectArrival(page, `/${locale}/smtp/552`, locale);
      assert.match(await h1(page), /^SMTP 552\b/);

      // Over to the other language with the switcher (a menu: open it first), and back.
      await act.activate(page, page.locator('header details > summary'));
      await act.activate(
        page,
        page.getByRole('navigation', { name: m.LanguageSwitcher.label }).getByRole('link', { name: localeName(other) }),
      );
      await expectArrival(page, `/${other}/smtp/552`, other);
      assert.match(await h1(page), /^SMTP 552\b/);
      await act.activate(page, page.locator('header details > summary'));
      await act.activate(
        page,
        page.getByRole('navigation', { name: mOther.LanguageSwitcher.label }).getByRole('link', { name: localeName(locale) }),
      );
      await expectArrival(page, `/${locale}/smtp/552`, locale);

      // The share box: a link to one section, in the customer's language, on the clipboard.
      await act.activate(page, page.getByText(m.Share.title, { exact: true }));
      await act.choose(page, select(page, m.Share.language), other);
      await act.choose(page, select(page, m.Share.section), 'fix');
      await act.activate(page, page.getByRole('button', { name: m.Share.copyLink, exact: true }));
      await page.getByText(m.Share.copied, { exact: true }).waitFor();
      const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      assert.equal(link.origin + link.pathname + link.hash, `${BASE_URL}/${other}/smtp/552#fix`);

      // Compare two codes from the home page; the reversed choice lands on the canonical comparison.
      await act.activate(page, home);
      await expectArrival(page, `/${locale}`, locale);
      await act.choose(page, select(page, m.ComparePicker.first), '550');
      await act.choose(page, select(page, m.ComparePicker.second), '421');
      await act.activate(page, page.getByRole('button', { name: m.ComparePicker.submit, exact: true }));
      await expectArrival(page, `/${locale}/smtp/421-vs-550`, locale);
      assert.deepEqual((await page.getByRole('table').first().getByRole('columnheader').allInnerTexts()).slice(1), ['421', '550']);

      // Decode a pasted bounce; the text stays in the browser.
      await act.activate(page, home);
      await expectArrival(page, `/${locale}`, locale);
      await act.activate(page, page.getByRole('link', { name: m.Home.decoderLink, exact: true }));
      await expectArrival(page, `/${locale}/smtp/decode`, locale);
      await act.fill(page, page.getByLabel(m.Decoder.label, { exact: true }), BOUNCE);
      sent.length = 0;
      await act.activate(page, page.getByRole('button', { name: m.Decoder.submit, exact: true }));
      const card = page.locator('.decoded-card');
      await card.waitFor();
      await page.getByRole('heading', { level: 2, name: m.Decoder.resultsTitle }).waitFor();
      const cardText = await card.innerText();
      assert.ok(cardText.includes(m.reasons['user-unknown'].name), cardText);
      assert.ok(cardText.includes(SECRET), 'the card names the recipient');
      for (const line of sent) assert.ok(!line.includes(SECRET) && !line.includes('virtual mailbox'), `pasted text sent: ${line.slice(0, 160)}`);

      // The decision guide: three answers, then a code page.
      await act.activate(page, home);
      await expectArrival(page, `/${locale}`, locale);
      await act.activate(page, page.getByRole('link', { name: m.Home.guideLink, exact: true }));
      await expectArrival(page, `/${locale}/guides/why-did-my-email-bounce`, locale);
      assert.equal(await h1(page), m.Guide.steps.start.title);
      for (const [step, answer, next] of [
        ['start', 'bounce', 'has-code'],
        ['has-code', 'starts5', 'code-text'],
        ['code-text', 'address', 'address'],
      ]) {
        await act.activate(page, page.getByRole('link', { name: m.Guide.steps[step].answers[answer], exact: true }));
        await expectArrival(page, `/${locale}/guides/why-did-my-email-bounce/${next}`, locale);
        assert.equal(await h1(page), m.Guide.steps[next].title);
      }
      await act.activate(page, page.locator('main').getByRole('link', { name: `550 ${m.codes['550'].name}`, exact: true }));
      await expectArrival(page, `/${locale}/smtp/550`, locale);
      assert.match(await h1(page), /^SMTP 550\b/);

      // The glossary, from the footer: the index, then one term and back to a code it explains.
      await act.activate(page, page.locator('footer').getByRole('link', { name: m.Site.glossaryLink, exact: true }));
      await expectArrival(page, `/${locale}/glossary`, locale);
      assert.equal(await h1(page), m.Glossary.title);
      await act.activate(page, page.locator('main').getByRole('link', { name: m.Glossary.terms.spf.name, exact: true }));
      await expectArrival(page, `/${locale}/glossary/spf`, locale);
      assert.equal(await h1(page), m.Glossary.terms.spf.name);
      await context.close();
    });
  }
}
