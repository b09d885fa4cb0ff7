import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import SearchResults from '@/components/search/SearchResults';
import { redirect } from 'next/navigation';
import { localeOf } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-metadata';
import { runSearch } from '@/lib/search/search';
import { searcher } from '@/lib/search/server';
import { canonicalSlug, parseSlug } from '@/lib/slug';
import { PAGE_SUFFIXES, searchPath, smtpPath } from '@/lib/urls';
import search from '@/components/search/Search.module.css';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = localeOf(await params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  return pageMetadata({
    locale,
    title: t('title'),
    withSiteName: true,
    description: t('metaDescription'),
    robots: { index: false },
    path: PAGE_SUFFIXES.search,
  });
}

/** Search without JavaScript: the header's form submits here. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = localeOf(await params);
  setRequestLocale(locale);
  const q = (await searchParams).q;
  const query = (typeof q === 'string' ? q : '').slice(0, 200);
  // An exact code (550, 5.1.1, or 5.7.620 inside a provider's range) goes straight to its page.
  const exact = parseSlug(query.trim());
  if (exact && exact.kind !== 'pair' && exact.kind !== 'enhanced-pair') redirect(smtpPath(locale, canonicalSlug(exact)));
  const t = await getTranslations({ locale, namespace: 'Search' });
  const hits = query ? runSearch(await searcher(locale), query, 50) : [];
  return (
    <article className="search-page">
      <h1 id="search-title">{t('title')}</h1>
      {/* Named after the page, so it differs from the header's quick search landmark. */}
      <form action={searchPath(locale)} method="get" role="search" aria-labelledby="search-title" className={search.form}>
        <label htmlFor="search-page-q">{t('label')}</label>
        <input id="search-page-q" type="search" name="q" defaultValue={query} dir="auto" />
        <button type="submit">{t('submit')}</button>
      </form>
      <SearchResults query={query} hits={hits} />
    </article>
  );
}
