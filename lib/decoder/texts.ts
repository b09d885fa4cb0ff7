/**
 * The words a decoded result needs, as plain data for the decoder's client component: per reply code,
 * enhanced entry, provider message and reason. The browser fetches the whole set for its locale only
 * after a first decode; the no-JavaScript path gets just the entries its result uses.
 */
import { entryIdOf } from '@/lib/enhanced-codes';
import type { DecodeResult } from './types';

type Messages = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type CodeTexts = { name: string; summary: string; fixSender: string; fixAdmin: string };
export type DecoderTexts = {
  codes: Record<string, CodeTexts>;
  /** keyed by "subject.detail", e.g. "1.1" */
  enhanced: Record<string, CodeTexts>;
  providerMessages: Record<string, { meaning: string; action: string }>;
  reasons: Record<string, { name: string; explanation: string }>;
};

const pick = ({ name, summary, fixSender, fixAdmin }: CodeTexts): CodeTexts => ({ name, summary, fixSender, fixAdmin });

export function allDecoderTexts(messages: Messages): DecoderTexts {
  const enhanced: Record<string, CodeTexts> = {};
  for (const [subject, details] of Object.entries(messages.enhanced as Record<string, Record<string, CodeTexts>>)) {
    for (const [detail, texts] of Object.entries(details)) enhanced[`${subject}.${detail}`] = pick(texts);
  }
  return {
    codes: Object.fromEntries(Object.entries(messages.codes as Record<string, CodeTexts>).map(([k, v]) => [k, pick(v)])),
    enhanced,
    providerMessages: messages.providerMessages,
    reasons: messages.reasons,
  };
}

/** Only what one result uses. */
export function decoderTextsFor(result: DecodeResult, messages: Messages): DecoderTexts {
  const all = allDecoderTexts(messages);
  const only = <T,>(record: Record<string, T>, keys: (string | null)[]) =>
    Object.fromEntries(keys.flatMap((k) => (k && record[k] ? [[k, record[k]] as const] : [])));
  const r = result.recipients;
  return {
    codes: only(all.codes, r.map((x) => (x.replyCode !== null ? String(x.replyCode) : null))),
    enhanced: only(all.enhanced, r.map((x) => (x.enhancedCode ? (entryIdOf(x.enhancedCode)?.slice(2) ?? null) : null))),
    providerMessages: only(all.providerMessages, r.map((x) => x.providerEntry)),
    reasons: only(all.reasons, r.map((x) => x.reason)),
  };
}
