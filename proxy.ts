import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { canonicalPairRedirect } from './lib/slug';

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const canonical = canonicalPairRedirect(request.nextUrl.pathname);
  if (canonical) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  return handleI18nRouting(request);
}

export const config = {
  // Everything except API routes, Next internals and files with an extension (icon.svg, robots.txt …).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
