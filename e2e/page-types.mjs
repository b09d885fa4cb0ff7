// One page of every type the site serves, per locale, plus the interactive states a reader can open.
// Shared by the accessibility (axe) and markup (vnu) tests, so both check the same pages.

import { messagesOf } from './locales.mjs';

/** A query with results in every locale: the 550 code's name in the locale's own words. */
const searchWords = (locale) => messagesOf(locale).codes['550'].name;

/** Pages as the server sends them: [name, path after the locale]. */
export const PAGES = [
  ['home', ''],
  ['reply code', '/smtp/550'],
  ['non-RFC reply code', '/smtp/571'],
  ['enhanced code', '/smtp/5.1.1'],
  ['provider code', '/smtp/5.7.509'],
  ['comparison', '/smtp/250-vs-550'],
  ['enhanced comparison', '/smtp/5.1.1-vs-5.1.10'],
  ['enhanced index', '/smtp/enhanced'],
  ['decoder', '/smtp/decode'],
  ['shared explanation', '/smtp/decode/explain?reply=550&enhanced=5.1.1&reason=user-unknown&action=failed'],
  ['search page', (locale) => `/search?q=${encodeURIComponent(searchWords(locale))}`],
  ['decision guide', '/guides/why-did-my-email-bounce'],
  ['decision guide step', '/guides/why-did-my-email-bounce/has-code'],
  ['guides index', '/guides'],
  ['guide', '/guides/spf-dkim-dmarc'],
  ['glossary', '/glossary'],
  ['glossary term', '/glossary/spf'],
  ['API page', '/api'],
  ['privacy page', '/privacy'],
  ['404 page', '/smtp/999'],
  ['embed card', '/embed/smtp/550'],
  ['embed card with <code> in its summary', '/embed/smtp/5.7.57'],
];

export const pathOf = (locale, path) => `/${locale}${typeof path === 'function' ? path(locale) : path}`;

/** Hydrated, when the page has the site's search box (the embed card has none). */
export async function waitForHydration(page) {
  if (await page.locator('form.search-box').count()) await page.locator('form.search-box[data-ready="true"]').waitFor();
}

/** States that exist only after the reader does something: [name, path after the locale, action]. */
export const STATES = [
  [
    'decoder with a decoded sample',
    '/smtp/decode',
    async (page) => {
      await page.locator('.decoder-actions button.secondary').first().click();
      await page.locator('.decoder-form button[type="submit"]').click();
      await page.locator('.decoded-card').first().waitFor();
    },
  ],
  [
    'search box with its results open',
    '/smtp/550',
    async (page) => {
      await page.locator('#site-search').fill('55');
      await page.locator('#search-suggestions a').first().waitFor();
    },
  ],
  [
    'share box open on a code page',
    '/smtp/550',
    async (page) => {
      await page.locator('details.share-tools > summary').click();
      await page.locator('details.share-tools select').first().waitFor();
    },
  ],
];
