import 'server-only';

import type { Metadata } from 'next';

import { env } from '@/env';
import { getPathname, type Href } from '@/i18n/navigation';
import { type AppLocale, routing } from '@/i18n/routing';

import { buildSiteOpenGraph } from './build-site-open-graph';

export type BuildPageMetadataOptions = {
  locale: AppLocale;
  /** Path without the locale prefix, e.g. `/countries/peru`. */
  path: string;
  title: string;
  description: string;
  /** Feeds and calendars of the page's list, announced in its head (`rel="alternate"`). */
  feeds?: { type: 'application/atom+xml' | 'text/calendar'; href: Href; title: string }[];
  /**
   * A dated text (document, news item): `og:type` article with its dates, as ISO dates. Leave a
   * date out when only its year or month is known rather than invent a day.
   */
  article?: { publishedOn?: Date | null; modifiedOn?: Date | null };
};

const isoDay = (date: Date | null | undefined) => date?.toISOString().slice(0, 10);

/**
 * Canonical URL, hreflang alternates for every locale, feed autodiscovery links, Open Graph and
 * Twitter card data (with the language's sharing image) for one page.
 */
export const buildPageMetadata = ({
  locale,
  path,
  title,
  description,
  feeds = [],
  article,
}: BuildPageMetadataOptions): Metadata => {
  const absolute = (href: Href, target: AppLocale) =>
    new URL(getPathname({ href, locale: target }), env.SITE_URL).toString();
  const urlFor = (target: AppLocale) => absolute(path, target);
  const languages = Object.fromEntries(routing.locales.map((l) => [l, urlFor(l)]));
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const { type, href, title } of feeds) {
    types[type] = [...(types[type] ?? []), { url: absolute(href, locale), title }];
  }
  const site = buildSiteOpenGraph(locale);
  const common = { ...site.openGraph, title, description, url: urlFor(locale) };
  return {
    title,
    description,
    alternates: {
      canonical: urlFor(locale),
      languages: { ...languages, 'x-default': urlFor(routing.defaultLocale) },
      ...(feeds.length > 0 && { types }),
    },
    openGraph: article
      ? {
          ...common,
          type: 'article',
          publishedTime: isoDay(article.publishedOn),
          modifiedTime: isoDay(article.modifiedOn),
        }
      : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: site.twitterImages },
  };
};
