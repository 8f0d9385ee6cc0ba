import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import { getNewsItem } from '@/server/news/get-news-item';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { toMetaDescription } from '@/server/seo/to-meta-description';

import { NewsView } from './news-view';

type NewsItemPageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Metadata and page share one query per request.
const loadNews = cache((slug: string, locale: Locale) => getNewsItem({ slug, locale }));

export const generateMetadata = async ({ params }: NewsItemPageProps): Promise<Metadata> => {
  const { locale, slug } = await params;
  const news = await loadNews(slug, locale);
  if (!news) return buildNotFoundMetadata(locale);
  return buildPageMetadata({
    locale,
    path: `/news/${news.slug}`,
    title: news.title,
    description: toMetaDescription(news.summary) || news.title,
    article: { publishedOn: news.publishedOn, modifiedOn: news.updatedAt },
  });
};

export default async function NewsItemPage({ params }: NewsItemPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const news = await loadNews(slug, locale);
  if (!news) notFound();
  return <NewsView news={news} />;
}
