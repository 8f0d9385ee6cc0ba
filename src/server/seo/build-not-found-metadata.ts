import 'server-only';

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import type { AppLocale } from '@/i18n/routing';

/** Metadata for a page that is about to call notFound(): a localized title, never indexed. */
export const buildNotFoundMetadata = async (locale: AppLocale): Promise<Metadata> => {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
};
