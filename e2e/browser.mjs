// Small helpers shared by the browser tests: one Chromium per test file, one idea per helper.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

/** Quiet headless Chromium (Debian's build): no sandbox in containers, no background connections. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright gives every launch a fresh, throw-away profile directory. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A context with no cookies whose requests announce `acceptLanguage` (a full header such as
 * "en-GB,en;q=0.8"); the browser's own locale is its first tag, since Chromium rejects a list there.
 */
export function contextFor(browser, acceptLanguage = 'en') {
  return browser.newContext({
    baseURL: BASE_URL,
    locale: acceptLanguage.split(/[,;]/)[0].trim(),
    extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
  });
}

export async function expectHtmlLang(page, lang) {
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
}

export async function expectLocaleCookie(context, locale) {
  const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');
  assert.equal(cookie?.value, locale);
}

export async function expectPath(page, path) {
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).hash, path);
}

/** A request without following redirects: status and Location. */
export async function head(path, headers = {}) {
  const response = await fetch(new URL(path, BASE_URL), { redirect: 'manual', headers });
  return { status: response.status, location: response.headers.get('location'), response };
}
