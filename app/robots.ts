import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/lib/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/'] },
    sitemap: new URL('/sitemap.xml', SITE_URL).toString(),
  };
}
