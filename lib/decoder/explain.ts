/**
 * What a decoded recipient means, decided once for every place that shows it: the page's card (in the
 * browser, after the no-JavaScript post and on a shared link), the JSON API and the command line.
 * Plain data, so it crosses from a server action to the browser; texts that carry <code> spans are
 * markup strings for components/site/PlainRich.
 */
import { createTranslator } from 'next-intl';
import type { BounceKind, Reason } from '@/data/reasons';
import type { Locale } from '@/i18n/locales';
import { codeTexts, providerMessageTexts } from '@/lib/code-texts';
import { entryIdOf, getEnhancedCode, getRegistryEntry } from '@/lib/enhanced-codes';
import { findProviderCode, providerMessage, providerName, reasonFor } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';
import { plainText } from '@/lib/rich';
import { codePath, explanationPath, smtpPath } from '@/lib/urls';
import type { ExplanationMessages } from './explanation-messages';
import { shareQuery } from './share-link';
import type { DecodedRecipient, RetryAdvice } from './types';

export const explanationTranslator = (locale: Locale, messages: ExplanationMessages) => createTranslator({ locale, messages });
export type ExplanationTranslator = ReturnType<typeof explanationTranslator>;

/** Message text whose only markup is <code>…</code>. */
export type Markup = string;

export type Explanation = {
  /** The reason's name. */
  title: string;
  /** Plain text from the source of the reason: the provider's meaning, the code's summary or the reason's explanation. */
  summary: string;
  /** The provider's meaning when its recognised wording gave the reason, else the reason's explanation. */
  lead: { provider: Markup } | { reason: string };
  outcome: string;
  bounce: BounceKind;
  bounceText: string;
  retry: RetryAdvice;
  retryText: string;
  providerAction: Markup | null;
  /** What the sender and the mail server's admin can do, for failures the codes have advice for. */
  fixes: { sender: Markup; admin: Markup } | null;
  names: { replyCode: string | null; enhancedCode: string | null; provider: string | null };
  /** Paths on this site. */
  links: { replyCode: string | null; enhancedCode: string | null; provider: string | null; share: string };
};

/** The reason the recognised provider wording stands for, with this recipient's code class. */
function providerReason(r: DecodedRecipient): Reason | null {
  const message = r.providerEntry ? providerMessage(r.providerEntry) : undefined;
  if (!message) return null;
  const cls = r.replyCode !== null ? Math.floor(r.replyCode / 100) : r.enhancedCode ? Number(r.enhancedCode[0]) : null;
  return reasonFor(message, cls);
}

export function explainRecipient(r: DecodedRecipient, t: ExplanationTranslator, locale: Locale): Explanation {
  const reply = r.replyCode !== null ? getReplyCode(r.replyCode) : undefined;
  const enhanced = r.enhancedCode ? getEnhancedCode(r.enhancedCode) : undefined;
  const entryId = r.enhancedCode ? entryIdOf(r.enhancedCode) : null;
  // Codes without a page of their own still have their registry entry's words (4.7.26 → X.7.26).
  const entry = entryId ? getRegistryEntry(entryId) : undefined;
  const providerCode = !enhanced && r.enhancedCode ? findProviderCode(r.enhancedCode) : undefined;
  const provider = r.providerEntry ? providerMessageTexts(t, r.providerEntry) : null;
  const replyWords = reply ? codeTexts(t, reply) : null;
  const advice = entry ? codeTexts(t, entry) : replyWords;
  const bounce: BounceKind = r.hardBounce === null ? 'none' : r.hardBounce ? 'hard' : 'soft';
  // One recipient, one story: the summary comes from the source the reason came from, or from the
  // reason itself, never from a code that says something else (a generic 5.0.0 under "Delivery timed out").
  const saysReason = (reason: Reason | null | undefined) => reason === r.reason;
  const providerAgrees = provider !== null && saysReason(providerReason(r));
  const summary = providerAgrees
    ? provider.markup('meaning')
    : enhanced && saysReason(entry?.reason)
      ? codeTexts(t, enhanced).markup('summary')
      : t(`reasons.${r.reason}.explanation`);
  const enhancedPath = enhanced ? codePath(locale, enhanced) : null;
  return {
    title: t(`reasons.${r.reason}.name`),
    summary: plainText(summary),
    lead: providerAgrees ? { provider: provider.markup('meaning') } : { reason: t(`reasons.${r.reason}.explanation`) },
    outcome: t(`Decoder.actions.${r.action ?? 'none'}`),
    bounce,
    bounceText: t(`Decoder.bounce.${bounce}`),
    retry: r.retry,
    retryText: t(`Decoder.retry.${r.retry}`),
    providerAction: provider ? provider.markup('action') : null,
    fixes: advice && r.hardBounce !== null ? { sender: advice.markup('fixSender'), admin: advice.markup('fixAdmin') } : null,
    names: {
      replyCode: replyWords ? replyWords.text('name') : null,
      enhancedCode: entry ? codeTexts(t, entry).text('name') : null,
      provider: r.provider ? providerName(r.provider) : null,
    },
    links: {
      replyCode: reply ? codePath(locale, reply) : null,
      enhancedCode: enhancedPath ?? (providerCode ? smtpPath(locale, providerCode.code.slug) : null),
      provider: r.providerEntry && enhancedPath ? `${enhancedPath}#${r.providerEntry}` : null,
      share: explanationPath(locale, shareQuery(r)),
    },
  };
}
