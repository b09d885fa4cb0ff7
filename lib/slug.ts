/**
 * URL segments under /{locale}/smtp/: a code ("550") or a comparison ("250-vs-550").
 * Comparisons have one canonical order, lower code first; the other order is redirected.
 */
import { isLocale } from '@/i18n/locales';
import { getReplyCode, type ReplyCode } from './reply-codes';

export type CodeSlug =
  | { readonly kind: 'code'; readonly code: ReplyCode }
  | { readonly kind: 'pair'; readonly a: ReplyCode; readonly b: ReplyCode; readonly canonical: boolean };

const CODE = /^[2-5]\d\d$/;

function codeOf(segment: string): ReplyCode | undefined {
  return CODE.test(segment) ? getReplyCode(Number(segment)) : undefined;
}

export function parseSlug(slug: string): CodeSlug | null {
  const parts = slug.split('-vs-');
  if (parts.length === 1) {
    const code = codeOf(slug);
    return code ? { kind: 'code', code } : null;
  }
  if (parts.length !== 2) return null;
  const a = codeOf(parts[0]!);
  const b = codeOf(parts[1]!);
  if (!a || !b || a.code === b.code) return null;
  return a.code < b.code ? { kind: 'pair', a, b, canonical: true } : { kind: 'pair', a: b, b: a, canonical: false };
}

export function codeSlug(code: ReplyCode): string {
  return String(code.code);
}

export function pairSlug(a: ReplyCode, b: ReplyCode): string {
  const [low, high] = a.code < b.code ? [a, b] : [b, a];
  return `${low.code}-vs-${high.code}`;
}

/** Segments under /{locale}/smtp/ that are routes of their own, not codes. */
const ROUTES = new Set(['compare']);

export type SmtpRoute = { readonly action: 'redirect' | 'rewrite'; readonly path: string };

/**
 * For the proxy. A reversed comparison is redirected to the canonical order. An unknown code is
 * rewritten to a short key made of its first digit groups ("5555…555" → "unknown-555"): the 404 page
 * only needs those digits for its suggestions, and every distinct path would otherwise become an entry
 * in Next's on-disk page cache.
 */
export function routeSmtpPath(pathname: string): SmtpRoute | null {
  const match = /^\/([^/]+)\/smtp\/([^/]+)$/.exec(pathname);
  if (!match || !isLocale(match[1]!) || ROUTES.has(match[2]!)) return null;
  const locale = match[1]!;
  const slug = safeDecode(match[2]!);
  const parsed = parseSlug(slug);
  if (parsed?.kind === 'pair' && !parsed.canonical) {
    return { action: 'redirect', path: `/${locale}/smtp/${pairSlug(parsed.a, parsed.b)}` };
  }
  if (parsed || slug === unknownSlugKey(slug)) return null;
  return { action: 'rewrite', path: `/${locale}/smtp/${unknownSlugKey(slug)}` };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function unknownSlugKey(slug: string): string {
  const groups = (slug.match(/\d+/g) ?? []).slice(0, 2).map((digits) => digits.slice(0, 3));
  return ['unknown', ...groups].join('-');
}
