import type { ReactNode } from 'react';

/** The only tag message files may use: inline protocol text such as commands and codes. */
export const richTags = {
  code: (chunks: ReactNode) => <code>{chunks}</code>,
};

/** The same tag kept as text, for data that must stay serialisable (rendered by components/site/PlainRich). */
export const markupTags = {
  code: (chunks: string) => `<code>${chunks}</code>`,
};

/** The tags of a message dropped, their text kept: plain text for titles, descriptions, JSON and search. */
export const plainTags = {
  code: (chunks: string) => chunks,
};

/** A message as plain text, for JSON, search documents and clipboard text. */
export const plainText = (message: string) => message.replace(/<\/?code>/g, '');
