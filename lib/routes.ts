/**
 * The site's URL map, for the proxy. It knows which localized paths exist, so that:
 * - a reversed comparison, or a code inside a provider's range, is redirected (308) to its canonical page;
 * - a comparison that is not prerendered is rewritten to the route that renders it per request
 *   (lib/prerendered.ts says why);
 * - anything else under a locale that is not a page is rewritten, with status 404, to the localized
 *   "missing" page. Answering 404 here instead of calling notFound() keeps the 404 page server-rendered:
 *   Next 16.4 sends notFound() responses as an empty shell that only JavaScript fills
 *   (vercel/next.js#62228), which leaves readers without JavaScript, and crawlers, with a blank page.
 */
import { GUIDE_STEPS } from '@/data/guide';
import { isLocale, type Locale } from '@/i18n/locales';
import { isPrerendered } from './prerendered';
import { canonicalSlug, isCanonical, parseSlug, safeDecode } from './slug';

export type ProxyRoute =
  | { readonly action: 'redirect'; readonly path: string }
  | { readonly action: 'render-per-request'; readonly path: string }
  | { readonly action: 'not-found'; readonly path: string };

/** Paths after /{locale} that are pages without being codes. */
const PAGES = new Set([
  '',
  '/',
  '/smtp/compare',
  '/smtp/enhanced',
  '/smtp/decode',
  '/smtp/decode/explain',
  '/search',
  '/guide',
  ...GUIDE_STEPS.map((step) => `/guide/${step}`),
]);

/** Sections whose last segment is a code slug: /{locale}/smtp/550, /{locale}/embed/smtp/5.1.1. */
const CODE_SECTIONS = ['/smtp/', '/embed/smtp/'] as const;

/** `null` means: a real page, or no locale yet — next-intl takes it from there. */
export function routeRequest(pathname: string): ProxyRoute | null {
  const slash = pathname.indexOf('/', 1);
  const first = pathname.slice(1, slash < 0 ? undefined : slash);
  if (!pathname.startsWith('/')) return null;
  if (!isLocale(first)) {
    // Short, language-neutral links (/550, /5.1.1) go to the code's page in the reader's language.
    const short = slash < 0 && first ? parseSlug(safeDecode(first)) : null;
    return short && short.kind !== 'pair' && short.kind !== 'enhanced-pair'
      ? { action: 'redirect', path: `/smtp/${canonicalSlug(short)}` }
      : null;
  }
  const locale = first;
  const rest = slash < 0 ? '' : pathname.slice(slash);
  if (PAGES.has(rest)) return null;

  for (const section of CODE_SECTIONS) {
    if (!rest.startsWith(section) || rest.indexOf('/', section.length) >= 0) continue;
    const parsed = parseSlug(safeDecode(rest.slice(section.length)));
    if (!parsed) break;
    if (section === '/embed/smtp/' && (parsed.kind === 'pair' || parsed.kind === 'enhanced-pair')) break;
    if (!isCanonical(parsed)) return { action: 'redirect', path: `/${locale}${section}${canonicalSlug(parsed)}` };
    return isPrerendered(parsed) ? null : { action: 'render-per-request', path: `/${locale}/smtp/per-request/${canonicalSlug(parsed)}` };
  }
  return { action: 'not-found', path: missingPath(locale, safeDecode(rest)) };
}

/**
 * The 404 page only needs the first code-like tokens of what was asked for, to suggest near codes
 * ("/smtp/5555…" → "555", "/smtp/5.1.99" → "5.1.99"); a short key keeps arbitrary input out of the
 * page and its cache.
 */
export function missingPath(locale: Locale, requested: string): string {
  const tokens = (requested.match(/\d+(?:\.\d+){0,2}/g) ?? [])
    .slice(0, 2)
    .map((token) => token.split('.').map((digits) => digits.slice(0, 3)).join('.'));
  return `/${locale}/missing/${tokens.join('-') || 'none'}`;
}

