/**
 * The decoder's answer as JSON, for POST /api/v1/decode and the command line: the decoded facts plus
 * each recipient's title and summary and absolute links to the pages that explain it.
 */
import type { Locale } from '@/i18n/locales';
import { absoluteUrl } from '@/lib/urls';
import { explainRecipient, explanationTranslator } from './explain';
import type { ExplanationMessages } from './explanation-messages';
import type { DecodedRecipient, DecodeResult } from './types';

export type Links = { replyCode: string | null; enhancedCode: string | null; provider: string | null; share: string };
export type ReportRecipient = DecodedRecipient & { explanation: { title: string; summary: string }; links: Links };
export type Report = Omit<DecodeResult, 'recipients'> & { recipients: ReportRecipient[] };

const absolute = (path: string | null) => (path === null ? null : absoluteUrl(path));

export function toReport(result: DecodeResult, locale: Locale, messages: ExplanationMessages): Report {
  const t = explanationTranslator(locale, messages);
  return {
    ...result,
    recipients: result.recipients.map((r) => {
      const { title, summary, links } = explainRecipient(r, t, locale);
      return {
        ...r,
        explanation: { title, summary },
        links: {
          replyCode: absolute(links.replyCode),
          enhancedCode: absolute(links.enhancedCode),
          provider: absolute(links.provider),
          share: absoluteUrl(links.share),
        },
      };
    }),
  };
}
