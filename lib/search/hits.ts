/** Where a search hit leads. Kept apart from ./search.ts, which the search box loads only on first use. */
import type { Locale } from '@/i18n/locales';
import { isGlossaryTerm } from '@/data/glossary';
import { isGuideSlug } from '@/data/guides';
import { glossaryPath, guidesPath, smtpPath } from '@/lib/urls';
import type { SearchDocument } from './options';

export function hitPath(locale: Locale, hit: { id: string; kind: SearchDocument['kind'] }): string {
  const [, key = ''] = hit.id.split(':');
  if (hit.kind === 'term' && isGlossaryTerm(key)) return glossaryPath(locale, key);
  if (hit.kind === 'guide' && isGuideSlug(key)) return guidesPath(locale, key);
  return smtpPath(locale, hit.id);
}
