import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { use } from 'react';
import GuideStep from '@/components/guides/decision/GuideStep';
import { localeOf } from '@/i18n/params';
import { isGuideStep } from '@/lib/guide';
import { pageMetadata } from '@/lib/page-metadata';
import { plainTags } from '@/lib/rich';
import { guideSteps } from '@/lib/pages';
import { PAGE_SUFFIXES, titleOgImagePath } from '@/lib/urls';

/** Every step is prerendered; the proxy answers unknown steps with the 404 page. */
export function generateStaticParams() {
  return guideSteps().map((step) => ({ step }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/guides/why-did-my-email-bounce/[step]'>): Promise<Metadata> {
  const { step } = await params;
  const locale = localeOf(await params);
  if (!isGuideStep(step)) return {};
  const t = await getTranslations({ locale, namespace: 'Guide' });
  return pageMetadata({
    locale,
    title: t('stepMetaTitle', { title: t(`steps.${step}.title`) }),
    description: t.markup(`steps.${step}.text`, plainTags),
    path: PAGE_SUFFIXES.guide(step),
    ogPicture: titleOgImagePath(locale, { guides: 'why-did-my-email-bounce' }),
  });
}

export default function GuideStepPage({ params }: PageProps<'/[locale]/guides/why-did-my-email-bounce/[step]'>) {
  const { step } = use(params);
  setRequestLocale(localeOf(use(params)));
  // Only a safety net: the proxy never lets an unknown step reach this page.
  if (!isGuideStep(step)) notFound();
  return <GuideStep id={step} />;
}
