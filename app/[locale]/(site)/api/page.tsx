import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import ApiEndpoints from '@/components/api/ApiEndpoints';
import ApiPolicies from '@/components/api/ApiPolicies';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_SUFFIXES } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/api'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'ApiPage' });
  return pageMetadata({ locale, title: t('metaTitle'), description: t('metaDescription'), path: PAGE_SUFFIXES.api });
}

export default function ApiPage({ params }: PageProps<'/[locale]/api'>) {
  setRequestLocale(localeOf(use(params)));
  const t = useTranslations('ApiPage');
  return (
    <article>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ApiEndpoints />
      <ApiPolicies />
    </article>
  );
}
