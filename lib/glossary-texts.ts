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

/** `t` is the whole file's translator (getTranslations({ locale }) or useTranslations()). */
export function termTexts(t: AnyTranslator, id: GlossaryTermId) {
  const key = (field: TermField) => `Glossary.terms.${id}.${field}`;
  return {
    rich: (field: TermField) => loose(t).rich(key(field), richTags),
    plain: (field: TermField) => plainText(loose(t).markup(key(field), markupTags)),
  };
}

export function toolName(t: AnyTranslator, kind: ToolKind): string {
  return loose(t)(`Glossary.tools.${kind}`);
}

export function guideTexts(t: AnyTranslator, slug: GuideSlug) {
  const key = (field: string) => `Guides.guides.${slug}.${field}`;
  return {
    rich: (field: GuideField) => loose(t).rich(key(field), richTags),
    plain: (field: GuideField) => plainText(loose(t).markup(key(field), markupTags)),
    stepRich: (step: string, field: GuideStepField) => loose(t).rich(key(`steps.${step}.${field}`), richTags),
    stepPlain: (step: string, field: GuideStepField) => plainText(loose(t).markup(key(`steps.${step}.${field}`), markupTags)),
  };
}
