import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import DecodedCard from '@/components/decoder/DecodedCard';
import { BOUNCE_KIND, REASONS, type Reason } from '@/data/reasons';
import type { Locale } from '@/i18n/locales';
import { decoderTextsFor } from '@/lib/decoder/texts';
import { ACTIONS, type Action, type DecodedRecipient } from '@/lib/decoder/types';
import { getEnhancedCode } from '@/lib/enhanced-codes';
import { providerMessages } from '@/lib/providers';
import { getReplyCode } from '@/lib/reply-codes';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/decode/explain'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  return { title: t('explainTitle'), robots: { index: false } };
}

/** A shared explanation: rebuilt from codes, reason and provider entry only; unknown values are dropped. */
export default async function ExplainPage({ params, searchParams }: PageProps<'/[locale]/smtp/decode/explain'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const one = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : null);
  const reply = getReplyCode(Number(one('reply')));
  const enhanced = getEnhancedCode(one('enhanced') ?? '');
  const entry = providerMessages().find((m) => m.id === one('entry'));
  const reason = (REASONS as readonly string[]).includes(one('reason') ?? '') ? (one('reason') as Reason) : 'unknown';
  const action = (ACTIONS as readonly string[]).includes(one('action') ?? '') ? (one('action') as Action) : null;
  const failed = action === 'failed' || (!action && (reply?.replyClass === 5 || enhanced?.enhancedClass === 5));
  const recipient: DecodedRecipient = {
    address: null,
    action,
    replyCode: reply?.code ?? null,
    enhancedCode: enhanced?.id ?? null,
    remoteMta: null,
    diagnostic: null,
    command: null,
    provider: entry?.provider ?? null,
    providerEntry: entry?.id ?? null,
    reason: entry?.reason ?? reason,
    hardBounce: failed ? BOUNCE_KIND[entry?.reason ?? reason] === 'hard' : action === 'delayed' ? false : null,
    retry: 'unknown',
  };
  const messages = (await getMessages({ locale })) as Record<string, unknown>;
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  return (
    <article className="decoder">
      <h1>{t('explainTitle')}</h1>
      <p className="lead">{t('explainLead')}</p>
      {/* The same outline as the decoder's results: the card's own headings start at h3. */}
      <h2>{t('resultsTitle')}</h2>
      <DecodedCard
        recipient={recipient}
        texts={decoderTextsFor({ kind: 'unknown', reporter: null, recipients: [recipient] }, messages)}
        labels={messages.Decoder as Record<string, unknown>}
        locale={locale}
      />
    </article>
  );
}
