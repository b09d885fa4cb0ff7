import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import CodeSlugPage, { codeSlugMetadata } from '@/components/code/CodeSlugPage';
import type { Locale } from '@/i18n/locales';

/**
 * Comparisons that are not prerendered (/{locale}/smtp/5.1.1-vs-5.1.10 …), reached only through the
 * proxy's rewrite of their public URL; the path /{locale}/smtp/per-request/… itself answers 404.
 * Rendered per request so that the proxy's nonce reaches Next's inline scripts.
 */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/per-request/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  return codeSlugMetadata(locale as Locale, slug);
}

export default async function PerRequestCodePage({ params }: PageProps<'/[locale]/smtp/per-request/[slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  return <CodeSlugPage slug={slug} />;
}
