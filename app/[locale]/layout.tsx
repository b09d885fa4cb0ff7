import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { isLocale, LOCALES, PSEUDO_LOCALE } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { SITE_URL } from '@/lib/urls';

// The readers' locales; the pseudo-locale renders on request.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(SITE_URL),
    title: { template: `%s | ${t('name')}`, default: t('name') },
    applicationName: t('name'),
    ...(locale === PSEUDO_LOCALE && { robots: { index: false, follow: false } }),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={LOCALES[locale].dir}>
      <body>{children as ReactNode}</body>
    </html>
  );
}
