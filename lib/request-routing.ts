/**
 * The site's URL map, for the proxy. It knows which localized paths exist, so that:
 * - a reversed comparison, or a code inside a provider's range, is redirected (308) to its canonical page;
 * - a comparison that is not prerendered is rewritten to the route that renders it per request
 *   (lib/pages.ts says why);
 * - a locale spelled in another casing (/pt-br/, /EN/) is redirected (308) to its one spelling;
 * - the decision guide's first URLs (/{locale}/guide/…) are redirected (308) to its place among the guides;
 * - anything else under a locale that is not a page is rewritten, with status 404, to the localized
 *   "missing" page. Answering 404 here instead of calling notFound() keeps the 404 page server-rendered:
 *   Next 16.4 sends notFound() responses as an empty shell that only JavaScript fills
 *   (vercel/next.js#62228), which leaves readers without JavaScript, and crawlers, with a blank page.
 */
import { isLocale, LOCALES, type Locale } from '@/i18n/locales';
import { isGuideStep } from './guide';
import { canonicalSpelling } from './locale-negotiation';
import { isLocalizedPage, isPrerendered } from './pages';
import { canonicalSlug, isCanonical, parseSlug, safeDecode } from './slug';
import { CODE_SECTIONS, guidePath, missingPath as missingPagePath, perRequestPath } from './urls';

export type ProxyRoute =
  | { readonly action: 'redirect'; readonly path: string }
  | { readonly action: 'render-per-request'; readonly path: string }
  | { readonly action: 'not-found'; readonly path: string };

/** `null` means: a real page, or no locale yet — next-intl takes it from there. */
export function routeRequest(pathname: string): ProxyRoute | null {
  const slash = pathname.indexOf('/', 1);
  const first = pathname.slice(1, slash < 0 ? undefined : slash);
  if (!pathname.startsWith('/')) return null;
  if (!isLocale(first)) {
    // Next 16.4 answers 500 when a path's percent-escapes do not decode (vercel/next.js#94278) and no
    // rewrite below takes it: send it on with every "%" taken literally, a path that does decode.
    if (!decodes(pathname)) return { action: 'redirect', path: pathname.replaceAll('%', '%25') };
    const spelled = canonicalSpelling(first, Object.keys(LOCALES));
    if (spelled) return { action: 'redirect', path: `/${spelled}${slash < 0 ? '' : pathname.slice(slash)}` };
    // Short, language-neutral links (/550, /5.1.1) go to the code's page in the reader's language.
    const short = slash < 0 && first ? parseSlug(safeDecode(first)) : null;
    return short && short.kind !== 'pair' && short.kind !== 'enhanced-pair'
      ? { action: 'redirect', path: `/smtp/${canonicalSlug(short)}` }
      : null;
  }
  const locale = first;
  const rest = slash < 0 ? '' : pathname.slice(slash);
  if (isLocalizedPage(rest)) return null;
  const moved = movedGuidePath(locale, rest);
  if (moved) return { action: 'redirect', path: moved };

  for (const { prefix, pairs, path } of CODE_SECTIONS) {
    if (!rest.startsWith(prefix) || rest.indexOf('/', prefix.length) >= 0) continue;
    const parsed = parseSlug(safeDecode(rest.slice(prefix.length)));
    if (!parsed) break;
    if (!pairs && (parsed.kind === 'pair' || parsed.kind === 'enhanced-pair')) break;
    if (!isCanonical(parsed)) return { action: 'redirect', path: path(locale, canonicalSlug(parsed)) };
    // Embed cards are route handlers, rendered on request anyway; only the code pages' section has a
    // per-request twin.
    const prerendered = pairs ? isPrerendered(parsed, locale) : true;
    return prerendered ? null : { action: 'render-per-request', path: perRequestPath(locale, canonicalSlug(parsed)) };
  }
  return { action: 'not-found', path: missingPath(locale, safeDecode(rest)) };
}

/**
 * The 404 page only needs the first code-like tokens of what was asked for, to suggest near codes
 * ("/smtp/5555…" → "555", "/smtp/5.1.99" → "5.1.99"); a short key keeps arbitrary input out of the
 * page and its cache.
 */
function missingPath(locale: Locale, requested: string): string {
  const tokens = (requested.match(/\d+(?:\.\d+){0,2}/g) ?? [])
    .slice(0, 2)
    .map((token) => token.split('.').map((digits) => digits.slice(0, 3)).join('.'));
  return missingPagePath(locale, tokens.join('-') || 'none');
}

/** The decision guide lived at /{locale}/guide and /{locale}/guide/{step} before the guides section. */
function movedGuidePath(locale: Locale, rest: string): string | null {
  const match = /^\/guide(?:\/([^/]+))?\/?$/.exec(rest);
  if (!match) return null;
  const step = match[1];
  if (step === undefined) return guidePath(locale);
  return isGuideStep(step) ? guidePath(locale, step) : null;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
