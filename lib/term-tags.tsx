/**
 * Glossary terms in running text. ICU tags carry no attributes, so each term is its own tag, named after
 * its id: `<term-spf>SPF record</term-spf>`, `<term-reverse-dns>DNS ngược</term-reverse-dns>`. Each
 * locale wraps its own wording; the page turns the tag into a link to the term's glossary entry, and
 * plain-text readers (metadata, search, JSON, OG images) keep only the words. bin/mark-terms.ts adds
 * the tags to the code pages; __tests__/term-tags.test.ts proves every tag names a term.
 */
import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { GLOSSARY_TERMS, isGlossaryTerm, type GlossaryTermId } from '@/data/glossary';
import { glossaryPath } from './urls';

/** `term-` keeps ids that start with a digit (8bitmime) valid: an ICU tag name starts with a letter. */
const PREFIX = 'term-';
const TAG = /<\/?term-([a-z0-9-]+)>/g;

export const termTagName = (id: GlossaryTermId) => `${PREFIX}${id}`;
export const termTag = (id: GlossaryTermId, text: string) => `<${PREFIX}${id}>${text}</${PREFIX}${id}>`;
/** The ids a message's term tags name (known or not: tests use it to find the unknown ones). */
export const termTagIds = (message: string) => [...message.matchAll(/<term-([a-z0-9-]+)>/g)].map((m) => m[1]!);
export const stripTermTags = (message: string) => message.replace(TAG, '');
/** The term a tag name stands for ("term-spf" → "spf"), for markup read without an i18n runtime. */
export const termOfTag = (tag: string): GlossaryTermId | undefined => {
  const id = tag.startsWith(PREFIX) ? tag.slice(PREFIX.length) : '';
  return isGlossaryTerm(id) ? id : undefined;
};

/** A term's words linked to its entry, in the page's locale (server and client components alike). */
export function TermLink({ id, children }: { id: GlossaryTermId; children: ReactNode }) {
  return <a href={glossaryPath(useLocale(), id)}>{children}</a>;
}

const each = <T,>(tag: (id: GlossaryTermId) => T) => Object.fromEntries(GLOSSARY_TERMS.map((id) => [termTagName(id), tag(id)]));

function richTag(id: GlossaryTermId) {
  return function term(chunks: ReactNode) {
    return <TermLink id={id}>{chunks}</TermLink>;
  };
}

export const termRichTags: Record<string, (chunks: ReactNode) => ReactNode> = each(richTag);
export const termMarkupTags: Record<string, (chunks: string) => string> = each((id) => (chunks: string) => termTag(id, chunks));
export const termPlainTags: Record<string, (chunks: string) => string> = each(() => (chunks: string) => chunks);
