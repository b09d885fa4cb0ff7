import type { MetadataRoute } from 'next';
import { absoluteUrl, sitemapIndexPath } from '@/lib/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/'] },
    // The index of the per-locale sitemaps (app/sitemap.xml/route.ts, lib/sitemap.ts).
    sitemap: absoluteUrl(sitemapIndexPath),
  };
}
