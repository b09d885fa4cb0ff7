import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import NearMatches from '@/components/NearMatches';
import NotFoundView from '@/components/NotFoundView';
import type { Locale } from '@/i18n/locales';

// Reached only through the proxy, which rewrites unknown paths here and sets the 404 status.
export async function generateMetadata({ params }: PageProps<'/[locale]/missing/[key]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('metaTitle'), description: t('lead'), robots: { index: false } };
}

export default async function MissingPage({ params }: PageProps<'/[locale]/missing/[key]'>) {
  const { key } = await params;
  setRequestLocale((await params).locale as Locale);
  return (
    <>
      <NotFoundView />
      <NearMatches query={key} />
    </>
  );
}
