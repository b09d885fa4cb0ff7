// Accessibility: axe-core finds no WCAG 2.2 AA (nor best-practice) violation on any page type, in English
// and one locale per script (HEAVY_LOCALES; every locale with npm run test:full), in light or dark colour scheme, including the states a reader opens (decoded bounce, search
// results, share box).
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { after, before, describe, test } from 'node:test';
import { contextFor, launch } from './browser.mjs';
import { HEAVY_LOCALES } from './locales.mjs';
import { PAGES, STATES, pathOf, waitForHydration } from './page-types.mjs';

// WCAG 2.2 AA, plus axe's best practices: those hold heading order and landmark rules (one main, unique
// landmark names), which the WCAG tags alone do not check.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The site has no theme switch: it follows the reader's system setting, so both are checked.
const SCHEMES = ['light', 'dark'];

let browser;
// One context per locale, shared by its pages: its HTTP cache keeps the site's scripts between pages.
const contexts = {};
before(async () => {
  browser = await launch();
  for (const locale of HEAVY_LOCALES) contexts[locale] = await contextFor(browser, locale);
});
after(() => browser?.close());

/** One line per violation and element, readable in CI output. */
const describeViolations = (path, scheme, violations) =>
  violations.flatMap((v) =>
    v.nodes.map((node) => `${path} [${scheme}] ${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`),
  );

const CASES = [
  ...PAGES.map(([name, path]) => [name, path, null]),
  ...STATES,
];

// Two pages at a time: the machine has two cores, and a page waits on the server as often as it computes.
describe('axe', { concurrency: 2 }, () => {
  for (const locale of HEAVY_LOCALES) {
    for (const [name, path, act] of CASES) {
      const url = pathOf(locale, path);
      test(`finds no WCAG 2.2 AA or best-practice violation on ${name} (${url}), light and dark`, async () => {
        const page = await contexts[locale].newPage();
        await page.goto(url);
        await waitForHydration(page);
        if (act) await act(page);
        const found = [];
        // The same page, re-checked after switching the scheme: the CSS follows the media query at once.
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          // Legacy mode runs axe inside the page; the default opens a blank page per run to merge the results
          // of cross-origin frames, which our pages do not have, and is several times slower here.
          const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
          found.push(...describeViolations(url, colorScheme, violations));
        }
        await page.close();
        assert.deepEqual(found, [], `\n${found.join('\n')}`);
      });
    }
  }
});
