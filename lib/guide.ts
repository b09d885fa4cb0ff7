/** The bounce guide's steps, for routes and components: the facts live in data/guide.ts. */
export { GUIDE, GUIDE_STEPS, isGuideStep } from '@/data/guide';
export type { GuideCode, GuidePageId, GuideStepFacts, GuideStepId, GuideTarget } from '@/data/guide';
