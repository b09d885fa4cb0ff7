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

/** A page's words before ./server.ts marks synonyms in them. */
export type PageDocument = Omit<SearchDocument, 'marks'>;
import { enhancedCodeWeight, providerCodeWeight, replyCodeWeight } from './weights';

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

/** Terms and guides show their first sentence as the summary: enough to recognise them in a list. */
const firstSentence = (text: string) => text.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? text;

/** The explanations of a code page: what it means, when you see it, what to do. */
const EXPLAINED = ['description', 'whenYouSee', 'fixSender', 'fixAdmin'] as const;
/** A registry entry also says what it means in the class of this page. */
const CLASS_FIELD = { 2: [], 4: ['class4'], 5: ['class5'] } as const;

/** The documents with every word of their explanations; ./server.ts marks synonyms and reduces the body. */
export function searchDocuments(t: Translator): PageDocument[] {
  const phrases = phrasesByCode();
  const wireOf = (key: string, own: string) => [own, ...new Set(phrases.get(key) ?? [])].filter(Boolean).join(' ');
  return [
    ...allReplyCodes().map((code): PageDocument => {
      const texts = codeTexts(t, code);
      return {
        id: String(code.code),
        code: String(code.code),
        name: plainText(texts.text('name')),
        summary: plainText(texts.text('summary')),
        wire: wireOf(String(code.code), code.standing.kind === 'rfc' ? code.standing.text : ''),
        body: EXPLAINED.map((field) => plainText(texts.text(field))).join(' '),
        kind: 'reply',
        weight: replyCodeWeight(String(code.code), code.standing),
      };
    }),
    ...allEnhancedCodes().map((code): PageDocument => {
      const texts = codeTexts(t, code);
      return {
        id: code.id,
        code: code.id,
        name: plainText(texts.text('name')),
        summary: `${plainText(texts.text('summary'))} ${t(`reasons.${code.entry.reason}.name`)}`,
        wire: wireOf(code.id, code.entry.title ?? ''),
        body: [...EXPLAINED, ...CLASS_FIELD[code.enhancedClass].filter((field) => texts.has(field))]
          .map((field) => plainText(texts.text(field)))
          .join(' '),
        kind: 'enhanced',
        weight: enhancedCodeWeight(code.id),
      };
    }),
    ...providerCodes().map((code): PageDocument => {
      const first = code.messages[0]!;
      return {
        id: code.slug,
        // Both ends of a range, so that either finds it.
        code: code.range ? code.range.join(' ') : codeLabel(code),
        name: plainText(providerMessageTexts(t, first.id).text('meaning')).slice(0, 90),
        summary: '',
        wire: code.messages.flatMap((m) => m.match).join(' '),
        body: code.messages
          .flatMap((m) => [providerMessageTexts(t, m.id).text('meaning'), providerMessageTexts(t, m.id).text('action')])
          .map(plainText)
          .join(' '),
        kind: 'provider',
        weight: providerCodeWeight(),
      };
    }),
    // Words only, no code: a term's id ("greylisting", "mx-record") also finds it in every locale.
    ...allTerms().map((term): PageDocument => {
      const texts = termTexts(t, term.id);
      return {
        id: `term:${term.id}`,
        code: '',
        name: texts.plain('name'),
        summary: firstSentence(texts.plain('short')),
        wire: term.id,
        body: (['short', 'why', 'check'] as const).map((field) => texts.plain(field)).join(' '),
        kind: 'term',
        weight: 1,
      };
    }),
    ...allGuides().map((guide): PageDocument => {
      const texts = guideTexts(t, guide.slug);
      const steps = guide.kind === 'steps' ? guide.steps.flatMap((step) => [texts.stepPlain(step.id, 'title'), texts.stepPlain(step.id, 'text')]) : [];
      return {
        id: `guide:${guide.slug}`,
        code: '',
        name: texts.plain('title'),
        summary: firstSentence(texts.plain('lead')),
        wire: '',
        body: [texts.plain('lead'), ...steps].join(' '),
        kind: 'guide',
        weight: 1,
      };
    }),
  ];
}
