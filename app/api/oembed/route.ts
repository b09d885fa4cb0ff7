import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale } from '@/i18n/locales';
import { cardFacts, cardTitle, codeOfUrl, EMBED_WIDTH, embedHeight, embedIframe } from '@/lib/embed';
import { translatorFor } from '@/lib/messages';
import { absoluteUrl, embedPath, SITE_URL } from '@/lib/urls';

// Any site may ask, including from a browser: the answer is public.
const HEADERS = { 'access-control-allow-origin': '*' };
const fail = (status: number, error: string) => NextResponse.json({ error }, { status, headers: HEADERS });

/** oEmbed 1.0 (https://oembed.com): a code page or embed page URL → an <iframe> of the code's card. */
export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  const url = query.get('url');
  if (!url) return fail(400, 'The url parameter is required.');
  if ((query.get('format') ?? 'json') !== 'json') return fail(501, 'Only format=json is available.');
  // This site is its public origin, and whatever host the request reached (a preview or test server).
  const hosts = [new URL(SITE_URL).host, request.nextUrl.host];
  const found = codeOfUrl(url, hosts, defaultLocale);
  if (!found) return fail(404, 'Not a code page of this site.');

  const { locale, parsed } = found;
  const facts = cardFacts(parsed);
  const t = await translatorFor(locale);
  const title = cardTitle(facts, t);
  const width = Math.min(positive(query.get('maxwidth')) ?? EMBED_WIDTH.default, EMBED_WIDTH.max);
  const height = Math.min(embedHeight(width), positive(query.get('maxheight')) ?? Infinity);
  return NextResponse.json(
    {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: t('Site.name'),
      provider_url: SITE_URL,
      html: embedIframe({ src: absoluteUrl(embedPath(locale, facts.slug)), title, width, height }),
      width,
      height,
    },
    { headers: HEADERS },
  );
}

function positive(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
