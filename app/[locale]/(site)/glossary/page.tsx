import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import GlossaryIndex from '@/components/glossary/GlossaryIndex';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_SUFFIXES, titleOgImagePath } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return pageMetadata({
    locale,
    title: t('metaTitle'),
    description: t('metaDescription'),
    path: PAGE_SUFFIXES.glossary(),
    ogPicture: titleOgImagePath(locale, { glossary: null }),
  });
}

export default function GlossaryIndexPage({ params }: PageProps<'/[locale]/glossary'>) {
  const locale = localeOf(use(params));
  setRequestLocale(locale);
  const t = useTranslations('Glossary');
  return (
    <article className="glossary">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <GlossaryIndex />
    </article>
  );
}
