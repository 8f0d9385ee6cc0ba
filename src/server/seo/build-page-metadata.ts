import 'server-only';

import type { Metadata } from 'next';

import { env } from '@/env';
import { getPathname, type Href } from '@/i18n/navigation';
import { type AppLocale, routing } from '@/i18n/routing';

export type BuildPageMetadataOptions = {
  locale: AppLocale;
  /** Path without the locale prefix, e.g. `/countries/peru`. */
  path: string;
  title: string;
  description: string;
  /** Feeds and calendars of the page's list, announced in its head (`rel="alternate"`). */
  feeds?: { type: 'application/atom+xml' | 'text/calendar'; href: Href; title: string }[];
};

const OPEN_GRAPH_LOCALES: Record<AppLocale, string> = { es: 'es_419', pt: 'pt_BR', en: 'en' };

/**
 * Canonical URL, hreflang alternates for every locale, feed autodiscovery links and OpenGraph data
 * for one page.
 */
export const buildPageMetadata = ({
  locale,
  path,
  title,
  description,
  feeds = [],
}: BuildPageMetadataOptions): Metadata => {
  const absolute = (href: Href, target: AppLocale) =>
    new URL(getPathname({ href, locale: target }), env.SITE_URL).toString();
  const urlFor = (target: AppLocale) => absolute(path, target);
  const languages = Object.fromEntries(routing.locales.map((l) => [l, urlFor(l)]));
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const { type, href, title } of feeds) {
    types[type] = [...(types[type] ?? []), { url: absolute(href, locale), title }];
  }
  return {
    title,
    description,
    alternates: {
      canonical: urlFor(locale),
      languages: { ...languages, 'x-default': urlFor(routing.defaultLocale) },
      ...(feeds.length > 0 && { types }),
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
