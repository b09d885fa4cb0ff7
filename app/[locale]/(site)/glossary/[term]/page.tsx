import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { use } from 'react';
import GlossaryTermPage from '@/components/glossary/GlossaryTermPage';
import { localeOf } from '@/i18n/params';
import { getTerm } from '@/lib/glossary';
import { termTexts } from '@/lib/glossary-texts';
import { pageMetadata } from '@/lib/page-metadata';
import { glossaryTermIds } from '@/lib/pages';
import { PAGE_SUFFIXES, titleOgImagePath } from '@/lib/urls';

/** Every term is prerendered; the proxy answers unknown terms with the 404 page. */
export function generateStaticParams() {
  return glossaryTermIds().map((term) => ({ term }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary/[term]'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const term = getTerm((await params).term);
  if (!term) return {};
  const t = await getTranslations({ locale });
  const texts = termTexts(t, term.id);
  return pageMetadata({
    locale,
    title: t('Glossary.termMetaTitle', { name: texts.plain('name') }),
    description: texts.plain('short'),
    path: PAGE_SUFFIXES.glossary(term.id),
    ogPicture: titleOgImagePath(locale, { glossary: term.id }),
  });
}

export default function GlossaryTermRoute({ params }: PageProps<'/[locale]/glossary/[term]'>) {
  setRequestLocale(localeOf(use(params)));
  const term = getTerm(use(params).term);
  // Only a safety net: the proxy never lets an unknown term reach this page.
  if (!term) notFound();
  return <GlossaryTermPage term={term} />;
}
