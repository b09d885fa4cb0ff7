// The pseudo-locale (en-XA: accented English, about 35 % longer, lib/pseudo-locale.ts) on every page type:
// any plain English word left is text that does not come from the message files, and any page wider
// than a phone is a layout that breaks when a translation runs long.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { contextFor, head, launch } from './browser.mjs';
import { PSEUDO_LOCALE } from './locales.mjs';
import { PAGES, STATES, pathOf, waitForHydration } from './page-types.mjs';

const PHONE = { width: 390, height: 844 };

/**
 * Words that are the same in every language and come from data, not messages: protocol and standards
 * names, and the providers and software whose messages the site quotes. The term base's allowed glosses
 * (i18n/terms/en.json, `gloss` and `keepAsIs`) add theirs when it exists.
 */
const SAME_IN_EVERY_LANGUAGE = [
  ...['EHLO', 'HELO', 'MAIL', 'FROM', 'RCPT', 'TO', 'DATA', 'QUIT', 'RSET', 'VRFY', 'EXPN', 'HELP', 'ETRN', 'NOOP', 'AUTH', 'BDAT'],
  ...['SMTP', 'ESMTP', 'LMTP', 'RFC', 'IANA', 'IETF', 'DSN', 'MTA', 'MX', 'DNS', 'SPF', 'DKIM', 'DMARC', 'ARC', 'TLS', 'STARTTLS', 'SASL', 'IP', 'IPv4', 'IPv6', 'PTR', 'MIME', 'UTF', 'ASCII', 'API', 'JSON', 'HTTP', 'HTTPS', 'URL', 'HTML', 'CSV', 'MTA-STS', 'DANE', 'BIMI', 'CRLF'],
  ...['Gmail', 'Google', 'Workspace', 'Microsoft', 'Outlook', 'Exchange', 'Server', 'Online', 'Yahoo', 'AOL', 'iCloud', 'Apple', 'Postfix', 'Exim', 'Sendmail', 'Amazon', 'SES', 'SendGrid', 'Mailgun', 'Postmark', 'Proofpoint', 'Mimecast', 'Spamhaus', 'Barracuda', 'Zoho', 'Fastmail', 'Proton', 'Comcast', 'GMX', 'Yandex', 'Orange', 'Mail.ru', 'Cloudflare', 'Sisimai', 'MiniSearch', 'GitHub', 'Next.js'],
];

/** Intl.ListFormat's conjunctions: the pseudo-locale formats lists, dates and numbers as English does. */
const INTL_WORDS = ['and', 'or'];

function termBaseWords() {
  const file = new URL('../i18n/terms/en.json', import.meta.url);
  if (!existsSync(file)) return [];
  const words = [];
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'gloss' || key === 'keepAsIs') && typeof inner === 'string') words.push(inner);
      else if (key === 'keepAsIs' && Array.isArray(inner)) words.push(...inner.filter((w) => typeof w === 'string'));
      else if (key === 'keepAsIs' && inner === true) words.push(...Object.values(value).filter((w) => typeof w === 'string'));
      else walk(inner);
    }
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return words;
}

// Case-sensitive: "DATA" is a command, "data" an English word.
const ALLOWED = new Set([...SAME_IN_EVERY_LANGUAGE, ...INTL_WORDS, ...termBaseWords()].flatMap((w) => w.match(/[A-Za-z]{2,}/g) ?? []));

/**
 * Visible text and labels outside protocol text (<code>, <pre>, <kbd>, <samp>), pasted and quoted wire text
 * (<textarea>, .wire-text) and text marked as another language (the switcher's language names, a registry's English
 * title: `lang` on an element inside the page) and dates (<time>, formatted by Intl).
 */
function readableText() {
  const SKIP = 'code, pre, kbd, samp, textarea, script, style, noscript, template, time, [translate="no"], .wire-text, body [lang]';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP) || !parent.checkVisibility({ visibilityProperty: true })) continue;
    out.push(node.textContent);
  }
  for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
    if (element.closest(SKIP)) continue;
    for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) if (element.hasAttribute(attribute)) out.push(element.getAttribute(attribute));
  }
  out.push(document.title);
  return out.join('\n');
}

/** ASCII words of two letters or more, minus addresses, domains, paths, codes and the allowed words. */
function plainEnglish(text) {
  const words = text
    .replace(/\S*(?:@|\/|\w\.\w)\S*/g, ' ')
    .match(/(?<![\p{L}\p{M}])[A-Za-z]{2,}(?![\p{L}\p{M}])/gu) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
}

let browser;
let context;
before(async () => {
  browser = await launch();
  context = await contextFor(browser, 'en');
});
after(() => browser?.close());

// The search page's query is in the locale's words; the pseudo-locale finds codes by number.
const pathIn = (path) => (typeof path === 'function' ? '/search?q=550' : path);
const CASES = [...PAGES.map(([name, path]) => [name, pathIn(path), null]), ...STATES];

test('the pseudo-locale is not listed: not in the sitemap, not in hreflang, not indexed', async () => {
  const index = await (await head('/sitemap.xml')).response.text();
  assert.doesNotMatch(index, new RegExp(PSEUDO_LOCALE));
  const html = await (await head(`/${PSEUDO_LOCALE}/smtp/550`)).response.text();
  assert.doesNotMatch(html, new RegExp(`hreflang="${PSEUDO_LOCALE}"`));
  assert.match(html, /<meta name="robots" content="noindex, ?nofollow"/);
  const english = await (await head('/en/smtp/550')).response.text();
  assert.doesNotMatch(english, new RegExp(PSEUDO_LOCALE));
});

describe('every page type in the pseudo-locale', { concurrency: 2 }, () => {
  for (const [name, path, act] of CASES) {
    const url = pathOf(PSEUDO_LOCALE, path);
    test(`${name} (${url}): no plain English word, nothing wider than ${PHONE.width} px`, async () => {
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      const response = await page.goto(url);
      assert.equal(response.status(), name === '404 page' ? 404 : 200);
      await waitForHydration(page);
      if (act) await act(page);
      assert.deepEqual(plainEnglish(await page.evaluate(readableText)), [], url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= PHONE.width, `${url} is ${width} px wide`);
      await page.close();
    });
  }
});
