import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import CodeSlugPage from '@/components/code/CodeSlugPage';
import { localeOf } from '@/i18n/params';
import { codeSlugMetadata } from '@/lib/page-metadata';
import { prerenderedSlugs } from '@/lib/pages';

// Next passes each locale the [locale] layout prerenders.
export function generateStaticParams({ params }: { params: { locale: string } }) {
  return prerenderedSlugs(localeOf(params)).map((slug) => ({ slug }));
}

// Every other comparison is rewritten by the proxy to ./per-request/[slug] (lib/pages.ts says which).
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  return codeSlugMetadata(localeOf(await params), slug);
}

export default async function SmtpCodePage({ params }: PageProps<'/[locale]/smtp/[slug]'>) {
  const { slug } = await params;
  setRequestLocale(localeOf(await params));
  return <CodeSlugPage slug={slug} />;
}
