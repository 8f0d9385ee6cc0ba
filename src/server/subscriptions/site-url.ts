import 'server-only';

import { env } from '@/env';
import type { AppLocale } from '@/i18n/routing';

/**
 * An absolute address on SITE_URL (never a request's Host): `/<locale><path>?<query>`, or
 * `<path>?<query>` without a locale. The same shape as @/i18n/navigation's getPathname, which
 * mail jobs do not import: it pulls in Next.js's router, which only loads inside Next.js.
 */
export const siteUrl = (
  path: string,
  { locale, query = {} }: { locale?: AppLocale; query?: Record<string, string> } = {},
) => {
  const url = new URL(`${locale ? `/${locale}` : ''}${path}`, env.SITE_URL);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
};
