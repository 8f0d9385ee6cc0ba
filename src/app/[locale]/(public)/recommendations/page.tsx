import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZRecommendationQuerySchema } from '@/lib/validation/recommendations';
import type { TSearchParams } from '@/lib/validation/search-params';
import { findRecommendations } from '@/server/recommendations/find-recommendations';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { RegionView } from './region-view';

type RecommendationsPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<TSearchParams>;
};

export const generateMetadata = async ({ params }: RecommendationsPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Recommendations' });
  return buildPageMetadata({
    locale,
    path: '/recommendations',
    title: t('title'),
    description: t('intro'),
  });
};

/** Region-wide: every published recommendation by theme and latest status, filterable. */
export default async function RecommendationsPage({
  params,
  searchParams,
}: RecommendationsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = ZRecommendationQuerySchema.parse(await searchParams);
  const result = await findRecommendations({ locale, query });
  return <RegionView result={result} query={query} />;
}
