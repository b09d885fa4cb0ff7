import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import GuidesIndex from '@/components/guides/GuidesIndex';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_SUFFIXES, titleOgImagePath } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]/guides'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'Guides' });
  return pageMetadata({
    locale,
    title: t('metaTitle'),
    description: t('metaDescription'),
    path: PAGE_SUFFIXES.guides(),
    ogPicture: titleOgImagePath(locale, { guides: null }),
  });
}

export default function GuidesIndexPage({ params }: PageProps<'/[locale]/guides'>) {
  setRequestLocale(localeOf(use(params)));
  const t = useTranslations('Guides');
  return (
    <article className="guides">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <GuidesIndex />
    </article>
  );
}
