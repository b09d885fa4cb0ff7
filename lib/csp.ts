/**
 * The Content-Security-Policy of every response. Next.js writes its React payload into inline <script>s,
 * so a page's policy without 'unsafe-inline' must name each of them:
 * - prerendered pages (almost every request) by the SHA-256 of each inline script, computed from the
 *   build output once (bin/csp/build-manifest.ts, read back through lib/csp-manifest.ts) — the HTML stays
 *   static and cacheable;
 * - pages rendered per request (search, 404, the decoder's no-JavaScript answer, rare comparisons) by a
 *   fresh nonce, which Next.js reads from the request's own Content-Security-Policy header and puts on
 *   the scripts it writes.
 * Everything else is same-origin only; nothing comes from a third party and nothing is eval'd.
 * Imported by next.config.ts too (through lib/security-headers.ts): keep it free of path aliases.
 */

/** How a policy names one inline script. */
export type ScriptHash = `'sha256-${string}'`;

/** What lets a page's inline scripts run: their hashes, or the nonce of this one response. */
export type ScriptTrust =
  | { readonly kind: 'hashes'; readonly sources: readonly ScriptHash[] }
  | { readonly kind: 'nonce'; readonly nonce: string };

/** Embeds are the only pages other sites may put in a frame. */
export type Framing = 'nobody' | 'anyone';

const LOAD_NOTHING = "default-src 'none'";
const frameAncestors = (framing: Framing) => `frame-ancestors ${framing === 'anyone' ? '*' : "'none'"}`;

export function contentSecurityPolicy(trust: ScriptTrust, framing: Framing): string {
  const scripts = trust.kind === 'hashes' ? trust.sources.join(' ') : `'nonce-${trust.nonce}'`;
  return [
    LOAD_NOTHING,
    `script-src 'self' ${scripts}`.trimEnd(),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    frameAncestors(framing),
  ].join('; ');
}

/**
 * The pseudo-locale's pages (i18n/locales.ts), served only by test servers (SERVE_PSEUDO_LOCALE=1): they
 * are rendered on first request and then kept, so their inline scripts have neither hashes known at
 * build time nor a nonce that stays valid. Everything else stays as strict as on every page.
 */
export function pseudoLocalePolicy(framing: Framing): string {
  return contentSecurityPolicy({ kind: 'hashes', sources: [] }, framing).replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
}

/** How a policy names one inline style sheet. */
export type StyleHash = `'sha256-${string}'`;

/**
 * For documents without a single script (the embed card, served by its own route, not the proxy): its
 * inline style and the site's images, nothing else, not even a form.
 */
export function scriptlessPolicy(styles: readonly StyleHash[], framing: Framing): string {
  return [LOAD_NOTHING, `style-src ${styles.join(' ') || "'none'"}`, "img-src 'self'", "base-uri 'none'", "form-action 'none'", frameAncestors(framing)].join('; ');
}

/** For responses that are not HTML pages (API, images): nothing may load, nobody may frame them. */
export const LOCKED_DOWN_POLICY = [LOAD_NOTHING, frameAncestors('nobody')].join('; ');

/** 128 random bits, base64: the nonce of one response. */
export function freshNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
