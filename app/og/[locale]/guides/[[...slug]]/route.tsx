import { ImageResponse } from 'next/og';
import { NextResponse } from 'next/server';
import OgTitleImage, { shapeOgTitleCard } from '@/components/og/OgTitleImage';
import { isLocale, LOCALES } from '@/i18n/locales';
import { getGuide } from '@/lib/guides';
import { OG_SIZE, ogFonts, ogTitleCard } from '@/lib/og';

/** The Open Graph image of /{locale}/guides and /{locale}/guides/{slug}, rendered on request like the code cards. */
export async function GET(_request: Request, { params }: RouteContext<'/og/[locale]/guides/[[...slug]]'>) {
  const { locale, slug: rest = [] } = await params;
  const guide = rest.length === 1 ? getGuide(rest[0]!) : undefined;
  if (!isLocale(locale) || rest.length > 1 || (rest.length === 1 && !guide)) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new ImageResponse(<OgTitleImage card={await shapeOgTitleCard(await ogTitleCard(locale, { guides: guide?.slug ?? null }), LOCALES[locale].dir)} />, {
    ...OG_SIZE,
    fonts: await ogFonts(),
    headers: { 'cache-control': 'public, max-age=86400, immutable' },
  });
}
