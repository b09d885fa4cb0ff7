import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import SearchResults from '@/components/search/SearchResults';
import type { Locale } from '@/i18n/locales';
import { alternatesFor } from '@/lib/urls';
import { redirect } from 'next/navigation';
import { runSearch } from '@/lib/search/search';
import { canonicalSlug, parseSlug } from '@/lib/slug';
import { searchIndex } from '@/lib/search/server';
import search from '@/components/search/Search.module.css';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return { title: t('title'), description: t('metaDescription'), robots: { index: false }, alternates: alternatesFor(locale, '/search') };
}

/** Search without JavaScript: the header's form submits here. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const q = (await searchParams).q;
  const query = (typeof q === 'string' ? q : '').slice(0, 200);
  // An exact code (550, 5.1.1, or 5.7.620 inside a provider's range) goes straight to its page.
  const exact = parseSlug(query.trim());
  if (exact && exact.kind !== 'pair' && exact.kind !== 'enhanced-pair') redirect(`/${locale}/smtp/${canonicalSlug(exact)}`);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const hits = query ? runSearch(await searchIndex(locale), query, 50) : [];
  return (
    <article className="search-page">
      <h1 id="search-title">{t('title')}</h1>
      {/* Named after the page, so it differs from the header's quick search landmark. */}
      <form action={`/${locale}/search`} method="get" role="search" aria-labelledby="search-title" className={search.form}>
        <label htmlFor="search-page-q">{t('label')}</label>
        <input id="search-page-q" type="search" name="q" defaultValue={query} />
        <button type="submit">{t('submit')}</button>
      </form>
      <SearchResults query={query} hits={hits} />
    </article>
  );
}
