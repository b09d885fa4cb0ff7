/** @jest-environment node */
import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { routingFor } from '@/i18n/routing';
import { canonicalSpelling, preferredLocale } from '@/lib/locale-negotiation';
import { routeRequest } from '@/lib/request-routing';

/** The 16 locales the site is built to hold (issue 10), whatever is registered today. */
const SIXTEEN = ['en', 'vi', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ru', 'id', 'ar', 'tr', 'it', 'cs', 'zh-TW'] as const;

const negotiate = createMiddleware(routingFor(SIXTEEN, 'en'));

/** Where the server sends a reader of /smtp/550 (a link without locale). */
function serverChoice(acceptLanguage: string | null, cookie?: string): string {
  const headers = new Headers();
  if (acceptLanguage !== null) headers.set('accept-language', acceptLanguage);
  if (cookie) headers.set('cookie', `NEXT_LOCALE=${cookie}`);
  const location = negotiate(new NextRequest('https://smtp.example/smtp/550', { headers })).headers.get('location');
  return new URL(location!).pathname.split('/')[1]!;
}

const CASES: [acceptLanguage: string, locale: string][] = [
  ['es-MX', 'es'],
  ['es-419', 'es'],
  ['es-MX,es;q=0.9,en;q=0.8', 'es'],
  ['ja-JP', 'ja'],
  ['ja', 'ja'],
  ['ar-EG', 'ar'],
  ['ar-SA,ar;q=0.9', 'ar'],
  ['pt-BR', 'pt-BR'],
  ['pt-PT', 'pt-BR'],
  ['zh-CN', 'zh-CN'],
  ['zh-Hans-CN', 'zh-CN'],
  ['zh-TW', 'zh-TW'],
  ['zh-Hant-HK', 'zh-TW'],
  ['de-AT', 'de'],
  ['en-GB', 'en'],
  ['vi-VN', 'vi'],
  ['sw-KE', 'en'],
  ['sw-KE,fr;q=0.5', 'fr'],
];

describe('Accept-Language, with 16 locales', () => {
  test.each(CASES)('the server sends %s to %s', (acceptLanguage, locale) => {
    expect(serverChoice(acceptLanguage)).toBe(locale);
  });

  test.each(CASES)('the browser hint offers %s the same %s', (acceptLanguage, locale) => {
    const tags = acceptLanguage.split(',').map((part) => part.split(';')[0]!);
    expect(preferredLocale(tags, SIXTEEN) ?? 'en').toBe(locale);
  });

  test('no header at all: English', () => {
    expect(serverChoice(null)).toBe('en');
  });

  test.each([
    ['ja', 'es-MX'],
    ['ar', 'en-US'],
    ['pt-BR', 'ar-EG'],
  ])('the remembered choice %s wins over Accept-Language %s', (cookie, acceptLanguage) => {
    expect(serverChoice(acceptLanguage, cookie)).toBe(cookie);
  });
});

test.each([
  ['pt-br', 'pt-BR'],
  ['PT-BR', 'pt-BR'],
  ['ZH-cn', 'zh-CN'],
  ['zh-tw', 'zh-TW'],
  ['EN', 'en'],
  ['Ar', 'ar'],
  ['pt-BR', null],
  ['en', null],
  ['pt', null],
  ['xx', null],
  ['smtp', null],
])('the locale segment %s is spelled %s', (segment, expected) => {
  expect(canonicalSpelling(segment, SIXTEEN)).toBe(expected);
});

test.each([
  ['/EN/smtp/550', 'redirect /en/smtp/550'],
  ['/En', 'redirect /en'],
  ['/VI/glossary/spf', 'redirect /vi/glossary/spf'],
  ['/Vi/', 'redirect /vi/'],
  ['/en/smtp/550', null],
])('routeRequest(%j) → %j: one spelling per locale', (path, expected) => {
  const route = routeRequest(path);
  expect(route && `${route.action} ${route.path}`).toBe(expected);
});
