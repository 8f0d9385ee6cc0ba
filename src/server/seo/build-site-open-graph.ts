import 'server-only';

import type { Metadata } from 'next';

import { env } from '@/env';
import { type AppLocale, routing } from '@/i18n/routing';
import { loadIntl } from '@/server/i18n/load-intl';

type OpenGraph = NonNullable<Metadata['openGraph']>;

// Open Graph wants language_TERRITORY; the portal's Spanish is Latin America's (UN M.49 419).
const OPEN_GRAPH_LOCALES: Record<AppLocale, string> = { es: 'es_419', pt: 'pt_BR', en: 'en' };

/** public/social/prevenir-<locale>.png, drawn by scripts/brand/render-brand-assets.ts. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * What every page shares in its Open Graph and Twitter tags: the site's name, the language and its
 * alternatives, and the sharing image of that language, as an absolute URL on SITE_URL (crawlers
 * do not resolve relative ones). Synchronous, so that page metadata builders stay so.
 */
export const buildSiteOpenGraph = (locale: AppLocale) => {
  const { t } = loadIntl({ locale });
  const image = {
    url: new URL(`/social/prevenir-${locale}.png`, env.SITE_URL).toString(),
    ...SOCIAL_IMAGE_SIZE,
    type: 'image/png',
    // The image shows exactly these words.
    alt: `${t('Metadata.siteName')} – ${t('Metadata.tagline')}`,
  };
  const openGraph = {
    siteName: t('Metadata.siteName'),
    locale: OPEN_GRAPH_LOCALES[locale],
    alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OPEN_GRAPH_LOCALES[l]),
    images: [image],
  } satisfies OpenGraph;
  return { openGraph, twitterImages: [{ url: image.url, alt: image.alt }] };
};
