import { hasLocale } from 'next-intl';

import { type AppLocale, routing } from '@/i18n/routing';

/**
 * Where to go after sign-in: only a back-office path of this site (`/es/admin/...`), never an
 * absolute or protocol-relative URL, so a crafted link cannot send people elsewhere.
 */
export const safeCallback = (
  callbackUrl: string | undefined,
  fallbackLocale: AppLocale,
): { locale: AppLocale; href: string } => {
  const match = /^\/([a-z]{2})(\/admin(?:\/[A-Za-z0-9_-]+)*)\/?$/.exec(callbackUrl ?? '');
  const locale = match?.[1];
  if (!match || !locale || !hasLocale(routing.locales, locale)) {
    return { locale: fallbackLocale, href: '/admin' };
  }
  return { locale, href: match[2] ?? '/admin' };
};
