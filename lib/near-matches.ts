/**
 * Suggestions for a code that does not exist: "55" → 550, 551, 552 …; "999" → the closest real codes.
 */
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

/** Near matches for every code-like part of a path segment ("550-vs-999" → near 550 and near 999). */
export function nearMatchesForSlug(slug: string, limit = 6): readonly ReplyCode[] {
  const parts = slug.split(/-vs-|[^0-9]+/).filter((p) => /\d/.test(p));
  if (parts.length === 0) return [];
  const perPart = Math.ceil(limit / parts.length);
  const seen = new Map<number, ReplyCode>();
  for (const part of parts) {
    for (const code of nearMatches(part, perPart)) seen.set(code.code, code);
  }
  return [...seen.values()].slice(0, limit);
}
