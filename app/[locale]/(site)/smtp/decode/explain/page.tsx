import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import SharedExplanationCard from '@/components/decoder/SharedExplanationCard';
import { isLocale } from '@/i18n/locales';
import { loadExplanationMessages } from '@/lib/decoder/explanation-messages';
import { sharedRecipient } from '@/lib/decoder/share-link';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/decode/explain'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  return { title: t('explainTitle'), robots: { index: false } };
}

/** A shared explanation: rebuilt from codes, reason and provider entry only; unknown values are dropped. */
export default async function ExplainPage({ params, searchParams }: PageProps<'/[locale]/smtp/decode/explain'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const recipient = sharedRecipient(await searchParams);
  const messages = await loadExplanationMessages(locale);
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  return (
    <article className="decoder">
      <h1>{t('explainTitle')}</h1>
      <p className="lead">{t('explainLead')}</p>
      {/* The same outline as the decoder's results: the card's own headings start at h3. */}
      <h2>{t('resultsTitle')}</h2>
      <SharedExplanationCard recipient={recipient} messages={messages} />
    </article>
  );
}
