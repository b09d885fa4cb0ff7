/**
 * The words explainRecipient reads: the decoder's labels, the reasons, and per reply code, registry entry
 * and provider message the fields a card shows. The browser gets the data-keyed part lazily from
 * /api/v1/texts/{locale} after its first decode (the page ships only the `Decoder` namespace).
 */
import type { Messages } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { loadMessages } from '@/lib/messages';
import { staleKeysOf } from '@/lib/staleness';

type CodeWords = { name: string; summary: string; fixSender: string; fixAdmin: string };
type ProviderWords = { meaning: string; action: string };

/** What the texts endpoint serves, shaped like the message files so it merges into them. */
export type DataMessages = {
  reasons: Messages['reasons'];
  codes: Record<string, CodeWords>;
  enhanced: Record<string, Record<string, CodeWords>>;
  providerMessages: Record<string, ProviderWords>;
};
export type ExplanationMessages = DataMessages & { Decoder: Messages['Decoder'] };

/** The texts endpoint's answer: the words, and which of the locale's explanation texts are older than their English. */
export type DecoderTexts = { readonly texts: DataMessages; readonly stale: readonly string[] };

const pick = ({ name, summary, fixSender, fixAdmin }: CodeWords): CodeWords => ({ name, summary, fixSender, fixAdmin });
const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

export function dataMessages(all: DataMessages): DataMessages {
  return {
    reasons: all.reasons,
    codes: mapValues(all.codes, pick),
    enhanced: mapValues(all.enhanced, (details) => mapValues(details, pick)),
    providerMessages: mapValues(all.providerMessages, ({ meaning, action }) => ({ meaning, action })),
  };
}

/** From a locale's message file, on the server and in the command line (never imported by the browser). */
export async function loadExplanationMessages(locale: Locale): Promise<ExplanationMessages> {
  const all = (await loadMessages(locale)) as unknown as ExplanationMessages;
  return { Decoder: all.Decoder, ...dataMessages(all) };
}

/** The namespaces an explanation reads: what the texts endpoint lists stale keys of. */
const EXPLANATION_NAMESPACES: ReadonlySet<string> = new Set(['Decoder', 'reasons', 'codes', 'enhanced', 'providerMessages'] satisfies (keyof ExplanationMessages)[]);

/** What /api/v1/texts/{locale} answers (server only: the stale keys come from the message files on disk). */
export async function decoderTexts(locale: Locale): Promise<DecoderTexts> {
  const stale = [...staleKeysOf(locale)].filter((key) => EXPLANATION_NAMESPACES.has(key.slice(0, key.indexOf('.')))).sort();
  return { texts: dataMessages(await loadExplanationMessages(locale)), stale };
}
