import type { ReactNode } from 'react';

/** The only tag message files may use: inline protocol text such as commands and codes. */
export const richTags = {
  code: (chunks: ReactNode) => <code>{chunks}</code>,
};
