/**
 * What a comparison page says is derived from the two codes' facts; no pair has hand-written text.
 */
import type { Messages } from 'next-intl';
import type { CodeClass } from './codes';
import { getReplyCode, rfcUrl, type ReplyCode } from './reply-codes';

export type Pair = { readonly a: ReplyCode; readonly b: ReplyCode };

type CoreKey = keyof Messages['Comparison']['core'];
const CORE_KEYS = ['22', '23', '24', '25', '33', '34', '35', '44', '45', '55'] as const satisfies readonly CoreKey[];

/**
 * Key of the localized one-paragraph summary of two codes (reply or enhanced) by their classes, lower
 * first: "25" for 250 vs 550 and for 5.1.1 vs 2.0.0.
 */
export function coreKey(a: CodeClass, b: CodeClass): CoreKey {
  const pair = a <= b ? `${a}${b}` : `${b}${a}`;
  const key = CORE_KEYS.find((k) => k === pair);
  if (!key) throw new Error(`No comparison summary for classes ${pair}`);
  return key;
}

export type RfcLink = { readonly label: string; readonly href: string };

export function rfcLinks({ a, b }: Pair): readonly RfcLink[] {
  const links = new Map<string, RfcLink>();
  for (const code of [a, b]) {
    if (code.standing.kind !== 'rfc') continue;
    for (const ref of code.standing.rfcs) {
      const label = `RFC ${ref.rfc}${ref.section ? ` §${ref.section}` : ''}`;
      links.set(label, { label, href: rfcUrl(ref.rfc, ref.section) });
    }
  }
  return [...links.values()];
}

/** Other comparisons a reader of this one may want: each side against its related codes. */
export function relatedPairs({ a, b }: Pair, limit = 6): readonly Pair[] {
  const pairs = new Map<string, Pair>();
  for (const [code, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const n of code.related) {
      const related = getReplyCode(n);
      if (!related || related.code === other.code) continue;
      const [low, high] = code.code < related.code ? [code, related] : [related, code];
      pairs.set(`${low.code}-${high.code}`, { a: low, b: high });
    }
  }
  return [...pairs.values()].slice(0, limit);
}
