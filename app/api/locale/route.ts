import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, type Locale } from '@/i18n/locales';
import { LOCALE_COOKIE_OPTIONS } from '@/i18n/routing';
import { seeOther } from '@/lib/see-other';
import { homePath } from '@/lib/urls';

/**
 * The language switcher's links come through here: the reader chose a language, so it is remembered
 * (the only place the locale cookie is written — a plain page view sets none, which keeps pages
 * cacheable by shared caches) and the reader is sent on to the page in that language. A plain link,
 * so it works without JavaScript.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const to = params.get('to') ?? '';
  if (!isLocale(to)) return NextResponse.json({ error: 'Unknown language' }, { status: 400, headers: { 'cache-control': 'no-store' } });
  const response = seeOther(sameSitePage(params.get('next'), to));
  const { name, ...options } = LOCALE_COOKIE_OPTIONS;
  response.cookies.set(name, to, { ...options, path: '/', sameSite: 'lax' });
  return response;
}

/** Only a path of this site in the chosen language: never another origin (`//host`, `/\host`). */
function sameSitePage(next: string | null, locale: Locale): string {
  const home = homePath(locale);
  if (!next || (!next.startsWith(`${home}/`) && next !== home)) return home;
  return /^\/[\\/]/.test(next) ? home : next;
}
