/** The guides, for routes, components, search and tests: the facts live in data/guides.ts. */
import { GUIDE_SLUGS, GUIDES, isGuideSlug, type GuideFacts, type GuideSlug } from '@/data/guides';

export type { GuideFacts, GuideSlug, GuideStep } from '@/data/guides';

export type Guide = GuideFacts & { readonly slug: GuideSlug };
/** The guide of step-by-step instructions (every guide except the decision guide). */
export type StepGuide = Extract<Guide, { kind: 'steps' }>;

const ALL: readonly Guide[] = GUIDE_SLUGS.map((slug) => ({ slug, ...GUIDES[slug] }) as Guide);

export function allGuides(): readonly Guide[] {
  return ALL;
}

export function getGuide(slug: string): Guide | undefined {
  return isGuideSlug(slug) ? ALL.find((guide) => guide.slug === slug) : undefined;
}

export function stepGuides(): readonly StepGuide[] {
  return ALL.filter((guide): guide is StepGuide => guide.kind === 'steps');
}

/** The step-by-step guides one of whose steps names this code ("550", "5.7.26", "5.7.606-649"). */
export function guidesForCode(code: string): readonly StepGuide[] {
  return stepGuides().filter((guide) => guide.steps.some((step) => step.codes.some((c) => String(c) === code)));
}
