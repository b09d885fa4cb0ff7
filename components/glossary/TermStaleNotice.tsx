import StaleNotice from '@/components/site/StaleNotice';
import type { GlossaryTermId } from '@/lib/glossary';
import { termTextKey, type TermField } from '@/lib/glossary-texts';
import { glossarySectionPath, type GlossarySectionId } from '@/lib/urls';

/** Under a section of a term whose translation is older than its English: links that section in English. */
export default function TermStaleNotice({ id, fields, section }: { id: GlossaryTermId; fields: readonly TermField[]; section: GlossarySectionId }) {
  return <StaleNotice messageKeys={fields.map((field) => termTextKey(id, field))} english={glossarySectionPath('en', id, section)} />;
}
