/**
 * Suggestions for a code that does not exist: "55" → 550, 551, 552 …; "999" → the closest real codes.
 */
import { allEnhancedCodes, type EnhancedCode } from './enhanced-codes';
import { allReplyCodes, type ReplyCode } from './reply-codes';

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Digits of the query, or null when it holds none: "smtp-55x" → "55". */
function digitsOf(query: string): string | null {
  const digits = query.replace(/\D/g, '').slice(0, 3);
  return digits.length > 0 ? digits : null;
}

export function nearMatches(query: string, limit = 6): readonly ReplyCode[] {
  const digits = digitsOf(query);
  if (!digits) return [];
  const codes = allReplyCodes();
  const byPrefix = codes.filter((c) => String(c.code).startsWith(digits));
  if (byPrefix.length > 0 && digits.length < 3) return byPrefix.slice(0, limit);

  const target = Number(digits.padEnd(3, '0'));
  return [...codes]
    .map((c) => ({ c, distance: editDistance(digits, String(c.code)), gap: Math.abs(c.code - target) }))
    .sort((x, y) => x.distance - y.distance || x.gap - y.gap || x.c.code - y.c.code)
    .slice(0, limit)
    .map(({ c }) => c);
}

export type Suggestion =
  | { readonly kind: 'reply'; readonly code: ReplyCode }
  | { readonly kind: 'enhanced'; readonly code: EnhancedCode };

/** Enhanced codes near "5.1.99": same class and subject first, closest detail first; "5.1" lists 5.1.x. */
function nearEnhanced(query: string, limit = 6): readonly EnhancedCode[] {
  const [cls, subject, detail] = query.split('.').map(Number);
  const codes = allEnhancedCodes();
  const sameSubject = codes.filter((c) => c.enhancedClass === cls && c.entry.subject === subject);
  const pool = sameSubject.length > 0 ? sameSubject : codes.filter((c) => c.entry.subject === subject);
  return [...(pool.length > 0 ? pool : codes.filter((c) => c.enhancedClass === cls))]
    .sort((a, b) => Math.abs(a.entry.detail - (detail ?? 0)) - Math.abs(b.entry.detail - (detail ?? 0)))
    .slice(0, limit);
}

/**
 * Near matches for every code-like token of what was asked for: "550-vs-999" → near 550 and near 999;
 * "5.1.99" → enhanced codes 5.1.x.
 */
export function nearMatchesForSlug(slug: string, limit = 6): readonly Suggestion[] {
  const tokens = slug.match(/\d+(?:\.\d+){0,2}/g) ?? [];
  if (tokens.length === 0) return [];
  const perToken = Math.ceil(limit / tokens.length);
  const seen = new Map<string, Suggestion>();
  for (const token of tokens) {
    const found: Suggestion[] = token.includes('.')
      ? nearEnhanced(token, perToken).map((code) => ({ kind: 'enhanced', code }))
      : nearMatches(token, perToken).map((code) => ({ kind: 'reply', code }));
    for (const s of found) seen.set(s.kind === 'reply' ? String(s.code.code) : s.code.id, s);
  }
  return [...seen.values()].slice(0, limit);
}
