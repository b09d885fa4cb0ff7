/** The glossary's terms, for routes, components, search and tests: the facts live in data/glossary.ts. */
import { GLOSSARY, GLOSSARY_TERMS, isGlossaryTerm, type GlossaryCode, type GlossaryTermFacts, type GlossaryTermId } from '@/data/glossary';
import { parseSlug } from './slug';
import type { PageCode } from './urls';

export type { GlossaryCode, GlossaryTermId, Source, TermCheck, ToolKind } from '@/data/glossary';

export type GlossaryTerm = GlossaryTermFacts & { readonly id: GlossaryTermId };

const TERMS: readonly GlossaryTerm[] = GLOSSARY_TERMS.map((id) => ({ id, ...GLOSSARY[id] }));

/** Every term, in the data's reading order (the index sorts by each locale's own names). */
export function allTerms(): readonly GlossaryTerm[] {
  return TERMS;
}

export function getTerm(id: string): GlossaryTerm | undefined {
  return isGlossaryTerm(id) ? TERMS.find((term) => term.id === id) : undefined;
}

/** The terms that explain a code ("550", "5.7.26", "5.7.606-649"). */
export function termsForCode(code: GlossaryCode | string): readonly GlossaryTerm[] {
  return TERMS.filter((term) => term.codes.some((c) => String(c) === String(code)));
}

/** The page of a code the glossary or a guide names; tests prove each one has a page. */
export function linkedCode(code: GlossaryCode): PageCode | undefined {
  const parsed = parseSlug(String(code));
  switch (parsed?.kind) {
    case 'code':
    case 'enhanced':
    case 'provider-code':
      return parsed.code;
    default:
      return undefined;
  }
}
