/**
 * URL segments under /{locale}/smtp/: a reply code ("550"), an enhanced status code ("5.1.1"), a
 * provider-only code ("5.7.509", "5.7.606-649"), or a comparison of two codes of the same kind
 * ("250-vs-550", "5.1.1-vs-5.1.10"). Comparisons have one canonical order, lower code first; the other
 * order is redirected, as is a code inside a provider range.
 */
import { compareEnhanced, getEnhancedCode, type EnhancedCode } from './enhanced-codes';
import { findProviderCode, type ProviderCode } from './providers';
import { getReplyCode, type ReplyCode } from './reply-codes';

export type CodeSlug =
  | { readonly kind: 'code'; readonly code: ReplyCode }
  | { readonly kind: 'pair'; readonly a: ReplyCode; readonly b: ReplyCode; readonly canonical: boolean }
  | { readonly kind: 'enhanced'; readonly code: EnhancedCode }
  | {
      readonly kind: 'enhanced-pair';
      readonly a: EnhancedCode;
      readonly b: EnhancedCode;
      readonly canonical: boolean;
    }
  | { readonly kind: 'provider-code'; readonly code: ProviderCode; readonly canonical: boolean };

const REPLY = /^[2-5]\d\d$/;

function replyOf(segment: string): ReplyCode | undefined {
  return REPLY.test(segment) ? getReplyCode(Number(segment)) : undefined;
}

export function parseSlug(slug: string): CodeSlug | null {
  const parts = slug.split('-vs-');
  if (parts.length === 1) {
    const reply = replyOf(slug);
    if (reply) return { kind: 'code', code: reply };
    const enhanced = getEnhancedCode(slug);
    if (enhanced) return { kind: 'enhanced', code: enhanced };
    const provider = findProviderCode(slug);
    return provider ? { kind: 'provider-code', ...provider } : null;
  }
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  const [ra, rb] = [replyOf(first), replyOf(second)];
  if (ra && rb) {
    if (ra.code === rb.code) return null;
    return ra.code < rb.code ? { kind: 'pair', a: ra, b: rb, canonical: true } : { kind: 'pair', a: rb, b: ra, canonical: false };
  }
  const [ea, eb] = [getEnhancedCode(first), getEnhancedCode(second)];
  if (ea && eb) {
    const order = compareEnhanced(ea, eb);
    if (order === 0) return null;
    return order < 0
      ? { kind: 'enhanced-pair', a: ea, b: eb, canonical: true }
      : { kind: 'enhanced-pair', a: eb, b: ea, canonical: false };
  }
  return null;
}

/** The canonical slug of a parsed segment. */
export function canonicalSlug(parsed: CodeSlug): string {
  switch (parsed.kind) {
    case 'code':
      return String(parsed.code.code);
    case 'enhanced':
      return parsed.code.id;
    case 'provider-code':
      return parsed.code.slug;
    case 'pair':
      return `${parsed.a.code}-vs-${parsed.b.code}`;
    case 'enhanced-pair':
      return `${parsed.a.id}-vs-${parsed.b.id}`;
  }
}

export function isCanonical(parsed: CodeSlug): boolean {
  return !('canonical' in parsed) || parsed.canonical;
}

/** A path segment as the reader typed it; malformed percent-escapes are left as they are. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
