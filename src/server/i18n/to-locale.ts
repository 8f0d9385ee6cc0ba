import { hasLocale } from 'next-intl';

import { type AppLocale, routing } from '@/i18n/routing';

/** A bound locale is still input: anything unexpected falls back to the default language. */
export const toLocale = (locale: string): AppLocale =>
  hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
