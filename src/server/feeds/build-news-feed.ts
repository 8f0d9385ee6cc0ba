import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { newsFeedHref, newsListHref } from '@/lib/feed-hrefs';
import {
  NEWS_FILTER_KEYS,
  type TNewsFilterKey,
  type TNewsListQuerySchema,
} from '@/lib/validation/news';
import { loadIntl } from '@/server/i18n/load-intl';
import { findNews } from '@/server/news/find-news';

import { buildAtomFeed } from './build-atom-feed';
import { FEED_SIZE } from './feed-size';
import { toAbsoluteUrl } from './to-absolute-url';
import { toEntryId } from './to-entry-id';
import { toFeedTitle } from './to-feed-title';

export type BuildNewsFeedOptions = {
  locale: AppLocale;
  /** The /news page's query; its filters apply, its page does not. */
  query: TNewsListQuerySchema;
};

/**
 * The news' Atom feed in one language: the latest published news matching the /news page's
 * filters, found by the same function as the page, each in the visitor's language or, like on
 * the page, in the item's original language.
 */
export const buildNewsFeed = async ({ locale, query: requested }: BuildNewsFeedOptions) => {
  const { items, query, facets } = await findNews({
    locale,
    query: { ...requested, page: 1 },
    perPage: FEED_SIZE,
  });
  const { t } = loadIntl({ locale });
  const named = { country: facets.countries, mechanism: facets.mechanisms, theme: facets.themes };
  const valueOf = (key: TNewsFilterKey) => {
    if (key === 'year') return String(query.year);
    return named[key].find(({ slug }) => slug === query[key])?.label ?? '';
  };
  const filters = NEWS_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => ({
    label: t('News.filterLabel', { filter: key }),
    value: valueOf(key),
  }));

  return buildAtomFeed({
    locale,
    title: toFeedTitle({ locale, list: t('News.title'), filters }),
    subtitle: t('News.description'),
    pageUrl: toAbsoluteUrl({ href: newsListHref(query), locale }),
    feedUrl: toAbsoluteUrl({ href: newsFeedHref(query), locale }),
    siteUrl: toAbsoluteUrl({ href: '/', locale }),
    entries: items.map((news) => ({
      id: toEntryId({ type: 'news', slug: news.slug, locale }),
      url: toAbsoluteUrl({ href: `/news/${news.slug}`, locale }),
      title: news.title,
      summary: news.summary,
      lang: news.shownLocale,
      updated: news.updatedAt,
      // The date the item carries on the site (a calendar date the editor sets).
      published: news.publishedOn,
    })),
  });
};
