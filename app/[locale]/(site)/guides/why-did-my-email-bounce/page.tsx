import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import GuideStep from '@/components/guides/decision/GuideStep';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_SUFFIXES, titleOgImagePath } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/guides/why-did-my-email-bounce'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'Guide' });
  return pageMetadata({
    locale,
    title: t('metaTitle'),
    description: t('metaDescription'),
    path: PAGE_SUFFIXES.guide('start'),
    ogPicture: titleOgImagePath(locale, { guides: 'why-did-my-email-bounce' }),
  });
}

export default function GuideStartPage({ params }: PageProps<'/[locale]/guides/why-did-my-email-bounce'>) {
  setRequestLocale(localeOf(use(params)));
  return <GuideStep id="start" />;
}
