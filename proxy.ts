import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { contentSecurityPolicy, freshNonce, type Framing, type ScriptTrust } from './lib/csp';
import { prerenderedScripts } from './lib/csp-hashes';
import { routeRequest, type ProxyRoute } from './lib/routes';

const handleI18nRouting = createMiddleware(routing);

const EMBED = /^\/[^/]+\/embed\//;
/** What the first matcher leaves out (keep the two in step). */
const NOT_PAGES = /^\/(?:api|og\/|_next|_vercel)|\.(?:ico|png|svg|txt|xml|webmanifest)$/;

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const route = routeRequest(pathname);
  if (route?.action === 'redirect') return NextResponse.redirect(withPath(request, route.path), 308);
  // The second matcher brings API, image, Next and file paths here only because they contain a "%"
  // (routeRequest redirects undecodable escapes): nothing else to do for them.
  if (!route && NOT_PAGES.test(pathname)) return NextResponse.next();
  const framing: Framing = EMBED.test(pathname) ? 'anyone' : 'nobody';
  // `next dev` evaluates code and has no build hashes: the policy is for production builds only.
  if (process.env.NODE_ENV !== 'production') return respond(request, route, framing);

  // A prerendered page is named by its hashes; anything rendered now gets a nonce, passed to Next.js in
  // the request's own policy header (that is where it looks for it).
  const trust: ScriptTrust = (!route && prerenderedScripts(pathname)) || { kind: 'nonce', nonce: freshNonce() };
  const policy = contentSecurityPolicy(trust, framing);
  const forwarded = trust.kind === 'nonce' ? withRequestHeader(request, 'content-security-policy', policy) : request;
  const response = respond(forwarded, route, framing);
  response.headers.set('Content-Security-Policy', policy);
  if (framing === 'nobody') response.headers.set('X-Frame-Options', 'DENY');
  return response;
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
