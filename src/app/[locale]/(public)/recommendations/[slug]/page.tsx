import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import { getRecommendation } from '@/server/recommendations/get-recommendation';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { RecommendationView } from './recommendation-view';

type RecommendationPageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Metadata and page share one query per request.
const load = cache((slug: string, locale: Locale) => getRecommendation({ slug, locale }));

export const generateMetadata = async ({ params }: RecommendationPageProps): Promise<Metadata> => {
  const { locale, slug } = await params;
  const item = await load(slug, locale);
  if (!item) return buildNotFoundMetadata(locale);
  return buildPageMetadata({
    locale,
    path: `/recommendations/${item.slug}`,
    title: `${item.symbol} § ${item.paragraph}`,
    description: (item.text?.text ?? '').slice(0, 200),
  });
};

export default async function RecommendationPage({ params }: RecommendationPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const item = await load(slug, locale);
  if (!item) notFound();
  return <RecommendationView item={item} />;
}
