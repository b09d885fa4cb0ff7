import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import GuideStep from '@/components/guide/GuideStep';
import type { Locale } from '@/i18n/locales';
import { alternatesFor } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/guide'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Guide' });
  return {
    title: { absolute: t('metaTitle') },
    description: t('metaDescription'),
    alternates: alternatesFor(locale, '/guide'),
  };
}

export default function GuideStartPage({ params }: PageProps<'/[locale]/guide'>) {
  setRequestLocale(use(params).locale as Locale);
  return <GuideStep id="start" />;
}
