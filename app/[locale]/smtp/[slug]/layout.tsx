import type { ReactNode } from 'react';
import NearMatches from '@/components/NearMatches';
import { parseSlug } from '@/lib/slug';

/**
 * not-found.tsx receives no params, so the near matches for an unknown code are rendered here, under
 * the not-found page that replaces `children`.
 */
export default async function SlugLayout({ children, params }: LayoutProps<'/[locale]/smtp/[slug]'>) {
  const { slug } = await params;
  return (
    <>
      {children as ReactNode}
      {parseSlug(slug) ? null : <NearMatches query={slug} />}
    </>
  );
}
