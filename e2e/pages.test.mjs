// Every page the site promises answers 200 in every locale, and prerendered pages are served as static.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { head } from './browser.mjs';
import { LOCALES, messagesOf } from './locales.mjs';

// One message file per locale (the unit tests prove each holds every code's texts).
const codes = Object.keys(messagesOf('en').codes);

async function expectStatus(paths, status) {
  const failures = [];
  for (let i = 0; i < paths.length; i += 16) {
    const batch = paths.slice(i, i + 16);
    const results = await Promise.all(batch.map((p) => head(p)));
    results.forEach((r, j) => r.status !== status && failures.push(`${batch[j]} → ${r.status}`));
  }
  assert.deepEqual(failures, []);
}

test('every code has a page in every locale', async () => {
  assert.ok(codes.length >= 62, `found ${codes.length} codes`);
  await expectStatus(LOCALES.flatMap((l) => codes.map((c) => `/${l}/smtp/${c}`)), 200);
});

test('every pair of codes has a comparison page in English, and a spread of them in every other locale', async () => {
  const sorted = [...codes].sort();
  const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `${a}-vs-${b}`));
  assert.equal(pairs.length, (codes.length * (codes.length - 1)) / 2);
  // Most comparisons render on request, the same code in every locale: all 1,891 in each of 16 locales
  // would take minutes and prove no more than every 40th.
  const spread = (locale, i) => locale === 'en' || i % 40 === LOCALES.indexOf(locale) % 40;
  await expectStatus(LOCALES.flatMap((l) => pairs.filter((_, i) => spread(l, i)).map((p) => `/${l}/smtp/${p}`)), 200);
});

test('every enhanced code and provider code has a page in every locale', async () => {
  const enhanced = Object.entries(messagesOf('en').enhanced).flatMap(
    ([subject, details]) => Object.keys(details).map((detail) => `${subject}.${detail}`),
  );
  assert.equal(enhanced.length, 81);
  const pages = [...readdirSync(new URL('../.next/server/app/en/smtp/', import.meta.url))]
    .filter((f) => /^[245]\.\d+\.[\d-]+\.html$/.test(f))
    .map((f) => f.replace(/\.html$/, ''));
  // Every registry entry has a prerendered page in at least one class.
  for (const entry of enhanced) assert.ok(pages.some((p) => p.slice(2) === entry || p.slice(2).startsWith(`${entry}-`)), entry);
  await expectStatus(LOCALES.flatMap((l) => pages.map((p) => `/${l}/smtp/${p}`)), 200);
});

test('code pages and home pages are prerendered in every locale, common comparisons in the default one', () => {
  const built = (path) => existsSync(new URL(`../.next/server/app${path}.html`, import.meta.url));
  for (const locale of LOCALES) {
    for (const path of [`/${locale}`, `/${locale}/smtp/550`, `/${locale}/smtp/571`]) assert.ok(built(path), path);
    assert.equal(built(`/${locale}/smtp/250-vs-550`), locale === 'en', `/${locale}/smtp/250-vs-550`);
  }
});
