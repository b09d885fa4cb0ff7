import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { isLocale, PSEUDO_LOCALE } from './i18n/locales';
import { routing } from './i18n/routing';
import { contentSecurityPolicy, freshNonce, pseudoLocalePolicy, type Framing, type ScriptTrust } from './lib/csp';
import { prerenderedScripts } from './lib/csp-manifest';
import { routeRequest, type ProxyRoute } from './lib/request-routing';
import { missingPath } from './lib/urls';

const handleI18nRouting = createMiddleware(routing);

const EMBED = /^\/[^/]+\/embed\//;

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const route = routeRequest(pathname);
  if (route?.action === 'redirect') return NextResponse.redirect(withPath(request, route.path), 308);
  // The second matcher brings API, image, Next and file paths here only because they contain a "%"
  // (routeRequest redirects undecodable escapes): nothing else to do for them.
  if (!route && !isPagePath(pathname)) return NextResponse.next();
  // An embed card that exists is a script-free document with its own policy (its route sets it).
  if (!route && EMBED.test(pathname)) return NextResponse.next();
  const framing: Framing = EMBED.test(pathname) ? 'anyone' : 'nobody';
  // `next dev` evaluates code and has no build hashes: the policy is for production builds only.
  if (process.env.NODE_ENV !== 'production') return respond(request, route);
  if (pathname.split('/')[1] === PSEUDO_LOCALE) {
    // A locale for tests (i18n/locales.ts): a production server answers it with the English 404 page.
    if (process.env.SERVE_PSEUDO_LOCALE !== '1') return NextResponse.rewrite(withPath(request, missingPath('en', 'none')), { status: 404 });
    return withPolicy(respond(request, route), pseudoLocalePolicy(framing), framing);
  }

  // Which policy a page needs is the manifest's answer, not lib/pages.ts's rule: the manifest lists the
  // HTML the build actually wrote, and the build fails if the two disagree (bin/csp/prerendered-pages.ts).
  const prerendered = route ? undefined : prerenderedScripts(pathname);
  if (prerendered) return withPolicy(NextResponse.next(), policyOf(pathname, prerendered, framing), framing);
  // Rendered now: a fresh nonce, passed to Next.js in the request's own policy header (that is where it
  // looks for it).
  const policy = contentSecurityPolicy({ kind: 'nonce', nonce: freshNonce() }, framing);
  return withPolicy(respond(withRequestHeader(request, 'content-security-policy', policy), route), policy, framing);
}

function withPolicy(response: NextResponse, policy: string, framing: Framing): NextResponse {
  response.headers.set('Content-Security-Policy', policy);
  if (framing === 'nobody') response.headers.set('X-Frame-Options', 'DENY');
  return response;
}

/** A prerendered page's policy never changes: built once per path. */
const policies = new Map<string, string>();
function policyOf(pathname: string, trust: ScriptTrust, framing: Framing): string {
  let policy = policies.get(pathname);
  if (!policy) policies.set(pathname, (policy = contentSecurityPolicy(trust, framing)));
  return policy;
}

function respond(request: NextRequest, route: ProxyRoute | null): NextResponse {
  const forward = { request: { headers: request.headers } };
  if (route) {
    const status = route.action === 'not-found' ? 404 : undefined;
    return NextResponse.rewrite(withPath(request, route.path), { ...forward, status });
  }
  // A page under its locale is served as it is: reading it never changes the remembered language (only
  // the switcher does, through app/api/locale), so no response of a page sets a cookie and shared caches
  // can keep it.
  if (isLocale(pathname(request).split('/')[1] ?? '')) return NextResponse.next(forward);
  return negotiated(request);
}

/**
 * A link without locale (/, /smtp/550) goes to the reader's language: the remembered choice, then
 * Accept-Language, then English. The answer depends on both, so it is private to the reader; next-intl
 * would also write the cookie here, which only the switcher does.
 */
function negotiated(request: NextRequest): NextResponse {
  const response = handleI18nRouting(request);
  response.headers.delete('set-cookie');
  response.headers.set('cache-control', 'private, no-cache');
  response.headers.set('vary', 'Cookie, Accept-Language');
  return response;
}

const pathname = (request: NextRequest) => request.nextUrl.pathname;

function withRequestHeader(request: NextRequest, name: string, value: string): NextRequest {
  const headers = new Headers(request.headers);
  headers.set(name, value);
  return new NextRequest(request, { headers });
}

function withPath(request: NextRequest, path: string) {
  const url = request.nextUrl.clone();
  url.pathname = path;
  return url;
}

export const config = {
  // Everything except API routes, Open Graph images (/og/{locale}/{slug}: no locale to negotiate),
  // Next internals and static files. Enhanced codes contain dots (/en/smtp/5.1.1), so files are
  // recognised by their extension rather than by any dot.
  // The second entry: any other path with a "%", which Next 16.4 answers with 500 when it does not
  // decode (see routeRequest).
  matcher: ['/((?!api|og/|_next|_vercel|.*\\.(?:ico|js|png|svg|txt|xml|webmanifest)$).*)', '/(.*%.*)'],
};

// Next reads the matcher above without running this file, so it must stay a literal; the proxy asks the
// same literal which paths are pages. A matcher is a path-to-regexp pattern whose only group is a regular
// expression, so anchored it reads the same as a RegExp (__tests__/csp.test.ts compares it with Next's).
const PAGES = new RegExp(`^${config.matcher[0]}$`);

/** Is `pathname` one of the paths the first matcher sends here (a page, not API, image or file)? */
export function isPagePath(pathname: string): boolean {
  return PAGES.test(pathname);
}
