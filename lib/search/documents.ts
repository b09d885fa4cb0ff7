/** The documents of the search index for one locale: every code page with its words in that locale. */
import { allEnhancedCodes } from '@/lib/enhanced-codes';
import { providerCodes, providerMessages } from '@/lib/providers';
import { allReplyCodes } from '@/lib/reply-codes';
import { plainText } from '@/lib/rich';
import type { SearchDocument } from './options';

type Messages = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const plain = (text: string | undefined) => plainText(text ?? '');

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

export function searchDocuments(messages: Messages): SearchDocument[] {
  const phrases = phrasesByCode();
  const wireOf = (key: string, own: string) => [own, ...new Set(phrases.get(key) ?? [])].filter(Boolean).join(' ');
  const providerMessages = messages.providerMessages as Record<string, { meaning: string }>;
  const reasons = messages.reasons as Record<string, { name: string }>;
  return [
    ...allReplyCodes().map((code): SearchDocument => {
      const texts = messages.codes[code.code];
      return {
        id: String(code.code),
        code: String(code.code),
        name: plain(texts.name),
        summary: plain(texts.summary),
        wire: wireOf(String(code.code), code.standing.kind === 'rfc' ? code.standing.text : ''),
        kind: 'reply',
      };
    }),
    ...allEnhancedCodes().map((code): SearchDocument => {
      const texts = messages.enhanced[code.entry.subject][code.entry.detail];
      return {
        id: code.id,
        code: code.id,
        name: plain(texts.name),
        summary: `${plain(texts.summary)} ${reasons[code.entry.reason]?.name ?? ''}`,
        wire: wireOf(code.id, code.entry.title ?? ''),
        kind: 'enhanced',
      };
    }),
    ...providerCodes().map((code): SearchDocument => {
      const first = code.messages[0]!;
      return {
        id: code.slug,
        code: code.range ? `${code.range[0]} ${code.range[1]}` : code.slug,
        name: plain(providerMessages[first.id]?.meaning).slice(0, 90),
        summary: '',
        wire: code.messages.flatMap((m) => m.match).join(' '),
        kind: 'provider',
      };
    }),
  ];
}
