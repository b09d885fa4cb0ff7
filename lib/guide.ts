/**
 * The decision guide's structure, for routes and components (data/ stays behind lib/): its steps, what
 * each asks or finds, and the page of each code it points to.
 */
import { getEnhancedCode, type EnhancedCode } from './enhanced-codes';
import { findProviderCode, type ProviderCode } from './providers';
import { getReplyCode, type ReplyCode } from './reply-codes';
import type { GuideCode } from '@/data/guide';

export { GUIDE, GUIDE_STEPS, isGuideStep } from '@/data/guide';
export type { GuideCode, GuidePageId, GuideStepFacts, GuideStepId, GuideTarget } from '@/data/guide';

/** The code a guide result names, as the page that explains it (the guide's test proves each exists). */
export function guideCodePage(code: GuideCode): ReplyCode | EnhancedCode | ProviderCode | undefined {
  if (typeof code === 'number') return getReplyCode(code);
  return getEnhancedCode(code) ?? findProviderCode(code)?.code;
}
