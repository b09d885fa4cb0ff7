import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import NearMatches from '@/components/site/NearMatches';
import NotFoundPage from '@/components/site/NotFoundPage';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';

// Reached only through the proxy, which rewrites unknown paths here and sets the 404 status.
export async function generateMetadata({ params }: PageProps<'/[locale]/missing/[key]'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return pageMetadata({ locale, title: t('metaTitle'), withSiteName: true, robots: { index: false } });
}

export default async function MissingPage({ params }: PageProps<'/[locale]/missing/[key]'>) {
  const { key } = await params;
  const locale = localeOf(await params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      {/* Next 16.4 leaves generateMetadata out of responses whose status the proxy set to 404 (the tab
          shows the site's default title); React hoists this into <head>. A second <title> would be
          invalid HTML, so the title stays the default. */}
      <meta name="description" content={t('lead')} />
      <NotFoundPage />
      <NearMatches query={key} />
    </>
  );
}
