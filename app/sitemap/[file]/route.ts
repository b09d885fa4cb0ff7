import { isLocale, locales } from '@/i18n/locales';
import { SITEMAP_HEADERS, localeSitemapXml } from '@/lib/sitemap';

/** /sitemap/{locale}.xml, one per locale the index lists; built at build time, nothing else answers. */
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ file: `${locale}.xml` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemap/[file]'>) {
  const locale = (await params).file.replace(/\.xml$/, '');
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(localeSitemapXml(locale), { headers: SITEMAP_HEADERS });
}
