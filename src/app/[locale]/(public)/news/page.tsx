import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { newsFeedHref } from '@/lib/feed-hrefs';
import { NEWS_FILTER_KEYS, ZNewsListQuerySchema } from '@/lib/validation/news';
import type { TSearchParams } from '@/lib/validation/search-params';
import { findNews } from '@/server/news/find-news';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { NewsListView } from './news-list-view';

type NewsPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<TSearchParams>;
};

export const generateMetadata = async ({
  params,
  searchParams,
}: NewsPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const query = ZNewsListQuerySchema.parse(await searchParams);
  const [t, tFeeds] = await Promise.all([
    getTranslations({ locale, namespace: 'News' }),
    getTranslations({ locale, namespace: 'Feeds' }),
  ]);
  const metadata = buildPageMetadata({
    locale,
    path: '/news',
    title: t('title'),
    description: t('description'),
    // Autodiscovery of the feed of this very list: same filters.
    feeds: [{ type: 'application/atom+xml', href: newsFeedHref(query), title: tFeeds('newsFeed') }],
  });
  // Filtered and later pages repeat the list's content: followed, not indexed.
  const isVariant =
    (query.page ?? 1) > 1 || NEWS_FILTER_KEYS.some((key) => query[key] !== undefined);
  return isVariant ? { ...metadata, robots: { index: false, follow: true } } : metadata;
};

export default async function NewsPage({ params, searchParams }: NewsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = ZNewsListQuerySchema.parse(await searchParams);
  const result = await findNews({ locale, query });
  return <NewsListView result={result} />;
}
