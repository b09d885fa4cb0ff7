import { embedDocument, EMBED_POLICY } from '@/components/share/EmbedDocument';
import { isLocale } from '@/i18n/locales';
import { cardFacts, parseEmbeddable } from '@/lib/embed';
import { translatorFor } from '@/lib/messages';

/**
 * The embed card: a small HTML document with no script (components/share/EmbedDocument.ts), so it needs
 * no nonce and no build-time hash of Next's scripts. It is rendered on request instead of prerendered,
 * and the same for everyone, so browsers keep it an hour and shared caches a day.
 */
const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': EMBED_POLICY,
  'cache-control': 'public, max-age=3600, s-maxage=86400',
  vary: 'Accept-Encoding',
};

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/embed/smtp/[slug]'>) {
  const { locale, slug } = await params;
  // The proxy has already redirected non-canonical slugs and answered unknown codes and comparisons with
  // its localized 404; this is for a request that reaches the route some other way.
  const parsed = parseEmbeddable(slug);
  if (!isLocale(locale) || !parsed) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(embedDocument(cardFacts(parsed), await translatorFor(locale), locale), { headers: HEADERS });
}
