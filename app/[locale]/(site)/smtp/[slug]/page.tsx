import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import CodeSlugPage, { codeSlugMetadata } from '@/components/code/CodeSlugPage';
import type { Locale } from '@/i18n/locales';
import { prerenderedSlugs } from '@/lib/pages';

export function generateStaticParams() {
  return prerenderedSlugs().map((slug) => ({ slug }));
}

// Every other comparison is rewritten by the proxy to ./per-request/[slug] (see lib/prerendered.ts).
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  return codeSlugMetadata(locale as Locale, slug);
}

export default async function SmtpCodePage({ params }: PageProps<'/[locale]/smtp/[slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  return <CodeSlugPage slug={slug} />;
}
