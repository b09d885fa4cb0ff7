import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { use } from 'react';
import GuideStep from '@/components/guide/GuideStep';
import { GUIDE_STEPS, isGuideStep } from '@/data/guide';
import type { Locale } from '@/i18n/locales';
import { alternatesFor } from '@/lib/urls';

/** Every step is prerendered; the proxy answers unknown steps with the 404 page. */
export function generateStaticParams() {
  return GUIDE_STEPS.map((step) => ({ step }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/guide/[step]'>): Promise<Metadata> {
  const { step } = await params;
  const locale = (await params).locale as Locale;
  if (!isGuideStep(step)) return {};
  const t = await getTranslations({ locale, namespace: 'Guide' });
  return {
    title: { absolute: t('stepMetaTitle', { title: t(`steps.${step}.title`) }) },
    description: t(`steps.${step}.text`),
    alternates: alternatesFor(locale, `/guide/${step}`),
  };
}

export default function GuideStepPage({ params }: PageProps<'/[locale]/guide/[step]'>) {
  const { locale, step } = use(params);
  setRequestLocale(locale as Locale);
  // Only a safety net: the proxy never lets an unknown step reach this page.
  if (!isGuideStep(step)) notFound();
  return <GuideStep id={step} />;
}
