import type { Reference } from './enhanced-codes';

export function referenceLink(ref: Reference): { label: string; href: string } {
  return 'rfc' in ref
    ? { label: `RFC ${ref.rfc}`, href: `https://www.rfc-editor.org/rfc/rfc${ref.rfc}` }
    : { label: ref.draft, href: `https://datatracker.ietf.org/doc/${ref.draft}/` };
}
