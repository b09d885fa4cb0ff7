import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import EmbedCard from '@/components/share/EmbedCard';
import type { Locale } from '@/i18n/locales';
import { cardFacts, cardSummary, cardTitle, parseEmbeddable } from '@/lib/embed';
import { codeSlugs } from '@/lib/pages';
import { absoluteUrl, embedPath, oembedPath } from '@/lib/urls';

/** Prerendered for every reply, enhanced and provider code: the proxy sends anything else to the 404 page. */
export function generateStaticParams() {
  return codeSlugs().map((slug) => ({ slug }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/smtp/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const locale = (await params).locale as Locale;
  const parsed = parseEmbeddable(slug);
  if (!parsed) return {};
  const facts = cardFacts(parsed);
  const t = await getTranslations({ locale });
  const title = cardTitle(facts, t);
  const self = absoluteUrl(embedPath(locale, facts.slug));
  return {
    title,
    description: cardSummary(facts, t).text(),
    // A card is a fragment of the code page: the page is what search engines should list.
    robots: { index: false, follow: true },
    alternates: { types: { 'application/json+oembed': [{ url: oembedPath(self), title }] } },
  };
}

export default async function EmbedPage({ params }: PageProps<'/[locale]/embed/smtp/[slug]'>) {
  const { slug } = await params;
  setRequestLocale((await params).locale as Locale);
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
