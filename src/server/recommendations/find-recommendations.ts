import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { TRecommendationQuerySchema } from '@/lib/validation/recommendations';
import { prisma } from '@/server/db';

import { countRecommendationFacets } from './count-recommendation-facets';
import {
  type RecommendationSummary,
  recommendationSummarySelect,
  toRecommendationSummary,
} from './to-recommendation-summary';

export type FindRecommendationsOptions = {
  locale: AppLocale;
  /** `country` narrows to one country (its page); without it, the whole region. */
  query: TRecommendationQuerySchema;
  /** Only those this mechanism follows up (its page), by slug. */
  mechanismSlug?: string;
};

const matchesStatus = (item: RecommendationSummary, status: TRecommendationQuerySchema['status']) =>
  !status || (status === 'NONE' ? item.latestStatus === null : item.latestStatus === status);

/**
 * Published recommendations with the filters applied, plus counts per filter value over the
 * unfiltered set. The status filter is the latest follow-up's, so it is applied after reading.
 */
export const findRecommendations = async ({
  locale,
  query,
  mechanismSlug,
}: FindRecommendationsOptions) => {
  const scope: Prisma.RecommendationWhereInput = {
    status: 'PUBLISHED',
    ...(query.country && { countries: { some: { slug: query.country } } }),
    ...(mechanismSlug && { mechanisms: { some: { slug: mechanismSlug } } }),
  };
  const rows = await prisma.recommendation.findMany({
    where: scope,
    select: recommendationSummarySelect,
    orderBy: [{ issuedOn: 'desc' }, { symbol: 'asc' }, { paragraph: 'asc' }],
  });
  const all = rows.map((row) => toRecommendationSummary(row, locale));
  const items = all.filter(
    (item) =>
      (!query.body || item.body === query.body) &&
      (!query.theme || item.themes.some((theme) => theme.slug === query.theme)) &&
      (!query.year || item.year === query.year) &&
      matchesStatus(item, query.status),
  );
  return { items, total: all.length, facets: countRecommendationFacets(all) };
};

export type RecommendationList = Awaited<ReturnType<typeof findRecommendations>>;
