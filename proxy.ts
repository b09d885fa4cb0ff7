import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { routeRequest } from './lib/routes';

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const route = routeRequest(pathname);
  // Embeds already carry their locale and are seen inside other sites: they must not change the
  // reader's remembered language, so next-intl (which sets the locale cookie) is skipped for them.
  if (!route && /^\/[^/]+\/embed\//.test(pathname)) return NextResponse.next();
  // The second matcher brings paths outside the locales here only for routeRequest's malformed-escape redirect.
  if (!route && /^\/(?:api|og|_next)\//.test(pathname)) return NextResponse.next();
  if (!route) return handleI18nRouting(request);
  const url = request.nextUrl.clone();
  url.pathname = route.path;
  return route.action === 'redirect'
    ? NextResponse.redirect(url, 308)
    : NextResponse.rewrite(url, { status: 404 });
}

export const config = {
  // Everything except API routes, Open Graph images (/og/{locale}/{slug}: no locale to negotiate),
  // Next internals and static files. Enhanced codes contain dots (/en/smtp/5.1.1), so files are
  // recognised by their extension rather than by any dot.
  // The second entry: API, image and Next paths with a "%", which Next 16.4 answers with 500 when it
  // does not decode (see routeRequest).
  matcher: ['/((?!api|og/|_next|_vercel|.*\\.(?:ico|png|svg|txt|xml|webmanifest)$).*)', '/((?:api|og|_next)/.*%.*)'],
};
