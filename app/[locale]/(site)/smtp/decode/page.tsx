import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import DecoderForm from '@/components/decoder/DecoderForm';
import { isLocale } from '@/i18n/locales';
import { decoderSamples } from '@/lib/decoder/samples';
import { alternatesFor, PAGE_SUFFIXES } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/decode'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  return {
    title: { absolute: t('metaTitle') },
    description: t('metaDescription'),
    alternates: alternatesFor(locale, PAGE_SUFFIXES.decoder),
  };
}

export default async function DecodePage({ params }: PageProps<'/[locale]/smtp/decode'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Decoder' });
  const { Decoder, StaleNotice } = await getMessages({ locale });
  const samples = decoderSamples().map(({ id, text }) => ({ id, label: t(`samples.${id}`), text }));
  return (
    <article className="decoder">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="muted">{t('privacy')}</p>
      {/* The form gets the decoder's own words (and the stale notice's) only; the words of codes and reasons load after a first decode. */}
      <NextIntlClientProvider messages={{ Decoder, StaleNotice }}>
        <DecoderForm samples={samples} />
      </NextIntlClientProvider>
    </article>
  );
}
