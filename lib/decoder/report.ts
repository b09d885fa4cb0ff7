/**
 * The decoder's answer as the API, the command line and the page's share link describe it: the decoded
 * facts plus a localized title and summary and links to the pages that explain them.
 */
import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { codePath, smtpPath, SITE_URL } from '@/lib/urls';
import { findProviderCode } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';
import { plainText } from '@/lib/rich';
import type { DecodedRecipient, DecodeResult } from './types';

export type Links = { replyCode: string | null; enhancedCode: string | null; provider: string | null };
export type ReportRecipient = DecodedRecipient & { explanation: { title: string; summary: string }; links: Links };
export type Report = Omit<DecodeResult, 'recipients'> & { recipients: ReportRecipient[] };

type Messages = Record<string, unknown>;

export function linksFor(recipient: DecodedRecipient, locale: Locale): Links {
  const reply = recipient.replyCode !== null ? getReplyCode(recipient.replyCode) : undefined;
  const enhanced = recipient.enhancedCode ? getEnhancedCode(recipient.enhancedCode) : undefined;
  const providerCode = !enhanced && recipient.enhancedCode ? findProviderCode(recipient.enhancedCode) : undefined;
  const absolute = (path: string) => new URL(path, SITE_URL).toString();
  return {
    replyCode: reply ? absolute(codePath(locale, reply)) : null,
    enhancedCode: enhanced
      ? absolute(smtpPath(locale, enhanced.id))
      : providerCode
        ? absolute(smtpPath(locale, providerCode.code.slug))
        : null,
    provider:
      recipient.providerEntry && enhanced
        ? `${absolute(smtpPath(locale, enhanced.id))}#${recipient.providerEntry}`
        : null,
  };
}

export function explain(recipient: DecodedRecipient, locale: Locale, messages: Messages) {
  // Keys are built from data at run time, so the translator is used untyped here.
  const t = createTranslator({ locale, messages }) as unknown as (key: string) => string;
  const enhanced = recipient.enhancedCode ? getEnhancedCode(recipient.enhancedCode) : undefined;
  const reply = recipient.replyCode !== null ? getReplyCode(recipient.replyCode) : undefined;
  const title = t(`reasons.${recipient.reason}.name`);
  const summary = recipient.providerEntry
    ? t(`providerMessages.${recipient.providerEntry}.meaning`)
    : enhanced
      ? t(`enhanced.${enhanced.entry.subject}.${enhanced.entry.detail}.summary`)
      : reply
        ? t(`codes.${reply.code}.summary`)
        : t(`reasons.${recipient.reason}.explanation`);
  // Summaries may carry <code> tags for the page; plain text here.
  return { title, summary: plainText(summary) };
}

export function toReport(result: DecodeResult, locale: Locale, messages: Messages): Report {
  return {
    ...result,
    recipients: result.recipients.map((r) => ({
      ...r,
      explanation: explain(r, locale, messages),
      links: linksFor(r, locale),
    })),
  };
}
