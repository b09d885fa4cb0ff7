import { Children, Fragment, type ReactNode } from 'react';
import { stripTermTags, termMarkupTags, termPlainTags, termRichTags } from './term-tags';

/**
 * The tags message files may use: <code> for inline protocol text such as commands and codes, and one
 * tag per glossary term (`<term-spf>…</term-spf>`, lib/term-tags.tsx), rendered as a link to its entry.
 */
export const richTags = {
  ...termRichTags,
  code: (chunks: ReactNode) => <code dir="ltr">{chunks}</code>,
};

/** The same tags kept as text, for data that must stay serialisable (rendered by components/site/PlainRich). */
export const markupTags = {
  ...termMarkupTags,
  code: (chunks: string) => `<code>${chunks}</code>`,
};

/** The tags of a message dropped, their text kept: plain text for titles, descriptions, JSON and search. */
export const plainTags = {
  ...termPlainTags,
  code: (chunks: string) => chunks,
};

/** A message as plain text, for JSON, search documents and clipboard text. */
export const plainText = (message: string) => stripTermTags(message).replace(/<\/?code>/g, '');

/**
 * Messages take strings for arguments: to put markup (a <time>, an English title marked lang="en") where an
 * argument stands, pass NODE_MARK as its value and give the translated message to placeNode with the markup.
 */
export const NODE_MARK = '\u0000';

export function placeNode(message: ReactNode, node: ReactNode): ReactNode[] {
  let placed = 0;
  return Children.toArray(message).flatMap((part): ReactNode[] =>
    typeof part === 'string'
      ? part.split(NODE_MARK).flatMap((text, i) => (i === 0 ? [text] : [<Fragment key={`node-${placed++}`}>{node}</Fragment>, text]))
      : [part],
  );
}
