import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import Breadcrumbs from '@/components/site/Breadcrumbs';
import EnhancedIndex from '@/components/enhanced/EnhancedIndex';
import ListFilter from '@/components/site/ListFilter';
import type { Locale } from '@/i18n/locales';
import { alternatesFor } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/enhanced'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'EnhancedIndex' });
  return {
    title: { absolute: t('metaTitle') },
    description: t('metaDescription'),
    alternates: alternatesFor(locale, '/smtp/enhanced'),
  };
}

export default function EnhancedIndexPage({ params }: PageProps<'/[locale]/smtp/enhanced'>) {
  setRequestLocale(use(params).locale as Locale);
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
