import { NextResponse } from 'next/server';
import { locales, isLocale } from '@/i18n/locales';
import { decoderTexts } from '@/lib/decoder/explanation-messages';

// Built once per locale at build time: the decoder page fetches it after a first decode.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/api/v1/texts/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return NextResponse.json({ error: 'Unknown locale.' }, { status: 404 });
  return NextResponse.json(await decoderTexts(locale));
}
