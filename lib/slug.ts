/**
 * URL segments under /{locale}/smtp/: a code ("550") or a comparison ("250-vs-550").
 * Comparisons have one canonical order, lower code first; the other order is redirected.
 */
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
