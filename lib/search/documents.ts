/** The documents of the search index for one locale: every code page, glossary term and guide with its words in that locale. */
import { codeLabel } from '@/lib/codes';
import { codeTexts, providerMessageTexts } from '@/lib/code-texts';
import { allEnhancedCodes } from '@/lib/enhanced-codes';
import { allTerms } from '@/lib/glossary';
import { guideTexts, termTexts } from '@/lib/glossary-texts';
import { allGuides } from '@/lib/guides';
import type { Translator } from '@/lib/messages';
import { providerCodes, providerMessages } from '@/lib/providers';
import { allReplyCodes } from '@/lib/reply-codes';
import { plainText } from '@/lib/rich';
import type { SearchDocument } from './options';

/** Wire phrases of the provider catalogue, by the enhanced code (or, failing that, reply code) they come with. */
function phrasesByCode(): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const message of providerMessages()) {
    for (const [reply, enhanced] of message.codes) {
      const key = enhanced ?? (reply !== null ? String(reply) : null);
      if (key) byCode.set(key, [...(byCode.get(key) ?? []), ...message.match]);
    }
  }
  return byCode;
}

/** Terms and guides carry their first sentence only: enough to be found and recognised, and the index stays small. */
const firstSentence = (text: string) => text.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? text;

export function searchDocuments(t: Translator): SearchDocument[] {
  const phrases = phrasesByCode();
  const wireOf = (key: string, own: string) => [own, ...new Set(phrases.get(key) ?? [])].filter(Boolean).join(' ');
  return [
    ...allReplyCodes().map((code): SearchDocument => {
      const texts = codeTexts(t, code);
      return {
        id: String(code.code),
        code: String(code.code),
        name: plainText(texts.text('name')),
        summary: plainText(texts.text('summary')),
        wire: wireOf(String(code.code), code.standing.kind === 'rfc' ? code.standing.text : ''),
        kind: 'reply',
      };
    }),
    ...allEnhancedCodes().map((code): SearchDocument => {
      const texts = codeTexts(t, code);
      return {
        id: code.id,
        code: code.id,
        name: plainText(texts.text('name')),
        summary: `${plainText(texts.text('summary'))} ${t(`reasons.${code.entry.reason}.name`)}`,
        wire: wireOf(code.id, code.entry.title ?? ''),
        kind: 'enhanced',
      };
    }),
    ...providerCodes().map((code): SearchDocument => {
      const first = code.messages[0]!;
      return {
        id: code.slug,
        // Both ends of a range, so that either finds it.
        code: code.range ? code.range.join(' ') : codeLabel(code),
        name: plainText(providerMessageTexts(t, first.id).text('meaning')).slice(0, 90),
        summary: '',
        wire: code.messages.flatMap((m) => m.match).join(' '),
        kind: 'provider',
      };
    }),
    // Words only, no code: a term's id ("greylisting", "mx-record") also finds it in every locale.
    ...allTerms().map((term): SearchDocument => {
      const texts = termTexts(t, term.id);
      return { id: `term:${term.id}`, code: '', name: texts.plain('name'), summary: firstSentence(texts.plain('short')), wire: term.id, kind: 'term' };
    }),
    ...allGuides().map((guide): SearchDocument => {
      const texts = guideTexts(t, guide.slug);
      return { id: `guide:${guide.slug}`, code: '', name: texts.plain('title'), summary: firstSentence(texts.plain('lead')), wire: '', kind: 'guide' };
    }),
  ];
}
