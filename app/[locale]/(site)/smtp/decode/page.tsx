import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import DecoderForm from '@/components/decoder/DecoderForm';
import { DECODER_SAMPLES, type DecoderSampleId } from '@/data/decoder-samples';
import type { Locale } from '@/i18n/locales';
import { alternatesFor } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/decode'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  return {
    title: { absolute: t('metaTitle') },
    description: t('metaDescription'),
    alternates: alternatesFor(locale, '/smtp/decode'),
  };
}

export default async function DecodePage({ params }: PageProps<'/[locale]/smtp/decode'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  // The client form gets only the decoder's own labels, not the site's messages.
  const labels = ((await getMessages({ locale })) as Record<string, unknown>).Decoder as Record<string, unknown>;
  const samples = (Object.keys(DECODER_SAMPLES) as DecoderSampleId[]).map((id) => ({
    id,
    label: t(`samples.${id}`),
    text: DECODER_SAMPLES[id],
  }));
  return (
    <article className="decoder">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="muted">{t('privacy')}</p>
      <DecoderForm locale={locale} labels={labels} samples={samples} />
    </article>
  );
}
