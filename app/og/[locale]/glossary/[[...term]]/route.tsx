import { ImageResponse } from 'next/og';
import { NextResponse } from 'next/server';
import OgTitleImage, { shapeOgTitleCard } from '@/components/og/OgTitleImage';
import { isLocale, LOCALES } from '@/i18n/locales';
import { getTerm } from '@/lib/glossary';
import { OG_SIZE, ogFonts, ogTitleCard } from '@/lib/og';

/** The Open Graph image of /{locale}/glossary and /{locale}/glossary/{term}, rendered on request like the code cards. */
export async function GET(_request: Request, { params }: RouteContext<'/og/[locale]/glossary/[[...term]]'>) {
  const { locale, term: rest = [] } = await params;
  const term = rest.length === 1 ? getTerm(rest[0]!) : undefined;
  if (!isLocale(locale) || rest.length > 1 || (rest.length === 1 && !term)) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return new ImageResponse(<OgTitleImage card={await shapeOgTitleCard(await ogTitleCard(locale, { glossary: term?.id ?? null }), LOCALES[locale].dir)} />, {
    ...OG_SIZE,
    fonts: await ogFonts(),
    headers: { 'cache-control': 'public, max-age=86400, immutable' },
  });
}
