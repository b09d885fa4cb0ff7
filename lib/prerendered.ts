/**
 * Which /{locale}/smtp/{slug} pages are built ahead of time: every reply-code, enhanced-code and
 * provider-code page, and every comparison of two RFC-defined reply codes (703 pairs per locale).
 * The proxy sends every other canonical comparison to a route rendered per request: prerendered pages
 * carry a hash-based Content-Security-Policy, and a page cached after its first render could carry
 * neither hashes known in advance nor a nonce that stays valid (lib/csp.ts).
 */
import { allEnhancedCodes } from './enhanced-codes';
import { providerCodes } from './providers';
import { allReplyCodes, isStandard, standardReplyCodes } from './reply-codes';
import { codeSlug, pairSlug, type CodeSlug } from './slug';

export function prerenderedSlugs(): string[] {
  const standard = standardReplyCodes();
  return [
    ...allReplyCodes().map(codeSlug),
    ...allEnhancedCodes().map((c) => c.id),
    ...providerCodes().map((c) => c.slug),
    ...standard.flatMap((a, i) => standard.slice(i + 1).map((b) => pairSlug(a, b))),
  ];
}

export function isPrerendered(parsed: CodeSlug): boolean {
  switch (parsed.kind) {
    case 'pair':
      return isStandard(parsed.a) && isStandard(parsed.b);
    case 'enhanced-pair':
      return false;
    default:
      return true;
  }
}
