/**
 * The words of a glossary term or a guide, read through the page's translator. Their keys come from data
 * (`Glossary.terms.<id>`, `Guides.guides.<slug>.steps.<step>`), so they are typed by field here, as
 * lib/code-texts.ts does for codes; __tests__/glossary.test.tsx proves every term and step has its words.
 */
import { loose, type AnyTranslator } from './code-texts';
import type { GlossaryTermId, ToolKind } from './glossary';
import type { GuideSlug } from './guides';
import { markupTags, plainText, richTags } from './rich';

export type TermField = 'name' | 'short' | 'why' | 'check';
export type GuideField = 'title' | 'lead' | 'metaDescription';
export type GuideStepField = 'title' | 'text';

/** The flat message key of a term's field (what lib/staleness.ts reports). */
export const termTextKey = (id: GlossaryTermId, field: TermField) => `Glossary.terms.${id}.${field}`;

/** `t` is the whole file's translator (getTranslations({ locale }) or useTranslations()). */
export function termTexts(t: AnyTranslator, id: GlossaryTermId) {
  const key = (field: TermField) => termTextKey(id, field);
  return {
    rich: (field: TermField) => loose(t).rich(key(field), richTags),
    plain: (field: TermField) => plainText(loose(t).markup(key(field), markupTags)),
  };
}

export function toolName(t: AnyTranslator, kind: ToolKind): string {
  return loose(t)(`Glossary.tools.${kind}`);
}

/** The flat message keys of a guide's field and of a step's field (what lib/staleness.ts reports). */
export const guideTextKey = (slug: GuideSlug, field: GuideField) => `Guides.guides.${slug}.${field}`;
export const guideStepTextKey = (slug: GuideSlug, step: string, field: GuideStepField) => `Guides.guides.${slug}.steps.${step}.${field}`;

export function guideTexts(t: AnyTranslator, slug: GuideSlug) {
  const key = (field: GuideField) => guideTextKey(slug, field);
  const stepKey = (step: string, field: GuideStepField) => guideStepTextKey(slug, step, field);
  return {
    rich: (field: GuideField) => loose(t).rich(key(field), richTags),
    plain: (field: GuideField) => plainText(loose(t).markup(key(field), markupTags)),
    stepRich: (step: string, field: GuideStepField) => loose(t).rich(stepKey(step, field), richTags),
    stepPlain: (step: string, field: GuideStepField) => plainText(loose(t).markup(stepKey(step, field), markupTags)),
  };
}
