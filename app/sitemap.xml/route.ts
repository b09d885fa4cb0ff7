import { SITEMAP_HEADERS, sitemapIndexXml } from '@/lib/sitemap';

/** The sitemap index robots.txt names: one sitemap per locale (app/sitemap/[file]). Built at build time. */
export const dynamic = 'force-static';

export function GET() {
  return new Response(sitemapIndexXml(), { headers: SITEMAP_HEADERS });
}
