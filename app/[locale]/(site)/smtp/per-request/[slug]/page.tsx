import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import CodeSlugPage from '@/components/code/CodeSlugPage';
import { localeOf } from '@/i18n/params';
import { codeSlugMetadata } from '@/lib/page-metadata';

/**
 * Comparisons that are not prerendered (/{locale}/smtp/5.1.1-vs-5.1.10 …), reached only through the
 * proxy's rewrite of their public URL; the path /{locale}/smtp/per-request/… itself answers 404.
 * Rendered per request so that the proxy's nonce reaches Next's inline scripts.
 */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/smtp/per-request/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  return codeSlugMetadata(localeOf(await params), slug);
}

export default async function PerRequestCodePage({ params }: PageProps<'/[locale]/smtp/per-request/[slug]'>) {
  const { slug } = await params;
  setRequestLocale(localeOf(await params));
  return <CodeSlugPage slug={slug} />;
}
