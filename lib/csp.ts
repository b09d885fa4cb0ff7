/**
 * The Content-Security-Policy of every page. Next.js writes its React payload into inline <script>s,
 * so a policy without 'unsafe-inline' must name each of them:
 * - prerendered pages (almost every request) by the SHA-256 of each inline script, computed from the
 *   build output once (bin/csp-hashes.mjs) — the HTML stays static and cacheable;
 * - pages rendered per request (search, 404, the decoder's no-JavaScript answer, rare comparisons) by a
 *   fresh nonce, which Next.js reads from the request's own Content-Security-Policy header and puts on
 *   the scripts it writes.
 * Everything else is same-origin only; nothing comes from a third party and nothing is eval'd.
 */
import { createHash } from 'node:crypto';

/** What lets a page's inline scripts run: their hashes, or the nonce of this one response. */
export type ScriptTrust =
  | { readonly kind: 'hashes'; readonly sources: readonly `'sha256-${string}'`[] }
  | { readonly kind: 'nonce'; readonly nonce: string };

/** Embeds are the only pages other sites may put in a frame. */
export type Framing = 'nobody' | 'anyone';

export function contentSecurityPolicy(trust: ScriptTrust, framing: Framing): string {
  const scripts = trust.kind === 'hashes' ? trust.sources.join(' ') : `'nonce-${trust.nonce}'`;
  return [
    "default-src 'none'",
    `script-src 'self' ${scripts}`.trimEnd(),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${framing === 'anyone' ? '*' : "'none'"}`,
  ].join('; ');
}

/** For responses that are not HTML pages (API, images): nothing may load, nobody may frame them. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function sha256Source(script: string): `'sha256-${string}'` {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The inline scripts a browser would run in `html`: no `src`, and a JavaScript type (JSON-LD and other
 * data blocks never execute, so they need no hash). The HTML is our own build output.
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\ssrc\s*=/i.test(attributes) || !body) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    scripts.push(body);
  }
  return scripts;
}

/** 128 random bits, base64: the nonce of one response. */
export function freshNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
