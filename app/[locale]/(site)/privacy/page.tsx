import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import PrivacyPage from '@/components/privacy/PrivacyPage';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_SUFFIXES } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return pageMetadata({ locale, title: t('metaTitle'), withSiteName: true, description: t('metaDescription'), path: PAGE_SUFFIXES.privacy });
}

export default function PrivacyRoute({ params }: PageProps<'/[locale]/privacy'>) {
  setRequestLocale(localeOf(use(params)));
  return <PrivacyPage />;
}
