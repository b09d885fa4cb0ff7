import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import CodePageView from '@/components/CodePageView';
import ComparisonView from '@/components/ComparisonView';
import type { Locale } from '@/i18n/locales';
import { alternatesFor } from '@/lib/paths';
import { allReplyCodes, standardReplyCodes } from '@/lib/reply-codes';
import { codeSlug, pairSlug, parseSlug } from '@/lib/slug';

/**
 * Prerendered: every code page, and every comparison of two RFC-defined codes (703 pairs per locale).
 * Comparisons involving a non-standard code are rendered on first request and then cached.
 */
export function generateStaticParams() {
  const standard = standardReplyCodes();
  const pairs = standard.flatMap((a, i) => standard.slice(i + 1).map((b) => pairSlug(a, b)));
  return [...allReplyCodes().map(codeSlug), ...pairs].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const locale = (await params).locale as Locale;
  const parsed = parseSlug(slug);
  if (!parsed) {
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return { title: t('metaTitle'), robots: { index: false } };
  }
  const tCodes = await getTranslations({ locale, namespace: 'codes' });
  if (parsed.kind === 'code') {
    const { code } = parsed;
    const t = await getTranslations({ locale, namespace: 'CodePage' });
    return {
      title: { absolute: t('metaTitle', { code: code.code, name: tCodes(`${code.code}.name`) }) },
      description: tCodes(`${code.code}.summary`),
      alternates: alternatesFor(locale, `/smtp/${codeSlug(code)}`),
    };
  }
  const { a, b } = parsed;
  const t = await getTranslations({ locale, namespace: 'Comparison' });
  const names = { a: a.code, nameA: tCodes(`${a.code}.name`), b: b.code, nameB: tCodes(`${b.code}.name`) };
  return {
    title: { absolute: t('metaTitle', names) },
    description: t('metaDescription', names),
    alternates: alternatesFor(locale, `/smtp/${pairSlug(a, b)}`),
  };
}

export default async function SmtpCodePage({ params }: PageProps<'/[locale]/smtp/[slug]'>) {
  const { slug } = await params;
  setRequestLocale((await params).locale as Locale);
  // The proxy sends reversed comparisons to the canonical order (308) and unknown codes to the
  // missing page (404), so notFound() is only a safety net here.
  const parsed = parseSlug(slug);
  if (!parsed) notFound();
  return parsed.kind === 'code' ? <CodePageView code={parsed.code} /> : <ComparisonView pair={parsed} />;
}
