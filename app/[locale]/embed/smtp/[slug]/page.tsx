import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import EmbedCard from '@/components/share/EmbedCard';
import { localeOf } from '@/i18n/params';
import { cardFacts, cardSummary, cardTitle, parseEmbeddable } from '@/lib/embed';
import { pageMetadata } from '@/lib/page-metadata';
import { codeSlugs } from '@/lib/pages';
import { absoluteUrl, embedPath, oembedPath } from '@/lib/urls';

/** Prerendered for every reply, enhanced and provider code: the proxy sends anything else to the 404 page. */
export function generateStaticParams() {
  return codeSlugs().map((slug) => ({ slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/smtp/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const locale = localeOf(await params);
  const parsed = parseEmbeddable(slug);
  if (!parsed) return {};
  const facts = cardFacts(parsed);
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    title: cardTitle(facts, t),
    withSiteName: true,
    description: cardSummary(facts, t).text(),
    // A card is a fragment of the code page: the page is what search engines should list.
    robots: { index: false, follow: true },
    oembed: oembedPath(absoluteUrl(embedPath(locale, facts.slug))),
  });
}

export default async function EmbedPage({ params }: PageProps<'/[locale]/embed/smtp/[slug]'>) {
  const { slug } = await params;
  setRequestLocale(localeOf(await params));
  // The proxy redirects non-canonical slugs and answers unknown ones and comparisons with a 404.
  const parsed = parseEmbeddable(slug);
  if (!parsed) notFound();
  // The card is the whole document, so it is its main landmark (the site's chrome is not here).
  return (
    <main>
      <EmbedCard facts={cardFacts(parsed)} />
    </main>
  );
}
