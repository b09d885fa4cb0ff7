import type { ReactNode } from 'react';

/** Message text with <code>…</code> spans, rendered without an i18n runtime (for client components). */
export default function PlainRich({ text }: { text: string }) {
  const parts: ReactNode[] = text.split(/<code>|<\/code>/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
  return <>{parts}</>;
}
