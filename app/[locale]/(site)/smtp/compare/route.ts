import type { NextRequest } from 'next/server';
import { defaultLocale, isLocale } from '@/i18n/locales';
import { canonicalSlug, parseSlug } from '@/lib/slug';
import { seeOther } from '@/lib/see-other';
import { homePath, smtpPath } from '@/lib/urls';

/** Target of the home page's compare form: sends the reader to the canonical comparison URL. */
export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/smtp/compare'>) {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const { searchParams } = request.nextUrl;
  const a = searchParams.get('a') ?? '';
  const b = searchParams.get('b') ?? '';
  // The same code twice has nothing to compare: show that code's page instead.
  const parsed = parseSlug(a === b ? a : `${a}-vs-${b}`);
  const target = parsed ? smtpPath(locale, canonicalSlug(parsed)) : `${homePath(locale)}#compare`;
  return seeOther(target);
}
