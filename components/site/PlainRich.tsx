import type { ReactNode } from 'react';
import { termOfTag, TermLink } from '@/lib/term-tags';

/**
 * Message markup (lib/rich.tsx markupTags: <code>…</code> and glossary term tags) rendered without an i18n
 * runtime, for explanations that cross from the decoder to a client component. Unknown tags keep their text.
 */
export default function PlainRich({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(/<(code|term-[a-z0-9-]+)>([\s\S]*?)<\/\1>/g)) {
    parts.push(text.slice(at, m.index));
    const [tag, inner] = [m[1]!, m[2]!];
    const term = termOfTag(tag);
    parts.push(tag === 'code' ? <code key={m.index} dir="ltr">{inner}</code> : term ? <TermLink key={m.index} id={term}>{inner}</TermLink> : inner);
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
