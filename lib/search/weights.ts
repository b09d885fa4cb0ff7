/** How much a document's score counts among others that match (see data/popularity.ts). */
import { POPULARITY } from '@/data/popularity';
import type { Standing } from '@/data/reply-codes';

/** Codes no standard defines, and one provider's own codes, are met less and trusted less: they come after standard ones. */
const BY_STANDING: Record<Standing['kind'], number> = { rfc: 1, 'iana-only': 0.85, draft: 0.8, 'non-standard': 0.7 };
const PROVIDER_ONLY = 0.75;

export function replyCodeWeight(code: string, standing: Standing): number {
  return POPULARITY[code]?.weight ?? BY_STANDING[standing.kind];
}

export function enhancedCodeWeight(code: string): number {
  return POPULARITY[code]?.weight ?? 1;
}

export function providerCodeWeight(): number {
  return PROVIDER_ONLY;
}
