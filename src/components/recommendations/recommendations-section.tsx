import { getTranslations } from 'next-intl/server';

import { ContentSection } from '@/components/content/content-section';
import { ExportLinks } from '@/components/open-data/export-links';
import { Link } from '@/i18n/link';
import type { TRecommendationQuerySchema } from '@/lib/validation/recommendations';
import type { RecommendationList as Result } from '@/server/recommendations/find-recommendations';

import { RecommendationFilters } from './recommendation-filters';
import { RecommendationList } from './recommendation-list';

export type RecommendationsSectionProps = {
  heading: string;
  /** The page the filters reload (a country's page); none: no filters (a mechanism's page). */
  pathname?: string;
  result: Result;
  query?: TRecommendationQuerySchema;
  /** The export's filters for this list (a country's page: the country); none: no export links. */
  exportFilters?: Record<string, string | number | undefined>;
};

/** The "Recommendations" section of a country's or mechanism's page. */
export const RecommendationsSection = async ({
  heading,
  pathname,
  result,
  query = {},
  exportFilters,
}: RecommendationsSectionProps) => {
  const t = await getTranslations('Recommendations');
  return (
    <ContentSection id="recommendations" heading={heading} className="space-y-4">
      {result.total === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <>
          {pathname && (
            <RecommendationFilters pathname={pathname} query={query} facets={result.facets} />
          )}
          <p role="status">{t('shown', { shown: result.items.length, total: result.total })}</p>
          <RecommendationList items={result.items} />
          {exportFilters && (
            <ExportLinks
              dataset="recommendations"
              filters={{ ...exportFilters, ...query }}
              headingLevel="h3"
            />
          )}
        </>
      )}
      <p>
        <Link href="/recommendations" className="text-brand-700 underline">
          {t('regionLink')}
        </Link>
      </p>
    </ContentSection>
  );
};
