import type { MetadataRoute } from 'next';

import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { findSitemapEntries } from '@/server/seo/find-sitemap-entries';

export const dynamic = 'force-dynamic';

// GET /sitemap.xml – every public page in every language, with hreflang alternates
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await findSitemapEntries();
  const url = (path: string, locale: (typeof routing.locales)[number]) =>
    new URL(getPathname({ href: path, locale }), env.SITE_URL).toString();
  return entries.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(routing.locales.map((l) => [l, url(path, l)]));
    return routing.locales.map((locale) => ({
      url: url(path, locale),
      lastModified,
      alternates: { languages },
    }));
  });
}
