import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import EnhancedIndex from '@/components/enhanced/EnhancedIndex';
import ListFilter from '@/components/site/ListFilter';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_SUFFIXES } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/enhanced'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'EnhancedIndex' });
  return pageMetadata({ locale, title: t('metaTitle'), description: t('metaDescription'), path: PAGE_SUFFIXES.enhancedIndex });
}

export default function EnhancedIndexPage({ params }: PageProps<'/[locale]/smtp/enhanced'>) {
  setRequestLocale(localeOf(use(params)));
  const t = useTranslations('EnhancedIndex');
  return (
    <article className="enhanced-index">
      <Breadcrumbs current={t('title')} section="enhanced" />
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ListFilter target="enhanced-list" />
      <div id="enhanced-list">
        <EnhancedIndex />
      </div>
    </article>
  );
}
