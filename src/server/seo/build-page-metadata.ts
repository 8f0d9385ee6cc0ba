import 'server-only';

import type { Metadata } from 'next';

import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import { type AppLocale, routing } from '@/i18n/routing';

export type BuildPageMetadataOptions = {
  locale: AppLocale;
  /** Path without the locale prefix, e.g. `/countries/peru`. */
  path: string;
  title: string;
  description: string;
};

const OPEN_GRAPH_LOCALES: Record<AppLocale, string> = { es: 'es_419', pt: 'pt_BR', en: 'en' };

/** Canonical URL, hreflang alternates for every locale and OpenGraph data for one page. */
export const buildPageMetadata = ({
  locale,
  path,
  title,
  description,
}: BuildPageMetadataOptions): Metadata => {
  const urlFor = (target: AppLocale) =>
    new URL(getPathname({ href: path, locale: target }), env.SITE_URL).toString();
  const languages = Object.fromEntries(routing.locales.map((l) => [l, urlFor(l)]));
  return {
    title,
    description,
    alternates: {
      canonical: urlFor(locale),
      languages: { ...languages, 'x-default': urlFor(routing.defaultLocale) },
    },
    openGraph: {
      title,
      description,
      url: urlFor(locale),
      siteName: 'Prevenir',
      locale: OPEN_GRAPH_LOCALES[locale],
      type: 'website',
    },
    twitter: { card: 'summary', title, description },
  };
};
