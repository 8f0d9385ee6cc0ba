import { getTranslations } from 'next-intl/server';

import { FilterForm, FilterSelect } from '@/components/filters/filter-form';
import type { TRecommendationQuerySchema } from '@/lib/validation/recommendations';
import type { RecommendationFacets } from '@/server/recommendations/count-recommendation-facets';

export type RecommendationFiltersProps = {
  /** The page the filters apply to (a country's page or /recommendations). */
  pathname: string;
  query: TRecommendationQuerySchema;
  facets: RecommendationFacets;
  /** Extra selects placed first (the region view's country). */
  children?: React.ReactNode;
};

/** Body, theme, status and year, each option with how many recommendations it has. */
export const RecommendationFilters = async ({
  pathname,
  query,
  facets,
  children,
}: RecommendationFiltersProps) => {
  const [t, tLabels] = await Promise.all([
    getTranslations('Recommendations'),
    getTranslations('RecommendationLabels'),
  ]);
  const counted = (label: string, count: number) => t('optionCount', { label, count });
  return (
    <FilterForm pathname={pathname} label={t('filtersLabel')}>
      {children}
      <FilterSelect
        name="body"
        label={t('filterBody')}
        value={query.body}
        options={facets.bodies.map(({ value, count }) => ({
          value,
          label: counted(tLabels('body', { body: value }), count),
        }))}
      />
      <FilterSelect
        name="theme"
        label={t('filterTheme')}
        value={query.theme}
        options={facets.themes.map(({ value, label, count }) => ({
          value,
          label: counted(label, count),
        }))}
      />
      <FilterSelect
        name="status"
        label={t('filterStatus')}
        value={query.status}
        options={facets.statuses.map(({ value, count }) => ({
          value,
          label: counted(tLabels('implementation', { status: value }), count),
        }))}
      />
      <FilterSelect
        name="year"
        label={t('filterYear')}
        value={query.year}
        options={facets.years.map(({ value, count }) => ({
          value: String(value),
          label: counted(String(value), count),
        }))}
      />
    </FilterForm>
  );
};
