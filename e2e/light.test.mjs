// The light checks, on every page type in every registered locale (the heavy ones run on HEAVY_LOCALES,
// e2e/locales.mjs): the page answers, says its language and direction, logs no error in the console
// and shows no message key in place of a missing message.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contextFor, launch } from './browser.mjs';
import { directionOf, LOCALES, messagesOf } from './locales.mjs';
import { PAGES, pathOf, waitForHydration } from './page-types.mjs';

/** next-intl shows a missing message as its key ("CodePage.fixTitle"): any namespace of en.json then a dot. */
const MESSAGE_KEY = new RegExp(`\\b(?:${Object.keys(messagesOf('en')).join('|')})\\.[A-Za-z0-9]`);

let browser;
const contexts = {};
before(async () => {
  browser = await launch();
  for (const locale of LOCALES) contexts[locale] = await contextFor(browser, locale);
});
after(() => browser?.close());

describe('light checks', { concurrency: 2 }, () => {
  for (const locale of LOCALES) {
    for (const [name, path] of PAGES) {
      const url = pathOf(locale, path);
      const missingPage = name === '404 page';
      test(`${url} (${name}): ${missingPage ? 404 : 200}, lang and dir, no console error, no message key`, async () => {
        const page = await contexts[locale].newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          // A 404 page's own status is reported as a failed resource: that is what it is for.
          if (message.type() === 'error' && !(missingPage && message.text().startsWith('Failed to load resource'))) errors.push(message.text());
        });
        const response = await page.goto(url);
        await waitForHydration(page);
        assert.equal(response.status(), missingPage ? 404 : 200);
        const html = page.locator('html');
        assert.deepEqual([await html.getAttribute('lang'), await html.getAttribute('dir')], [locale, directionOf(locale)]);
        const text = await page.locator('body').innerText();
        assert.equal(MESSAGE_KEY.exec(text)?.[0], undefined, `a message key on ${url}`);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }
});
