import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { use } from 'react';
import GuidePage from '@/components/guides/GuidePage';
import { localeOf } from '@/i18n/params';
import { guideTexts } from '@/lib/glossary-texts';
import { getGuide } from '@/lib/guides';
import { pageMetadata } from '@/lib/page-metadata';
import { stepGuideSlugs } from '@/lib/pages';
import { PAGE_SUFFIXES, titleOgImagePath } from '@/lib/urls';

/** Every guide of steps is prerendered; the decision guide has its own folder, the proxy 404s the rest. */
export function generateStaticParams() {
  return stepGuideSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/guides/[slug]'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const guide = getGuide((await params).slug);
  if (guide?.kind !== 'steps') return {};
  const t = await getTranslations({ locale });
  const texts = guideTexts(t, guide.slug);
  return pageMetadata({
    locale,
    title: t('Guides.guideMetaTitle', { title: texts.plain('title') }),
    description: texts.plain('metaDescription'),
    path: PAGE_SUFFIXES.guides(guide.slug),
    ogPicture: titleOgImagePath(locale, { guides: guide.slug }),
  });
}

export default function GuideRoute({ params }: PageProps<'/[locale]/guides/[slug]'>) {
  setRequestLocale(localeOf(use(params)));
  const guide = getGuide(use(params).slug);
  // Only a safety net: the proxy never lets an unknown guide reach this page.
  if (guide?.kind !== 'steps') notFound();
  return <GuidePage guide={guide} />;
}
