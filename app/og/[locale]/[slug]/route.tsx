import { ImageResponse } from 'next/og';
import { NextResponse, type NextRequest } from 'next/server';
import OgImage, { shapeOgCard } from '@/components/og/OgImage';
import { isLocale, LOCALES } from '@/i18n/locales';
import { OG_SIZE, ogCard, ogFonts } from '@/lib/og';
import { canonicalSlug, isCanonical, parseSlug } from '@/lib/slug';
import { ogImagePath } from '@/lib/urls';

/**
 * The Open Graph image of /{locale}/smtp/{slug}. Rendered on request, not at build time: there is one
 * per code, comparison and locale, thousands in all; the long cache header lets CDNs and crawlers keep them.
 */
export async function GET(request: NextRequest, { params }: RouteContext<'/og/[locale]/[slug]'>) {
  const { locale, slug } = await params;
  const parsed = isLocale(locale) ? parseSlug(slug) : null;
  if (!isLocale(locale) || !parsed) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  if (!isCanonical(parsed)) {
    return NextResponse.redirect(new URL(ogImagePath(locale, canonicalSlug(parsed)), request.url), 308);
  }
  return new ImageResponse(<OgImage card={await shapeOgCard(await ogCard(locale, parsed), LOCALES[locale].dir)} />, {
    ...OG_SIZE,
    fonts: await ogFonts(),
    headers: { 'cache-control': 'public, max-age=86400, immutable' },
  });
}
