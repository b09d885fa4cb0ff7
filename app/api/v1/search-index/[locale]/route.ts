import { NextResponse } from 'next/server';
import { isLocale, locales } from '@/i18n/locales';
import { searchPayload } from '@/lib/search/server';

// One index per locale, built at build time; the search box loads it the first time it is used.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/api/v1/search-index/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return NextResponse.json({ error: 'Unknown locale.' }, { status: 404 });
  return NextResponse.json(await searchPayload(locale));
}
