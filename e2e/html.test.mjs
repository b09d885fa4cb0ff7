// Valid HTML: the Nu Html Checker (vnu) reports no error on any page type in English and one locale per
// script (HEAVY_LOCALES; every locale with npm run test:full), nor on the
// markup the browser holds after a reader decodes a bounce or opens the search results.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { contextFor, head, launch } from './browser.mjs';
import { HEAVY_LOCALES } from './locales.mjs';
import { PAGES, STATES, pathOf, waitForHydration } from './page-types.mjs';

const VNU = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'vnu-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  return browser?.close();
});

/** The server's HTML of every page, and the live DOM of every interactive state: [url, html]. */
async function collectDocuments() {
  const served = HEAVY_LOCALES.flatMap((locale) => PAGES.map(([, path]) => pathOf(locale, path)));
  const documents = await Promise.all(served.map(async (url) => [url, await (await head(url)).response.text()]));
  for (const locale of HEAVY_LOCALES) {
    const context = await contextFor(browser, locale);
    for (const [name, path, act] of STATES) {
      const page = await context.newPage();
      await page.goto(pathOf(locale, path));
      await waitForHydration(page);
      await act(page);
      documents.push([`${pathOf(locale, path)} (${name})`, await page.content()]);
      await page.close();
    }
    await context.close();
  }
  return documents;
}

/** Runs vnu once over every file (the JVM is slow to start) and returns its messages. */
function checkWithVnu(files) {
  // The client compiler alone (C1) halves the JVM's start-up work for a run this short; it needs a deeper
  // thread stack than the default for vnu's schema, or vnu stops with a StackOverflowError.
  const java = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-jar', VNU];
  const run = spawnSync('java', [...java, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8' });
  // vnu writes its JSON report to stderr; a non-JSON answer means it did not run at all.
  assert.ok(run.stderr.trim().startsWith('{'), `vnu did not run: ${run.error ?? run.stderr}`);
  return JSON.parse(run.stderr).messages;
}

test('vnu reports no HTML error on any page type or interactive state, in every locale', async () => {
  const documents = await collectDocuments();
  const fileToUrl = new Map();
  const files = documents.map(([url, html], i) => {
    const file = join(dir, `${String(i).padStart(2, '0')}.html`);
    writeFileSync(file, html);
    fileToUrl.set(`file:${file}`, url);
    return file;
  });
  const messages = checkWithVnu(files);
  const byPage = new Map();
  for (const m of messages) {
    const url = fileToUrl.get(m.url) ?? m.url;
    byPage.set(url, [...(byPage.get(url) ?? []), `  ${m.type}${m.subType ? `/${m.subType}` : ''} line ${m.lastLine}: ${m.message}`]);
  }
  const report = [...byPage].map(([url, lines]) => `${url}\n${lines.join('\n')}`).join('\n');
  assert.equal(messages.length, 0, `\n${report}`);
});
