import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { LOCALE_COOKIE, routing } from './i18n/routing';
import { contentSecurityPolicy, freshNonce, type Framing, type ScriptTrust } from './lib/csp';
import { prerenderedScripts } from './lib/csp-manifest';
import { routeRequest, type ProxyRoute } from './lib/request-routing';

const handleI18nRouting = createMiddleware(routing);

const EMBED = /^\/[^/]+\/embed\//;

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const route = routeRequest(pathname);
  if (route?.action === 'redirect') return NextResponse.redirect(withPath(request, route.path), 308);
  // The second matcher brings API, image, Next and file paths here only because they contain a "%"
  // (routeRequest redirects undecodable escapes): nothing else to do for them.
  if (!route && !isPagePath(pathname)) return NextResponse.next();
  const framing: Framing = EMBED.test(pathname) ? 'anyone' : 'nobody';
  // `next dev` evaluates code and has no build hashes: the policy is for production builds only.
  if (process.env.NODE_ENV !== 'production') return respond(request, route, framing);

  // Which policy a page needs is the manifest's answer, not lib/pages.ts's rule: the manifest lists the
  // HTML the build actually wrote, and the build fails if the two disagree (bin/csp/prerendered-pages.ts).
  const prerendered = route ? undefined : prerenderedScripts(pathname);
  if (prerendered) {
    // The static HTML is served as it is. next-intl only has something to do when the locale cookie
    // may need writing: embeds never write it, and a reader whose cookie already names this page's
    // locale needs nothing (most requests: this skips negotiation and the header copy).
    const settled = framing === 'anyone' || request.cookies.get(LOCALE_COOKIE)?.value === pathname.split('/')[1];
    return withPolicy(settled ? NextResponse.next() : handleI18nRouting(request), policyOf(pathname, prerendered, framing), framing);
  }
  // Rendered now: a fresh nonce, passed to Next.js in the request's own policy header (that is where it
  // looks for it).
  const policy = contentSecurityPolicy({ kind: 'nonce', nonce: freshNonce() }, framing);
  return withPolicy(respond(withRequestHeader(request, 'content-security-policy', policy), route, framing), policy, framing);
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

function respond(request: NextRequest, route: ProxyRoute | null, framing: Framing): NextResponse {
  const forward = { request: { headers: request.headers } };
  if (route) {
    const status = route.action === 'not-found' ? 404 : undefined;
    return NextResponse.rewrite(withPath(request, route.path), { ...forward, status });
  }
  // Embeds are seen inside other sites: they must not change the reader's remembered language, so
  // next-intl (which sets the locale cookie) is skipped for them.
  return framing === 'anyone' ? NextResponse.next(forward) : handleI18nRouting(request);
}

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
  matcher: ['/((?!api|og/|_next|_vercel|.*\\.(?:ico|png|svg|txt|xml|webmanifest)$).*)', '/(.*%.*)'],
};

// Next reads the matcher above without running this file, so it must stay a literal; the proxy asks the
// same literal which paths are pages. A matcher is a path-to-regexp pattern whose only group is a regular
// expression, so anchored it reads the same as a RegExp (__tests__/csp.test.ts compares it with Next's).
const PAGES = new RegExp(`^${config.matcher[0]}$`);

/** Is `pathname` one of the paths the first matcher sends here (a page, not API, image or file)? */
export function isPagePath(pathname: string): boolean {
  return PAGES.test(pathname);
}
