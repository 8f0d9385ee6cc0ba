import type { MetadataRoute } from 'next';

import { env } from '@/env';

// GET /robots.txt – public pages are indexable; the back office and APIs are not
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/*/admin'] },
    sitemap: new URL('/sitemap.xml', env.SITE_URL).toString(),
  };
}
